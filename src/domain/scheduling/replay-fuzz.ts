/**
 * The fuzzed interval of a replayed answer, the same number ts-fsrs's `next_interval` gives, with
 * the seed's random number drawn once per answer.
 *
 * Why: ts-fsrs's `apply_fuzz` seeds a new Alea generator from the seed string on every call (a
 * review answer makes up to three: Hard, Good and the grade given, all with the same seed), and
 * seeding hashes the whole string three times to set three state words. Only the first number is
 * used, and it depends on the first state word alone, so one pass over the string gives it. In a
 * CPU profile of the Anki import (1M answers) the seeding was two thirds of the replay.
 *
 * Alea and its Mash hash are Johannes Baagøe's (MIT), as ts-fsrs 5 carries them;
 * `replay-fuzz.test.ts` compares {@link fuzzedInterval} with ts-fsrs's `next_interval` on random
 * seeds, stabilities and limits, so a ts-fsrs upgrade that changes its fuzz fails there.
 */
import { get_fuzz_range, type FSRS } from 'ts-fsrs';

const MASH_START = 4022871197;
const TWO_TO_MINUS_32 = 2.3283064365386963e-10;

/** Mash's running state after `data`, from `n`, and the number it returns. */
function mash(n: number, data: string): { n: number; value: number } {
  let state = n;
  for (let index = 0; index < data.length; index += 1) {
    state += data.charCodeAt(index);
    let h = 0.02519603282416938 * state;
    state = h >>> 0;
    h -= state;
    h *= state;
    state = h >>> 0;
    h -= state;
    state += h * 4294967296;
  }
  return { n: state, value: (state >>> 0) * TWO_TO_MINUS_32 };
}

// Alea first hashes " " three times (its three state words' starting values); only the first
// word and the hash's state after the three are needed.
const first = mash(MASH_START, ' ');
const afterSpaces = mash(mash(first.n, ' ').n, ' ').n;

/**
 * The first number of ts-fsrs's `alea(seed)`: the fuzz factor of every interval fuzzed with
 * `seed`, in [0, 1).
 *
 * @example
 * fuzzFactor('deck:definition:1:3'); // the same for every call with this seed
 */
export function fuzzFactor(seed: string): number {
  let word = first.value - mash(afterSpaces, seed).value;
  if (word < 0) word += 1;
  const t = 2091639 * word + TWO_TO_MINUS_32;
  return t - (t | 0);
}

/**
 * `engine.next_interval(stability, elapsed)` with the fuzz factor given (`factor()` is called
 * only when the interval is fuzzed): days, at least 1, at most the maximum interval.
 *
 * @example
 * fuzzedInterval(engine, 12.3, 10, () => fuzzFactor(seed)); // 11, 12, 13 or 14
 */
export function fuzzedInterval(
  engine: FSRS,
  stability: number,
  elapsed: number,
  factor: () => number,
): number {
  const { enable_fuzz, maximum_interval } = engine.parameters;
  const interval = Math.min(
    Math.max(1, Math.round(stability * engine.interval_modifier)),
    maximum_interval,
  );
  if (!enable_fuzz || interval < 2.5) return Math.round(interval);
  const { min_ivl, max_ivl } = get_fuzz_range(interval, elapsed, maximum_interval);
  return Math.floor(factor() * (max_ivl - min_ivl + 1) + min_ivl);
}
