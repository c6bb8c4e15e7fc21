// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../../src/domain/quiz/seeded-random.ts';
import { scoreSeries } from '../../../src/domain/quiz/quiz-history.ts';

describe('createRandom', () => {
  it.each([0, 1, 42, 2 ** 32 - 1])('seed %i repeats its sequence and stays in [0, 1)', (seed) => {
    const a = createRandom(seed);
    const b = createRandom(seed);
    const first = Array.from({ length: 50 }, () => a.next());
    expect(Array.from({ length: 50 }, () => b.next())).toEqual(first);
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true);
    expect(new Set(first).size).toBe(50);
  });

  it('shuffles into a permutation without touching the input, differently per seed', () => {
    const items = Array.from({ length: 20 }, (_, index) => index);
    const one = createRandom(1).shuffle(items);
    expect([...one].sort((x, y) => x - y)).toEqual(items);
    expect(items).toEqual(Array.from({ length: 20 }, (_, index) => index));
    expect(createRandom(2).shuffle(items)).not.toEqual(one);
  });

  it('draws integers below n evenly enough to pick options', () => {
    const random = createRandom(7);
    const counts = [0, 0, 0, 0];
    for (let i = 0; i < 4000; i += 1) {
      const index = random.int(4);
      counts[index] = (counts[index] ?? 0) + 1;
    }
    for (const count of counts) expect(count).toBeGreaterThan(900);
  });
});

describe('scoreSeries', () => {
  it('orders quizzes oldest first with their share right', () => {
    const series = scoreSeries([
      { finishedAt: new Date('2026-03-02T10:00:00Z'), correct: 8, total: 10 },
      { finishedAt: new Date('2026-03-01T10:00:00Z'), correct: 1, total: 4 },
      { finishedAt: new Date('2026-03-03T10:00:00Z'), correct: 0, total: 0 },
    ]);
    expect(
      series.map((point) => [point.finishedAt.toISOString().slice(0, 10), point.share]),
    ).toEqual([
      ['2026-03-01', 0.25],
      ['2026-03-02', 0.8],
      ['2026-03-03', 0],
    ]);
  });
});
