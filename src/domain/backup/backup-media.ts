/**
 * The media files of imported decks (pictures and sounds) inside a backup file. A backup is
 * JSON, which has no bytes, so each file is a row of the `media` table with its contents in
 * base64: `{ deckId, name, imageType, data }`. Backups made before media were carried have no
 * `media` table; restoring one leaves the stored files alone.
 */
import { imageTypeOf } from '../media/card-media.ts';

/** The backup table that holds the media files. */
export const MEDIA_TABLE = 'media';

/** A media file as a backup row. */
export interface BackupMediaRow {
  readonly deckId: string;
  readonly name: string;
  /** The picture type its bytes show (see `imageTypeOf`), or `null` for any other file. */
  readonly imageType: string | null;
  /** The file's bytes in base64. */
  readonly data: string;
}

// btoa/atob take "binary strings"; a chunk keeps String.fromCharCode's arguments few.
const CHUNK = 0x8000;

/**
 * Bytes as base64 text.
 *
 * @example
 * encodeBase64(new Uint8Array([0x49, 0x44, 0x33])) // 'SUQz'
 */
export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  }
  return btoa(binary);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The bytes of base64 text, or `null` when the text is not base64 (wrong characters or length).
 *
 * @example
 * decodeBase64('SUQz') // Uint8Array [0x49, 0x44, 0x33]
 * decodeBase64('SUQ') // null
 */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!BASE64.test(text)) return null;
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * A stored file as a backup row.
 *
 * @example
 * mediaRow('flags', 'dk.mp3', new Uint8Array([0x49, 0x44, 0x33]))
 * // { deckId: 'flags', name: 'dk.mp3', imageType: null, data: 'SUQz' }
 */
export function mediaRow(deckId: string, name: string, bytes: Uint8Array): BackupMediaRow {
  return { deckId, name, imageType: imageTypeOf(bytes), data: encodeBase64(bytes) };
}

/**
 * The bytes of a backup's media row, or `null` when the row is damaged: its data is not base64,
 * or its `imageType` is not what its bytes are (a file edited or cut short after it was written).
 */
export function mediaRowBytes(row: BackupMediaRow): Uint8Array<ArrayBuffer> | null {
  const bytes = decodeBase64(row.data);
  if (bytes === null || imageTypeOf(bytes) !== row.imageType) return null;
  return bytes;
}
