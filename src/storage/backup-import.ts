/**
 * Writing a validated backup into the collection, "Replace" or "Merge", all or nothing: one
 * transaction over every backed-up table plus the undo snapshots, so a failure part-way (a full
 * disk, a row IndexedDB refuses) leaves the stored collection exactly as it was.
 *
 * A card that is also stored gets a `version` above both its stored and its backup version, so a
 * study screen in another tab that still shows the old card notices the change instead of
 * answering over it; every card's derived `queue` is recomputed. The undo history is cleared: it refers to the replaced
 * cards and review-log ids.
 */
import type { Backup, BackupRow } from '../domain/backup/backup-format.ts';
import { mergeBackup } from '../domain/backup/merge-backup.ts';
import { parseBackup, type BackupParseResult } from '../domain/backup/parse-backup.ts';
import { backedUpTables, describeBackupTables, readCollection } from './backup.ts';
import { queueOf, type CardRecord, type StudyDatabase } from './db.ts';

export type ImportMode = 'replace' | 'merge';

export interface ImportResult {
  mode: ImportMode;
  /** Rows written as new, per table. */
  added: Record<string, number>;
  /** Stored rows overwritten by the backup's (merge only), per table. */
  updated: Record<string, number>;
}

/**
 * Checks backup text against this database's tables and schema version, and its dates against
 * `now` (nothing is written).
 */
export function parseBackupFor(db: StudyDatabase, text: string, now: Date): BackupParseResult {
  return parseBackup(text, { tables: describeBackupTables(db), schemaVersion: db.verno, now });
}

function prepareCards(rows: BackupRow[], stored: Map<string, number>, now: Date): CardRecord[] {
  return (rows as unknown as CardRecord[]).map((card) => {
    const storedVersion = stored.get(card.id);
    const version =
      storedVersion === undefined ? card.version : Math.max(card.version, storedVersion) + 1;
    return { ...card, version, queue: queueOf(card, now) };
  });
}

/**
 * Writes `backup` (from {@link parseBackupFor}) in one transaction. "replace" empties every
 * backed-up table and fills it from the backup (tables the backup does not have stay empty);
 * "merge" adds and updates rows as {@link mergeBackup} plans and deletes nothing.
 */
export async function importBackup(
  db: StudyDatabase,
  backup: Backup,
  mode: ImportMode,
  now: Date,
): Promise<ImportResult> {
  const tables = backedUpTables(db);
  return db.transaction('rw', [...tables, db.undo], async () => {
    const storedVersions = new Map(
      (await db.cards.toArray()).map((card) => [card.id, card.version]),
    );
    let writes = backup.tables;
    let added: Record<string, number> = {};
    let updated: Record<string, number> = {};
    if (mode === 'merge') {
      const plan = mergeBackup(await readCollection(db), backup.tables, describeBackupTables(db));
      ({ writes, added, updated } = plan);
    } else {
      added = Object.fromEntries(
        tables.map((table) => [table.name, writes[table.name]?.length ?? 0]),
      );
      await Promise.all(tables.map((table) => table.clear()));
    }
    await db.undo.clear();
    for (const table of tables) {
      const rows = writes[table.name];
      if (rows === undefined || rows.length === 0) continue;
      const prepared =
        table.name === db.cards.name ? prepareCards(rows, storedVersions, now) : rows;
      await table.bulkPut(prepared);
    }
    return { mode, added, updated };
  });
}
