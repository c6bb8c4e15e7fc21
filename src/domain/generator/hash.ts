/*
 * A module of its own, without the generator's text helpers: the statistics summaries (on the
 * first page) hash card texts with it, and a module that imports it lands on the first page
 * whole.
 */

/**
 * FNV-1a, 32 bit, over the text's UTF-8 bytes (a lone surrogate counts as U+FFFD, as
 * `TextEncoder` writes it), as 8 hex digits: small, synchronous and the same in Node and
 * browsers. The bytes are worked out from the code points as they are read, so no byte array is
 * made per call (the statistics hash every card id of an import with it).
 *
 * @example
 * fnv1a32('') // '811c9dc5'
 */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    let code = text.charCodeAt(i);
    if (code < 0x80) {
      hash = step(hash, code);
      continue;
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const low = text.charCodeAt(i + 1);
      if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
      } else {
        code = 0xfffd;
      }
    }
    if (code < 0x800) {
      hash = step(hash, 0xc0 | (code >> 6));
    } else if (code < 0x10000) {
      hash = step(step(hash, 0xe0 | (code >> 12)), 0x80 | ((code >> 6) & 0x3f));
    } else {
      hash = step(step(hash, 0xf0 | (code >> 18)), 0x80 | ((code >> 12) & 0x3f));
      hash = step(hash, 0x80 | ((code >> 6) & 0x3f));
    }
    hash = step(hash, 0x80 | (code & 0x3f));
  }
  return hash.toString(16).padStart(8, '0');
}

/** One FNV-1a round: the byte folded in, then the prime's multiply, kept unsigned. */
function step(hash: number, byte: number): number {
  return Math.imul(hash ^ byte, 0x01000193) >>> 0;
}
