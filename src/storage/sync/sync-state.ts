/**
 * Sync's bookkeeping on this device, in its own table (`syncState`, never in backups): the
 * server settings (without the password, which never reaches IndexedDB), this device's id and
 * clock, the checkpoints (the last log row sent, the last mirror change applied) and the status
 * shown in Settings.
 */
import { ZERO_CLOCK, type ClockState } from '../../domain/sync/clock.ts';
import type { StudyDatabase } from '../db.ts';
import { randomId } from '../../config/random-id.ts';

export interface SyncConfig {
  /** The server's address, e.g. `https://couch.example.org`. */
  server: string;
  database: string;
  user: string;
  /** Sync by itself while online. */
  continuous: boolean;
}

/** Why the last sync failed, for a message in words. */
export type SyncErrorCode =
  | 'unreachable'
  | 'wrongPassword'
  | 'notCouch'
  | 'otherApp'
  | 'noDatabase'
  | 'badAddress'
  /** This device's storage is full (see disk-full.ts). */
  | 'diskFull'
  /** The server's storage is full: it refused the changes sent. */
  | 'serverFull'
  | 'failed';

export interface SyncStatus {
  lastSyncAt: Date | null;
  lastError: SyncErrorCode | null;
  /** The error's own words when the code alone says too little (`failed`). */
  lastErrorDetail: string | null;
}

export interface SyncState {
  config: SyncConfig | null;
  device: string;
  clock: ClockState;
  /** The highest local review-log id already written to the mirror. */
  pushedLogId: number;
  /** The blocks of packed answers (answer-log.ts) already written to the mirror. */
  pushedBlocks: string[];
  /** The mirror's change sequence up to which changes were applied here. */
  appliedSeq: number | string;
  /** Whether every record was compared with the mirror once (the first sync). */
  scanned: boolean;
  /** Documents written to the mirror since it last replicated to the server completely. */
  unpushed: number;
  status: SyncStatus;
}

const EMPTY_STATUS: SyncStatus = { lastSyncAt: null, lastError: null, lastErrorDetail: null };

type Key = keyof SyncState;

/** The whole state, with defaults for what was never written (no device id yet: `''`). */
export async function readSyncState(db: StudyDatabase): Promise<SyncState> {
  const rows = new Map((await db.syncState.toArray()).map((row) => [row.key, row.value]));
  const device = rows.get('device');
  return {
    config: (rows.get('config') as SyncConfig | undefined) ?? null,
    device: typeof device === 'string' ? device : '',
    clock: (rows.get('clock') as ClockState | undefined) ?? ZERO_CLOCK,
    pushedLogId: (rows.get('pushedLogId') as number | undefined) ?? 0,
    pushedBlocks: (rows.get('pushedBlocks') as string[] | undefined) ?? [],
    appliedSeq: (rows.get('appliedSeq') as number | string | undefined) ?? 0,
    scanned: rows.get('scanned') === true,
    unpushed: (rows.get('unpushed') as number | undefined) ?? 0,
    status: (rows.get('status') as SyncStatus | undefined) ?? EMPTY_STATUS,
  };
}

/** Stores part of the state (inside a caller's transaction when there is one). */
export async function writeSyncState(
  db: StudyDatabase,
  values: Partial<Omit<SyncState, 'device'>>,
): Promise<void> {
  await db.syncState.bulkPut(
    (Object.entries(values) as [Key, unknown][]).map(([key, value]) => ({ key, value })),
  );
}

/** Gives this device its sync id (random, kept) if it has none yet. */
export async function ensureSyncDevice(db: StudyDatabase): Promise<void> {
  await db.transaction('rw', db.syncState, async () => {
    if ((await db.syncState.get('device')) === undefined) {
      await db.syncState.put({ key: 'device', value: randomId(4) });
    }
  });
}

/** Stores the server settings (never the password). */
export async function saveSyncConfig(db: StudyDatabase, config: SyncConfig): Promise<void> {
  await writeSyncState(db, { config });
}

/** What Settings shows: the server settings, the status and how many changes wait to be sent. */
export interface SyncOverview {
  config: SyncConfig | null;
  status: SyncStatus;
  /**
   * Changes not yet on the server: changed records and answers not yet written to the mirror,
   * and documents in the mirror not yet replicated (a round that failed half-way).
   */
  waiting: number;
}

/** The {@link SyncOverview}, read in one transaction (a live query's source). */
export async function readSyncOverview(db: StudyDatabase): Promise<SyncOverview> {
  const tables = [db.syncState, db.syncOutbox, db.reviewLog, db.logBlocks];
  return db.transaction('r', tables, async () => {
    const state = await readSyncState(db);
    const sent = new Set(state.pushedBlocks);
    let packed = 0;
    const [notes, answers] = await Promise.all([
      db.syncOutbox.count(),
      db.reviewLog.where('id').above(state.pushedLogId).count(),
      // Index keys only: a block's answer count is in its `[deckId+answers]` key.
      db.logBlocks.orderBy('[deckId+answers]').eachKey((key, cursor) => {
        if (!sent.has(cursor.primaryKey)) packed += Number((key as unknown[])[1]);
      }),
    ]);
    return {
      config: state.config,
      status: state.status,
      waiting: notes + answers + packed + state.unpushed,
    };
  });
}
