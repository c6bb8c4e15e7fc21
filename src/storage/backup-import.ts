/**
 * Writing a validated backup into the collection, "Replace" or "Merge", all or nothing: one
 * transaction over every backed-up table plus the undo and collection snapshots, so a failure
 * part-way (a full disk, a row IndexedDB refuses) leaves the stored collection exactly as it was.
 * "Replace" first keeps the collection it overwrites as a snapshot (see snapshots.ts), in the same
 * transaction, unless the collection is empty or too large to copy (SNAPSHOT_MAX_REVIEWS).
 *
 * A card that is also stored gets a `version` above both its stored and its backup version, so a
 * study screen in another tab that still shows the old card notices the change instead of
 * answering over it; every card's derived `queue` is recomputed. The undo history is cleared: it refers to the replaced
 * cards and review-log ids.
 *
 * Media files come back as Blobs from the file's base64 rows. A backup without a `media` table
 * (one made before backups carried media, or a snapshot) leaves the stored files as they are.
 */
import { countAnswers, unpackCards } from './answer-log.ts';
import type { Backup, BackupRow, TableRows } from '../domain/backup/backup-format.ts';
import { MEDIA_TABLE, mediaRowBytes, type BackupMediaRow } from '../domain/backup/backup-media.ts';
import { mergeBackup } from '../domain/backup/merge-backup.ts';
import { parseBackup, type BackupParseResult } from '../domain/backup/parse-backup.ts';
import { APP_VERSION } from '../config/app-version.ts';
import { backedUpTables, backupOf, describeBackupTables, readCollection } from './backup.ts';
import {
  queueOf,
  type CardRecord,
  type MediaRecord,
  type SnapshotRecord,
  type StudyDatabase,
} from './db.ts';
import { currentSettingKey } from './settings.ts';
import { keepSnapshot, SNAPSHOT_MAX_REVIEWS } from './snapshots.ts';
import { writeSyncState } from './sync/sync-state.ts';

export type ImportMode = 'replace' | 'merge';

export interface ImportResult {
  mode: ImportMode;
  /** Rows written as new, per table. */
  added: Record<string, number>;
  /** Stored rows overwritten by the backup's (merge only), per table. */
  updated: Record<string, number>;
  /** Replace only: the collection as it was before, unless it was empty or too large to copy. */
  snapshot: SnapshotRecord | null;
}

/** What a Replace would overwrite, for the confirmation the learner reads first. */
export interface StoredCounts {
  cards: number;
  reviews: number;
  /** Whether the collection is small enough to be kept as a snapshot before it is replaced. */
  snapshot: boolean;
}

/**
 * Counts what the collection holds now: its reviews as the app counts them everywhere, packed
 * answers included and Manual rows (resets and reschedules by hand) left out.
 */
export async function countStored(db: StudyDatabase): Promise<StoredCounts> {
  const [cards, reviews] = await Promise.all([
    db.cards.count(),
    db.transaction('r', db.reviewLog, db.logBlocks, () => countAnswers(db, null)),
  ]);
  return { cards, reviews, snapshot: reviews <= SNAPSHOT_MAX_REVIEWS };
}

/**
 * Checks backup text against this database's tables and schema version, and its dates against
 * `now` (nothing is written).
 */
export function parseBackupFor(db: StudyDatabase, text: string, now: Date): BackupParseResult {
  return parseBackup(text, { tables: describeBackupTables(db), schemaVersion: db.verno, now });
}

/** Schema version 5 renamed the settings keys (see settings.ts). */
const SETTINGS_KEYS_RENAMED = 5;

/** The backup's tables, an older backup's settings rows under today's keys. */
function currentTables(backup: Backup): TableRows {
  const settings = backup.tables.settings;
  if (backup.schemaVersion >= SETTINGS_KEYS_RENAMED || settings === undefined) {
    return backup.tables;
  }
  const renamed = settings.map((row) =>
    typeof row.key === 'string' ? { ...row, key: currentSettingKey(row.key) } : row,
  );
  return { ...backup.tables, settings: renamed };
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
  const written = [...tables, db.media, db.undo, db.cardActionUndo, db.snapshots, db.syncState];
  return db.transaction('rw', written, async () => {
    const storedCards = await db.cards.toArray();
    const storedVersions = new Map(storedCards.map((card) => [card.id, card.version]));
    const { [MEDIA_TABLE]: media, ...incoming } = currentTables(backup);
    let writes = incoming;
    let added: Record<string, number> = {};
    let updated: Record<string, number> = {};
    let snapshot: SnapshotRecord | null = null;
    let refilePacked: Record<string, string> = {};
    if (mode === 'merge') {
      const plan = mergeBackup(await readCollection(db), incoming, describeBackupTables(db));
      ({ writes, added, updated, refilePacked } = plan);
    } else {
      snapshot = await snapshotBeforeReplace(db, now);
      added = Object.fromEntries(
        tables.map((table) => [table.name, writes[table.name]?.length ?? 0]),
      );
      await Promise.all(tables.map((table) => table.clear()));
      // The next sync compares everything again: what the server has that the backup lacks
      // comes back, and every restored answer the server lacks is sent (see the README).
      await writeSyncState(db, { appliedSeq: 0, pushedLogId: 0, pushedBlocks: [] });
    }
    await Promise.all([db.undo.clear(), db.cardActionUndo.clear()]);
    for (const table of tables) {
      const rows = writes[table.name];
      if (rows === undefined || rows.length === 0) continue;
      if (table.name === db.cards.name && mode === 'merge') {
        // A card the backup has in another deck leaves its old one first, as moves do, so the
        // statistics' card digest (filed by deck) drops it there.
        await db.cards.bulkDelete(movedCardIds(storedCards, rows));
      }
      const prepared =
        table.name === db.cards.name ? prepareCards(rows, storedVersions, now) : rows;
      await table.bulkPut(prepared);
    }
    // Answers packed in a block of another deck than their card's now (a card the merge moved,
    // or a block added for a card filed elsewhere here) follow their card as review-log rows;
    // the other answers of the collection stay packed.
    const refiled = new Map(Object.entries(refilePacked));
    await unpackCards(db, [...refiled.keys()], refiled);
    if (media !== undefined) added[MEDIA_TABLE] = await restoreMedia(db, media, mode);
    return { mode, added, updated, snapshot };
  });
}

/**
 * Writes a backup's media rows (checked by parseBackup) as Blobs: "replace" first deletes the
 * stored files, "merge" adds only files the collection lacks. Returns how many were written;
 * throws (rolling the import back) on a damaged row.
 */
async function restoreMedia(
  db: StudyDatabase,
  rows: readonly BackupRow[],
  mode: ImportMode,
): Promise<number> {
  if (mode === 'replace') await db.media.clear();
  const keys = mode === 'replace' ? [] : await db.media.toCollection().primaryKeys();
  const stored = new Set(keys.map((key) => JSON.stringify(key)));
  const records = (rows as unknown as BackupMediaRow[]).flatMap((row): MediaRecord[] => {
    const bytes = mediaRowBytes(row);
    // parseBackup refuses such a file; a backup built otherwise rolls the whole import back.
    if (bytes === null) throw new Error(`The backup's media file “${row.name}” is damaged.`);
    if (stored.has(JSON.stringify([row.deckId, row.name]))) return [];
    const { deckId, name, imageType } = row;
    return [{ deckId, name, imageType, blob: new Blob([bytes], { type: imageType ?? '' }) }];
  });
  await db.media.bulkPut(records);
  return records.length;
}

/** Ids of stored cards that `rows` put in another deck. */
function movedCardIds(stored: readonly CardRecord[], rows: readonly BackupRow[]): string[] {
  const deckOf = new Map(stored.map((card) => [card.id, card.deckId]));
  return rows.flatMap((row) => {
    const deckId = deckOf.get(String(row.id));
    return deckId !== undefined && deckId !== row.deckId ? [String(row.id)] : [];
  });
}

/** The collection kept as a snapshot before a Replace; null when empty or too large. */
async function snapshotBeforeReplace(db: StudyDatabase, now: Date) {
  const counts = await countStored(db);
  if (!counts.snapshot || counts.cards + counts.reviews === 0) return null;
  const options = { now, appVersion: APP_VERSION };
  const exported = backupOf(db, await readCollection(db), options);
  return keepSnapshot(db, exported, { ...options, kind: 'beforeReplace' });
}
