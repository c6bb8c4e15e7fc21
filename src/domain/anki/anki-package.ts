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
 * A media file is a numbered zip entry: the legacy map names it by its entry (`{"0": "dk.png"}`),
 * the current list by its place in the list (or its `legacy_zip_filename`, field 255).
 *
 * fflate unzips and fzstd decompresses (both pure JavaScript: they run in the worker and in Node).
 * `meta` is not read: the collection file's name already tells the layout, and the schema
 * version inside the collection is checked when it is read (anki-collection.ts).
 */
import { unzipSync } from 'fflate';
import { decompress } from 'fzstd';
import { bytesFields, numberField, readMessage, stringField } from './protobuf.ts';

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
  /** The media files, by the names the notes refer to them with. */
  readonly media: readonly AnkiMediaFile[];
}

export interface AnkiMediaFile {
  readonly name: string;
  /** The file's bytes (decompressed); `null` when the package lists it without holding it. */
  readonly bytes: Uint8Array | null;
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

/** The media list: each file's name and its zip entry. */
function mediaEntries(bytes: Uint8Array | undefined, latest: boolean): [string, string][] {
  if (bytes === undefined || bytes.length === 0) return [];
  try {
    if (latest) {
      // MediaEntries: 1 entries; MediaEntry: 1 name, 255 legacy_zip_filename.
      const entries = bytesFields(readMessage(unzstd(bytes, 'media')), 1);
      return entries.map((entry, index) => {
        const fields = readMessage(entry);
        const legacy = fields.some((field) => field.field === 255);
        return [stringField(fields, 1), String(legacy ? numberField(fields, 255) : index)];
      });
    }
    const map = JSON.parse(new TextDecoder().decode(bytes)) as unknown;
    if (typeof map !== 'object' || map === null) return [];
    return Object.entries(map).flatMap(([entry, name]): [string, string][] =>
      typeof name === 'string' ? [[name, entry]] : [],
    );
  } catch (error) {
    if (error instanceof AnkiPackageError) throw error;
    throw new AnkiPackageError({ code: 'damaged', part: 'media' });
  }
}

/**
 * The collection and media files of a package's bytes; throws an {@link AnkiPackageError}
 * naming the problem when they are not a zip, a damaged one, or a zip without a collection.
 *
 * @example
 * openAnkiPackage(bytes).collectionName // 'collection.anki21b'
 */
export function openAnkiPackage(bytes: Uint8Array): AnkiPackageFiles {
  if (!isZip(bytes)) throw new AnkiPackageError({ code: 'notZip' });
  let files: Record<string, Uint8Array>;
  try {
    // Not the dummy collection.anki2 beside a current one, nor anything else of the zip.
    files = unzipSync(bytes, {
      filter: (file) =>
        COLLECTION_NAMES.includes(file.name) || file.name === 'media' || /^\d+$/.test(file.name),
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
  const media = mediaEntries(files.media, latest).map(([name, entry]): AnkiMediaFile => {
    const stored = files[entry];
    if (stored === undefined) return { name, bytes: null };
    return { name, bytes: latest ? unzstd(stored, name) : stored };
  });
  return { collection, collectionName, media };
}
