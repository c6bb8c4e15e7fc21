/*
 * A module of its own, without the generator's text helpers: the statistics summaries (on the
 * first page) hash card texts with it, and a module that imports it lands on the first page
 * whole.
 */

/**
 * FNV-1a, 32 bit, as 8 hex digits: small, synchronous and the same in Node and browsers.
 *
 * @example
 * fnv1a32('') // '811c9dc5'
 */
export function fnv1a32(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
