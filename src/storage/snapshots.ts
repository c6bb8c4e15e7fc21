/**
 * Automatic local snapshots: once per local calendar day the whole collection is copied, as backup
 * text, into the snapshots table, and only the last SNAPSHOTS_KEPT are kept. They guard against a
 * mistake made in the app (a wrong import, a deck update gone bad) — not against losing the
 * browser's storage, which only an exported file survives.
 */
import { countBackupReviews, localDayKey } from '../domain/backup/backup-format.ts';
import { packedAnswers } from './answer-log.ts';
import { exportBackup, type ExportedBackup } from './backup.ts';
import type { SnapshotRecord, StudyDatabase } from './db.ts';

/** A week of daily snapshots. */
export const SNAPSHOTS_KEPT = 7;

/**
 * Collections with more review-log rows than this get no automatic snapshot. A snapshot copies
 * the whole collection into one text: at a million reviews that is some 400 MB a day, and the
 * read behind it keeps every answer waiting (a write must wait for a read of the same tables)
 * for the best part of a minute at start-up. Past this size, exported backups are the copy.
 */
export const SNAPSHOT_MAX_REVIEWS = 20_000;

/**
 * Takes today's snapshot unless one exists for `now`'s local day, there is nothing to protect
 * yet (no card has been studied) or the review log is longer than `maxReviews`
 * ({@link SNAPSHOT_MAX_REVIEWS}), and deletes the oldest beyond {@link SNAPSHOTS_KEPT}. Returns
 * the new snapshot, or null when none was taken.
 */
export async function takeDailySnapshot(
  db: StudyDatabase,
  options: { now: Date; appVersion: string; maxReviews?: number },
): Promise<SnapshotRecord | null> {
  const day = localDayKey(options.now);
  if ((await latestDaily(db))?.day === day) return null;
  // Whether the log has a first row, and a row past the limit, is all the rule needs: counting
  // it would read every row (IndexedDB counts by walking the keys; a second at a million rows,
  // while every read and write on the log waits). Answers packed in blocks (an imported
  // history) are counted from the blocks' index keys.
  const limit = options.maxReviews ?? SNAPSHOT_MAX_REVIEWS;
  const packed = await packedAnswers(db, null);
  if (packed > limit) return null;
  const [first, pastLimit] = await Promise.all([
    db.reviewLog.limit(1).primaryKeys(),
    db.reviewLog
      .offset(limit - packed)
      .limit(1)
      .primaryKeys(),
  ]);
  if ((first.length === 0 && packed === 0) || pastLimit.length > 0) return null;
  const exported = await exportBackup(db, options);
  return db.transaction('rw', db.snapshots, async () => {
    // Another tab may have taken today's snapshot since the check above.
    if ((await latestDaily(db))?.day === day) return null;
    return keepSnapshot(db, exported, { ...options, kind: 'daily' });
  });
}

/** The newest daily snapshot (one taken before a Replace does not count as the day's). */
function latestDaily(db: StudyDatabase): Promise<SnapshotRecord | undefined> {
  return db.snapshots
    .orderBy('createdAt')
    .filter((snapshot) => (snapshot.kind ?? 'daily') === 'daily')
    .last();
}

/**
 * Stores `exported` as a snapshot taken at `now` and deletes the oldest beyond
 * {@link SNAPSHOTS_KEPT}. Call inside a transaction that covers the snapshots table.
 */
export async function keepSnapshot(
  db: StudyDatabase,
  exported: ExportedBackup,
  options: { now: Date; appVersion: string; kind: SnapshotRecord['kind'] },
): Promise<SnapshotRecord> {
  const record = {
    createdAt: options.now,
    day: localDayKey(options.now),
    kind: options.kind,
    appVersion: options.appVersion,
    counts: exported.backup.counts,
    reviews: countBackupReviews(exported.backup.tables),
    backup: exported.text,
  };
  const id = await db.snapshots.add(record);
  const excess = (await db.snapshots.count()) - SNAPSHOTS_KEPT;
  if (excess > 0) {
    await db.snapshots.bulkDelete(
      await db.snapshots.orderBy('createdAt').limit(excess).primaryKeys(),
    );
  }
  return { ...record, id };
}

/** The kept snapshots, newest first. */
export function listSnapshots(db: StudyDatabase): Promise<SnapshotRecord[]> {
  return db.snapshots.orderBy('createdAt').reverse().toArray();
}
