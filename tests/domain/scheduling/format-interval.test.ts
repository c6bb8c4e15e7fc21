// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatInterval, intervalParts } from '../../../src/domain/scheduling/format-interval.ts';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('formatInterval', () => {
  it.each([
    [0, '<1m'],
    [-5 * MINUTE, '<1m'],
    [29 * SECOND, '<1m'],
    [30 * SECOND, '1m'],
    [MINUTE, '1m'],
    [6 * MINUTE, '6m'],
    [10 * MINUTE, '10m'],
    [59 * MINUTE, '59m'],
    [HOUR, '1h'],
    [90 * MINUTE, '2h'],
    [3 * HOUR, '3h'],
    [23 * HOUR, '23h'],
    [DAY, '1d'],
    [36 * HOUR, '2d'],
    [3 * DAY, '3d'],
    [29 * DAY, '29d'],
    [30 * DAY, '1mo'],
    [45 * DAY, '1.5mo'],
    [61 * DAY, '2mo'],
    [100 * DAY, '3.3mo'],
    [310 * DAY, '10mo'],
    [364 * DAY, '12mo'],
    [365 * DAY, '1y'],
    [438 * DAY, '1.2y'],
    [3650 * DAY, '10y'],
    [36500 * DAY, '100y'],
  ])('%d ms → %s', (ms, label) => {
    expect(formatInterval(ms)).toBe(label);
  });
});

describe('intervalParts', () => {
  it.each([
    [10 * MINUTE, { value: 10, unit: 'minute' }],
    [5 * HOUR, { value: 5, unit: 'hour' }],
    [8 * DAY, { value: 8, unit: 'day' }],
    [45 * DAY, { value: 1.5, unit: 'month' }],
    [438 * DAY, { value: 1.2, unit: 'year' }],
  ])('%d ms → %j', (ms, parts) => {
    expect(intervalParts(ms)).toEqual(parts);
  });
});
