/**
 * Edit distance for the "close" verdict of typed answers and for telling near-equal answers
 * apart: optimal string alignment (Levenshtein plus swapping two neighbouring letters, the most
 * common typing slip), over code points.
 */

/**
 * Number of single-letter insertions, deletions, substitutions and neighbour swaps turning `a`
 * into `b`. Stops early and returns `limit + 1` once the distance must exceed `limit`.
 *
 * @example
 * editDistance('analytika', 'analitika'); // 1
 * editDistance('kpo', 'pko');             // 1 (a swap)
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  const s = Array.from(a);
  const t = Array.from(b);
  if (Math.abs(s.length - t.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i += 1) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= t.length; j += 1) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      }
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[t.length] as number;
}

/**
 * How many edits still count as "close" for an answer whose key has `length` letters. Short
 * answers get none: `BPO` and `KPO` are different things, not a typo.
 *
 * @example
 * closeThreshold(3);  // 0
 * closeThreshold(9);  // 1
 * closeThreshold(30); // 3
 */
export function closeThreshold(length: number): number {
  if (length < 5) return 0;
  if (length <= 10) return 1;
  if (length <= 20) return 2;
  return 3;
}
