/**
 * Opens an Anki package (`.apkg` one deck, `.colpkg` a whole collection): a zip holding the
 * collection as a SQLite file and the media. Two layouts circulate:
 *
 * - legacy: `collection.anki2` (or `collection.anki21`, the same with the v2 scheduler) as plain
 *   SQLite, schema 11, and `media`, a JSON map from the numbered zip entries to file names;
 * - current (Anki 2.1.50+ "support older versions" unticked): `meta` (protobuf: the package
 *   version), `collection.anki21b` zstd-compressed (schema 18), `media` as zstd-compressed
 *   protobuf, the media files zstd-compressed too. Such a zip also carries a dummy
 *   `collection.anki2` telling old Anki versions to update, so `anki21b` wins when present.
 *
 * fflate unzips and fzstd decompresses (both pure JavaScript: they run in the worker and in Node).
 * `meta` is not read: the collection file's name already tells the layout, and the schema
 * version inside the collection is checked when it is read (anki-collection.ts).
 */
import { unzipSync } from 'fflate';
import { decompress } from 'fzstd';
import { bytesFields, readMessage, stringField } from './protobuf.ts';

/** Why a file is not an Anki package this app can read. */
export type AnkiPackageProblem =
  | { code: 'notZip' }
  /** A zip, but cut off or damaged (`part` names what could not be read). */
  | { code: 'damaged'; part: string }
  | { code: 'notAnki' }
  | { code: 'unknownSchema'; version: number }
  | { code: 'noNotes' };

export class AnkiPackageError extends Error {
  constructor(readonly problem: AnkiPackageProblem) {
    super(`Not a readable Anki package: ${problem.code}`);
    this.name = 'AnkiPackageError';
  }
}

export interface AnkiPackageFiles {
  /** The collection as a SQLite file (decompressed). */
  readonly collection: Uint8Array;
  /** Which collection file it came from. */
  readonly collectionName: string;
  /** The media files' names, as the notes refer to them. */
  readonly media: readonly string[];
}

const COLLECTION_NAMES = ['collection.anki21b', 'collection.anki21', 'collection.anki2'];

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function unzstd(bytes: Uint8Array, part: string): Uint8Array {
  try {
    return decompress(bytes);
  } catch {
    throw new AnkiPackageError({ code: 'damaged', part });
  }
}

function mediaNames(bytes: Uint8Array | undefined, latest: boolean): string[] {
  if (bytes === undefined || bytes.length === 0) return [];
  try {
    if (latest) {
      const entries = bytesFields(readMessage(unzstd(bytes, 'media')), 1);
      return entries.map((entry) => stringField(readMessage(entry), 1));
    }
    const map = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    if (typeof map !== 'object' || map === null) return [];
    return Object.values(map).filter((name): name is string => typeof name === 'string');
  } catch (error) {
    if (error instanceof AnkiPackageError) throw error;
    throw new AnkiPackageError({ code: 'damaged', part: 'media' });
  }
}

/**
 * The collection and media names of a package's bytes; throws an {@link AnkiPackageError}
 * naming the problem when they are not a zip, a damaged one, or a zip without a collection.
 *
 * @example
 * openAnkiPackage(bytes).collectionName // 'collection.anki21b'
 */
export function openAnkiPackage(bytes: Uint8Array): AnkiPackageFiles {
  if (!isZip(bytes)) throw new AnkiPackageError({ code: 'notZip' });
  let files: Record<string, Uint8Array>;
  try {
    // Only the small files are inflated: media stay packed (they are listed, not read).
    files = unzipSync(bytes, {
      filter: (file) => COLLECTION_NAMES.includes(file.name) || file.name === 'media',
    });
  } catch {
    throw new AnkiPackageError({ code: 'damaged', part: 'zip' });
  }
  const collectionName = COLLECTION_NAMES.find((name) => files[name] !== undefined);
  const stored = collectionName === undefined ? undefined : files[collectionName];
  if (collectionName === undefined || stored === undefined) {
    throw new AnkiPackageError({ code: 'notAnki' });
  }
  const latest = collectionName === 'collection.anki21b';
  const collection = latest ? unzstd(stored, collectionName) : stored;
  return { collection, collectionName, media: mediaNames(files.media, latest) };
}
