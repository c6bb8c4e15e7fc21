// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { closeThreshold, editDistance } from '../../../src/domain/quiz/edit-distance.ts';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['analytika', 'analytika', 0],
    ['analytika', 'analitika', 1],
    ['kpo', 'pko', 1],
    ['výskum', 'vyskum', 1],
    ['poistenie', 'poisteni', 1],
    ['ıstanbul', 'istanbul', 1],
    ['kitten', 'sitting', 3],
    ['🙂a', 'a', 1],
  ])('%s → %s is %i', (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
    expect(editDistance(b, a)).toBe(expected);
  });

  it.each([
    ['kitten', 'sitting', 1, 2],
    ['abcdef', 'a', 2, 3],
    ['analytika', 'analitika', 1, 1],
  ])('%s → %s with limit %i gives %i', (a, b, limit, expected) => {
    expect(editDistance(a, b, limit)).toBe(expected);
  });
});

describe('closeThreshold', () => {
  it.each([
    [3, 0],
    [4, 0],
    [5, 1],
    [10, 1],
    [11, 2],
    [20, 2],
    [21, 3],
    [80, 3],
  ])('%i letters allow %i edits', (length, expected) => {
    expect(closeThreshold(length)).toBe(expected);
  });
});
