// @vitest-environment node
import fc from 'fast-check';
import { fsrs } from 'ts-fsrs';
import { describe, expect, it } from 'vitest';
import { fuzzedInterval, fuzzFactor } from '../../../src/domain/scheduling/replay-fuzz.ts';

const seeds = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.string({ minLength: 1, maxLength: 60 }), fc.nat(500))
    .map(([id, reps]) => `${id}:${String(reps)}`),
  fc.constantFrom('', ' ', 'bench-import:definition:0:1', 'tyrkisk-ordforråd:definition:zz:12'),
);

describe('fuzzedInterval', () => {
  it('gives the interval ts-fsrs gives, for random seeds, stabilities and limits', () => {
    fc.assert(
      fc.property(
        seeds,
        fc.double({ min: 0.01, max: 40_000, noNaN: true }),
        fc.nat(5_000),
        fc.constantFrom(1, 3, 30, 365, 36_500),
        fc.double({ min: 0.7, max: 0.99, noNaN: true }),
        fc.boolean(),
        (seed, stability, elapsed, maximum, retention, fuzz) => {
          const engine = fsrs({
            enable_fuzz: fuzz,
            maximum_interval: maximum,
            request_retention: retention,
          });
          engine.seed = seed;
          const expected = engine.next_interval(stability, elapsed);
          expect(fuzzedInterval(engine, stability, elapsed, () => fuzzFactor(seed))).toBe(expected);
        },
      ),
      { numRuns: 5_000 },
    );
  });

  it.each([
    ['fuzz off', false, 12.3],
    ['an interval under 2.5 days', true, 1.4],
  ])('%s: the factor is not drawn', (_name, fuzz, stability) => {
    const engine = fsrs({ enable_fuzz: fuzz });
    let drawn = 0;
    const interval = fuzzedInterval(engine, stability, 3, () => {
      drawn += 1;
      return 0.5;
    });
    expect(interval).toBe(
      Math.round(Math.max(1, Math.round(stability * engine.interval_modifier))),
    );
    expect(drawn).toBe(0);
  });
});

describe('fuzzFactor', () => {
  it.each(['', 'a', 'bench-import:definition:0:1', 'da:definition:1z:4'])(
    'is in [0, 1) and the same on every call (%j)',
    (seed) => {
      const factor = fuzzFactor(seed);
      expect(factor).toBeGreaterThanOrEqual(0);
      expect(factor).toBeLessThan(1);
      expect(fuzzFactor(seed)).toBe(factor);
    },
  );
});
