/**
 * Random hex ids for what must not collide (a note, a tab, an answer across devices). Not
 * `crypto.randomUUID`: browsers offer it only on https and localhost, and the app may be served
 * on a LAN address; `crypto.getRandomValues` works on any origin. It is also the costly part
 * (microseconds a call), so many ids at once (an import's million answers) come from one call
 * per 64 KiB of random bytes, its most.
 */

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));
/** The most bytes `crypto.getRandomValues` fills in one call. */
const MAX_RANDOM_BYTES = 65_536;

/**
 * `bytes` random bytes as hex.
 *
 * @example
 * randomId(8); // '9f86d081884c7d65'
 */
export function randomId(bytes = 16): string {
  return randomIds(1, bytes)[0] ?? '';
}

/**
 * `count` ids of `bytes` random bytes each, as hex.
 *
 * @example
 * randomIds(2, 4); // ['9f86d081', '884c7d65']
 */
export function randomIds(count: number, bytes = 16): string[] {
  const ids: string[] = [];
  const perCall = Math.max(1, Math.floor(MAX_RANDOM_BYTES / bytes));
  for (let first = 0; first < count; first += perCall) {
    const random = crypto.getRandomValues(new Uint8Array(Math.min(perCall, count - first) * bytes));
    for (let start = 0; start < random.length; start += bytes) {
      let id = '';
      for (let index = start; index < start + bytes; index += 1)
        id += HEX[random[index] ?? 0] ?? '';
      ids.push(id);
    }
  }
  return ids;
}
