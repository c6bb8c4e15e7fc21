/**
 * A small seeded pseudo-random generator for quiz generation: the same seed gives the same
 * sequence on every engine, so a stored quiz (its seed) can be generated again, and tests repeat.
 * Mulberry32: 32 bits of state, fast, and good enough to shuffle options (not for cryptography).
 */

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** A shuffled copy (Fisher–Yates); the input is left alone. */
  shuffle<T>(items: readonly T[]): T[];
}

/**
 * A generator seeded with the low 32 bits of `seed`.
 *
 * @example
 * const random = createRandom(42);
 * random.shuffle(['a', 'b', 'c']); // the same order for seed 42, every time
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  function int(n: number): number {
    return Math.floor(next() * n);
  }
  return {
    next,
    int,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(i + 1);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}
