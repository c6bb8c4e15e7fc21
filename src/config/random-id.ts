/**
 * Random hex ids for what must not collide (a note, a tab, an answer across devices). Not
 * `crypto.randomUUID`: browsers offer it only on https and localhost, and the app may be served
 * on a LAN address; `crypto.getRandomValues` works on any origin. It is also the costly part
 * (microseconds a call), so many ids at once (an import's million answers) come from one call
 * per 64 KiB of random bytes, its most.
 */

/** The character codes of the hex digits, by value. */
const HEX_DIGITS = new TextEncoder().encode('0123456789abcdef');
const ascii = new TextDecoder();
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
    // The call's ids as one string, cut in pieces: a string built digit by digit is a chain of
    // small strings each, which a million answers' ids make the import's garbage collection pay.
    const digits = new Uint8Array(random.length * 2);
    random.forEach((byte, index) => {
      digits[2 * index] = HEX_DIGITS[byte >> 4] ?? 0;
      digits[2 * index + 1] = HEX_DIGITS[byte & 15] ?? 0;
    });
    const text = ascii.decode(digits);
    for (let start = 0; start < text.length; start += 2 * bytes) {
      ids.push(text.slice(start, start + 2 * bytes));
    }
  }
  return ids;
}
