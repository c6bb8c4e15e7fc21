/**
 * Backups of the whole collection: every table the database declares is read generically, so a
 * table added by a later schema version (quiz history, say) is in the next backup without a change
 * here. Only the tables in NOT_BACKED_UP stay out: undo snapshots (they point at review-log ids
 * of this database), the automatic snapshots themselves (a backup inside every backup would
 * double its size each day), the statistics summaries (rebuilt from cards and review log on
 * every write, see stats-summaries.ts) and sync's own state. The media files (Blobs) are read
 * apart from the rows: an exported file carries them in base64 (see domain/backup/backup-media.ts),
 * the automatic snapshots do not.
 */
import type { Table } from 'dexie';
import {
  backupFileName,
  createBackup,
  serializeBackupValue,
  type Backup,
  type BackupRow,
  type BackupTable,
  type TableRows,
} from '../domain/backup/backup-format.ts';
import { MEDIA_TABLE, mediaRow } from '../domain/backup/backup-media.ts';
import type { StudyDatabase } from './db.ts';

const NOT_BACKED_UP: ReadonlySet<string> = new Set([
  'undo',
  'cardActionUndo',
  'snapshots',
  'cardDigest',
  'reviewDays',
  // Sync's checkpoints, clock and outbox belong to this device (and its server settings with
  // them): a backup restored elsewhere must not pretend to be this device.
  'syncState',
  'syncOutbox',
  'syncStamps',
  // How this device stores things (block-columns.ts), not what it stores.
  'storageFlags',
  // Imported Anki decks' pictures and sounds are Blobs: an exported backup carries them as
  // base64 rows (`exportBackup` with `withMedia`), a daily snapshot does not (megabytes a day).
  // A backup without them restores leaving the stored files alone.
  MEDIA_TABLE,
]);

/** The Dexie tables a backup holds, in declaration order. */
export function backedUpTables(db: StudyDatabase): Table[] {
  return db.tables.filter((table) => !NOT_BACKED_UP.has(table.name));
}

/**
 * Name and primary key of every table a backup file may hold (the media too), as the pure
 * backup code needs them.
 */
export function describeBackupTables(db: StudyDatabase): BackupTable[] {
  return [...backedUpTables(db), db.media].map((table) => {
    const { keyPath, auto } = table.schema.primKey;
    return { name: table.name, primaryKey: keyPath ?? null, autoIncrement: auto === true };
  });
}

/**
 * Every backed-up table's rows, read in one transaction so the copy is consistent (no answer
 * half in it). Must be called inside a transaction that covers the tables or outside any.
 */
export async function readCollection(db: StudyDatabase): Promise<TableRows> {
  const tables = backedUpTables(db);
  return db.transaction('r', tables, async () => {
    const contents = await Promise.all(tables.map((table) => table.toArray()));
    return Object.fromEntries(
      tables.map((table, index) => [table.name, (contents[index] ?? []) as BackupRow[]]),
    );
  });
}

export interface ExportedBackup {
  backup: Backup;
  /** The file's text. */
  text: string;
  /** A file name with the local date, e.g. `deckwright-backup-2026-03-15.json`. */
  fileName: string;
}

/**
 * Reads the whole collection and returns it as backup text, ready to download or to keep; with
 * `withMedia`, the imported decks' pictures and sounds too (read in the same transaction).
 */
export async function exportBackup(
  db: StudyDatabase,
  options: { now: Date; appVersion: string; withMedia?: boolean },
): Promise<ExportedBackup> {
  if (options.withMedia !== true) return backupOf(db, await readCollection(db), options);
  const [tables, files] = await db.transaction('r', [...backedUpTables(db), db.media], () =>
    Promise.all([readCollection(db), db.media.toArray()]),
  );
  const media = await Promise.all(
    files.map(async (file) =>
      mediaRow(file.deckId, file.name, new Uint8Array(await file.blob.arrayBuffer())),
    ),
  );
  return backupOf(db, { ...tables, [MEDIA_TABLE]: media as unknown as BackupRow[] }, options);
}

/** `tables` (as {@link readCollection} read them) as a backup of `db`. */
export function backupOf(
  db: StudyDatabase,
  tables: TableRows,
  options: { now: Date; appVersion: string },
): ExportedBackup {
  const backup = createBackup({
    tables,
    appVersion: options.appVersion,
    schemaVersion: db.verno,
    exportedAt: options.now,
  });
  return { backup, text: serializeBackupValue(backup), fileName: backupFileName(options.now) };
}
