// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  extraNewToday,
  newCardsLeftToday,
  withExtraNew,
  type ExtraNewCards,
} from '../../../src/domain/study/extra-new-cards.ts';

const TODAY = new Date('2026-03-10T04:00:00Z');
const YESTERDAY = new Date('2026-03-09T04:00:00Z');
const given = (day: Date, count: number): ExtraNewCards => ({ dayStart: day.toISOString(), count });

describe('extra new cards', () => {
  it.each([
    ['none stored', undefined, 0],
    ['given today', given(TODAY, 20), 20],
    ['given yesterday: lapsed', given(YESTERDAY, 20), 0],
  ])('today’s extra with %s is %d', (_name, stored, expected) => {
    expect(extraNewToday(stored, TODAY)).toBe(expected);
  });

  it.each([
    ['the first today', undefined, 10, given(TODAY, 10)],
    ['more on the same day add up', given(TODAY, 10), 20, given(TODAY, 30)],
    ['yesterday’s do not carry over', given(YESTERDAY, 50), 10, given(TODAY, 10)],
  ])('asking for more: %s', (_name, stored, more, expected) => {
    expect(withExtraNew(stored, TODAY, more)).toEqual(expected);
  });

  it.each([
    [20, 0, 0, 20],
    [20, 10, 20, 10],
    [20, 0, 25, 0],
    [0, 5, 2, 3],
  ])('limit %d + extra %d − introduced %d leaves %d', (limit, extra, introduced, left) => {
    expect(newCardsLeftToday(limit, extra, introduced)).toBe(left);
  });
});
