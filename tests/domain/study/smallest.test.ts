// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { smallestK } from '../../../src/domain/study/smallest.ts';

const byNumber = (a: number, b: number) => a - b;

describe('smallestK', () => {
  it.each([
    [[5, 1, 4, 2, 3], 2, [1, 2]],
    [[5, 1, 4, 2, 3], 0, []],
    [[5, 1, 4, 2, 3], 9, [1, 2, 3, 4, 5]],
    [[3, 3, 1, 3], 2, [1, 3]],
    [[], 3, []],
  ])('of %j keeps the %d smallest: %j', (items, k, expected) => {
    const collector = smallestK(k, byNumber);
    for (const item of items) collector.offer(item);
    expect(collector.sorted()).toEqual(expected);
  });

  it('equals sorting everything and taking the first k', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.nat(40), (items, k) => {
        const collector = smallestK(k, byNumber);
        for (const item of items) collector.offer(item);
        expect(collector.sorted()).toEqual([...items].sort(byNumber).slice(0, k));
      }),
    );
  });
});
