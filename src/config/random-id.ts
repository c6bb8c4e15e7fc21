/**
 * `bytes` random bytes as hex, for ids that must not collide (a note, a tab, an answer across
 * devices). Not `crypto.randomUUID`: browsers offer it only on https and localhost, and the app
 * may be served on a LAN address; `crypto.getRandomValues` works on any origin.
 *
 * @example
 * randomId(8); // '9f86d081884c7d65'
 */
export function randomId(bytes = 16): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))]
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}
