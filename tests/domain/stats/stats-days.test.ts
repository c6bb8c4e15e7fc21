// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  dayNumberOfKey,
  daysAgoFrom,
  keyOfDayNumber,
} from '../../../src/domain/stats/stats-days.ts';

describe('day numbers', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['2026-03-15', 20_527],
    ['2024-02-29', 19_782],
    ['1969-12-31', -1],
  ])('%s is day %i and back', (key, number) => {
    expect(dayNumberOfKey(key)).toBe(number);
    expect(keyOfDayNumber(number)).toBe(key);
  });
});

describe('daysAgoFrom: study days, not 24-hour spans', () => {
  const utc = daysAgoFrom({
    now: new Date('2026-03-15T10:00:00Z'),
    dayStartHour: 4,
    timeZone: 'UTC',
  });
  it.each([
    ['2026-03-15T04:00:00Z', 0],
    ['2026-03-15T03:59:59Z', 1],
    ['2026-03-14T04:00:00Z', 1],
    ['2026-03-14T03:59:59Z', 2],
    ['2026-03-16T04:00:00Z', -1],
    ['2025-03-15T10:00:00Z', 365],
  ])('UTC, 4 AM: %s is %i days ago', (at, ago) => {
    expect(utc(new Date(at))).toBe(ago);
  });

  // Copenhagen springs forward on 2026-03-29 (02:00 → 03:00): that study day lasts 23 hours.
  const copenhagen = daysAgoFrom({
    now: new Date('2026-03-30T08:00:00Z'),
    dayStartHour: 4,
    timeZone: 'Europe/Copenhagen',
  });
  it.each([
    ['2026-03-30T02:00:00Z', 0], // 04:00 CEST on the 30th
    ['2026-03-30T01:59:00Z', 1], // 03:59 CEST, still the 29th's study day
    ['2026-03-29T02:00:00Z', 1], // 04:00 CEST on the 29th, right after the change
    ['2026-03-29T01:59:00Z', 2], // 03:59 CEST on the 29th belongs to the 28th
    ['2026-03-28T03:00:00Z', 2], // 04:00 CET on the 28th
    ['2026-03-28T02:59:00Z', 3],
  ])('Copenhagen across spring forward: %s is %i days ago', (at, ago) => {
    expect(copenhagen(new Date(at))).toBe(ago);
  });
});
