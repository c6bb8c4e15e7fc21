/**
 * The backup file: one JSON document holding every stored table of the collection, with a header
 * saying what wrote it (format version, app version, schema version) and how many rows each table
 * has, so a file cut short is noticed even when what is left still parses.
 *
 * Tables are carried generically (name → rows), so a table added to the database later is backed
 * up without touching this module. JSON has no dates: a `Date` is written as `{"$date": ISO}` and
 * read back as a `Date`, so FSRS due dates and review times survive the round trip exactly.
 */
import { fnv1a32 } from '../generator/hash.ts';
import { Rating } from '../scheduling/fsrs-vocabulary.ts';

/** The `format` field every backup carries; anything else is not our file. */
export const BACKUP_FORMAT = 'deckwright-backup';

/**
 * Version of the envelope (header fields and the date encoding). Bump it when a reader of the old
 * format could misread a new file; files with a higher number are refused, not guessed at.
 */
export const BACKUP_FORMAT_VERSION = 1;

/** One stored row, as IndexedDB holds it. */
export type BackupRow = Record<string, unknown>;

/** Rows per table name. */
export type TableRows = Record<string, BackupRow[]>;

/** What the backup code needs to know about a stored table: its name and its primary key. */
export interface BackupTable {
  readonly name: string;
  /** The key path of the primary key (`id`, `key`, or compound); null for out-of-line keys. */
  readonly primaryKey: string | readonly string[] | null;
  /** True for `++id` tables: ids are local counters, not identities worth keeping on a merge. */
  readonly autoIncrement: boolean;
}

export interface Backup {
  readonly format: typeof BACKUP_FORMAT;
  readonly formatVersion: number;
  /** The app version that wrote the file (package.json `version`). */
  readonly appVersion: string;
  /** The database schema version the rows follow. */
  readonly schemaVersion: number;
  readonly exportedAt: Date;
  /** Rows per table, checked against `tables` on import. */
  readonly counts: Record<string, number>;
  /**
   * {@link tablesChecksum} of `tables`, checked on import; backups written before it existed
   * have none.
   */
  readonly checksum?: string;
  readonly tables: TableRows;
}

export interface BackupSource {
  tables: TableRows;
  appVersion: string;
  schemaVersion: number;
  exportedAt: Date;
}

/**
 * Wraps the collection's rows in a backup with its header (counts are derived from the rows).
 *
 * @example
 * const backup = createBackup({
 *   tables: { decks: [], cards: [] },
 *   appVersion: '0.1.0',
 *   schemaVersion: 3,
 *   exportedAt: new Date('2026-03-15T10:00:00Z'),
 * });
 * backup.counts; // { decks: 0, cards: 0 }
 */
export function createBackup(source: BackupSource): Backup {
  const counts = Object.fromEntries(
    Object.entries(source.tables).map(([name, rows]) => [name, rows.length]),
  );
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: source.appVersion,
    schemaVersion: source.schemaVersion,
    exportedAt: source.exportedAt,
    counts,
    checksum: tablesChecksum(source.tables),
    tables: source.tables,
  };
}

/**
 * How many reviews `tables` hold, as the app counts reviews everywhere (statistics, a deck's or
 * a card's reviews): the review-log rows and the answers packed in blocks (`logBlocks`, an
 * imported history), without Manual rows (a reset or reschedule by hand is no answer). The
 * header's `counts` cannot say it: they count records, and a block is one record of many answers.
 *
 * @example
 * countBackupReviews({ reviewLog: [{ rating: 3 }], logBlocks: [{ rows: [{ rating: 1 }, { rating: 0 }] }] }); // 2
 */
export function countBackupReviews(tables: TableRows): number {
  const answers = (rows: readonly BackupRow[]) =>
    rows.reduce((sum, row) => (row.rating === Rating.Manual ? sum : sum + 1), 0);
  const packed = (tables.logBlocks ?? []).reduce(
    (sum, block) => sum + (Array.isArray(block.rows) ? answers(block.rows as BackupRow[]) : 0),
    0,
  );
  return answers(tables.reviewLog ?? []) + packed;
}

/**
 * A checksum of a backup's rows (FNV-1a of their backup JSON): a file damaged or edited after it
 * was written no longer matches it. It guards against accidents, not against tampering.
 *
 * @example
 * tablesChecksum({ decks: [] }); // 'fnv1a32:…' (8 hex digits)
 */
export function tablesChecksum(tables: Readonly<Record<string, readonly unknown[]>>): string {
  return `fnv1a32:${fnv1a32(serializeBackupValue(tables))}`;
}

const DATE_TAG = '$date';

/**
 * The backup as JSON text, dates tagged so {@link parseBackupJson} restores them.
 *
 * @example
 * serializeBackupValue({ due: new Date('2026-03-15T10:00:00Z') });
 * // '{"due":{"$date":"2026-03-15T10:00:00.000Z"}}'
 */
export function serializeBackupValue(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, item) {
    // JSON.stringify has already called Date#toJSON on `item`; the holder still has the Date.
    const raw = this[key];
    return raw instanceof Date ? { [DATE_TAG]: raw.toJSON() } : (item as unknown);
  });
}

function isDateTag(value: unknown): value is { [DATE_TAG]: string | null } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  if (keys.length !== 1 || keys[0] !== DATE_TAG) return false;
  const tagged = (value as Record<string, unknown>)[DATE_TAG];
  return typeof tagged === 'string' || tagged === null;
}

/**
 * Parses backup JSON text, turning tagged dates back into `Date`s (an unreadable date becomes an
 * invalid `Date`, which validation then names). Throws `SyntaxError` for text that is not JSON.
 *
 * @example
 * parseBackupJson('{"due":{"$date":"2026-03-15T10:00:00.000Z"}}');
 * // { due: Date(2026-03-15T10:00:00.000Z) }
 */
export function parseBackupJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) =>
    isDateTag(value) ? new Date(value[DATE_TAG] ?? Number.NaN) : value,
  );
}

/**
 * The file name for a backup made at `at` (local date), e.g. `deckwright-backup-2026-03-15.json`.
 *
 * @example
 * backupFileName(new Date(2026, 2, 15, 10)); // 'deckwright-backup-2026-03-15.json'
 */
export function backupFileName(at: Date): string {
  return `deckwright-backup-${localDayKey(at)}.json`;
}

/**
 * The local calendar day of `at` as `YYYY-MM-DD`; one automatic snapshot is kept per such day.
 *
 * @example
 * localDayKey(new Date(2026, 0, 5, 23, 59)); // '2026-01-05'
 */
export function localDayKey(at: Date): string {
  const month = String(at.getMonth() + 1).padStart(2, '0');
  const day = String(at.getDate()).padStart(2, '0');
  return `${at.getFullYear()}-${month}-${day}`;
}

/**
 * The primary key of `row` in `table` (an array for compound keys); `undefined` when the row has
 * none (an auto-increment row that gets its key when stored).
 *
 * @example
 * rowKey({ id: 'c1', front: 'Q' }, { name: 'cards', primaryKey: 'id', autoIncrement: false }); // 'c1'
 */
export function rowKey(row: BackupRow, table: BackupTable): unknown {
  const { primaryKey } = table;
  if (primaryKey === null) return undefined;
  if (typeof primaryKey === 'string') return row[primaryKey];
  return primaryKey.map((part) => row[part]);
}
