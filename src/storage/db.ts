/**
 * The one IndexedDB database of the app: decks with their options, cards with their FSRS state,
 * the review log, undo snapshots and settings. IndexedDB is the source of truth; the UI reads it
 * through live queries and writes through the repository modules beside this file.
 *
 * Every version bump gets a comment saying what changed and why. Add `upgrade()` only when stored
 * data must change, never for a new index alone.
 */
import { Dexie, liveQuery, type EntityTable, type Table } from 'dexie';
import type { CardKind } from '../domain/deck/deck-types.ts';
import type { DeckOptions } from '../domain/scheduling/deck-options.ts';
import type { QuestionType, QuizPool, Verdict } from '../domain/quiz/quiz-types.ts';
import type { FsrsCard, FsrsReviewLog } from '../domain/scheduling/scheduler.ts';
import {
  digestFields,
  digestPagesOf,
  type CardDigestPage,
  type DigestCard,
} from '../domain/stats/card-digest.ts';
import { ReviewDaysBuilder, type ReviewDay } from '../domain/stats/review-days.ts';
import { bandOf, type QueueBand } from '../domain/study/queue.ts';
import { currentSettingKey } from './settings.ts';
import { blockColumnsSlot, type BlockColumnsSlot } from './block-columns.ts';
import { COLUMNS_FLAG, STORAGE_FLAGS, type StorageFlagRecord } from './storage-flags.ts';
import { statsSummaries } from './stats-summaries.ts';
import { trackingSlot, type TrackingSlot } from './sync/tracking-slot.ts';
import { randomId } from '../config/random-id.ts';

/**
 * Where a card sits for queue building, indexed together with deck and due date so that "due
 * cards of deck D at time T" is one range query. Derived from the FSRS state plus the card's
 * suspended/buried flags on every write (see `queueOf`).
 */
export const Queue = {
  Suspended: -1,
  Buried: -2,
  New: 0,
  Learning: 1,
  Review: 2,
} as const;
export type Queue = (typeof Queue)[keyof typeof Queue];

export interface DeckRecord {
  id: string;
  title: string;
  language: string;
  description: string;
  source: { file: string; sha256: string };
  generatorVersion: string;
  /** Display order on the deck list. */
  position: number;
  options: DeckOptions;
  /** True once the learner renamed the deck: a regenerated version then keeps their title. */
  titleEdited?: boolean;
}

/**
 * The document a learner's own deck was made from, kept so the deck can be regenerated when the
 * generator improves. Bundled decks have none (their documents ship with the app).
 */
export interface DeckSourceRecord {
  deckId: string;
  fileName: string;
  /** The document as the generator read it (HTML already turned into text). */
  text: string;
  addedAt: Date;
}

/** A deck the learner deleted; start-up does not bring a bundled deck with this id back. */
export interface DeletedDeckRecord {
  id: string;
  deletedAt: Date;
}

export interface CardRecord extends FsrsCard {
  id: string;
  deckId: string;
  /** Document order; new cards are introduced in this order. */
  position: number;
  kind: CardKind;
  front: string;
  back: string;
  context: string;
  lines: [number, number];
  /** Tags of a card imported from a card list (not indexed; absent on generated cards). */
  tags?: string[];
  /** True when the learner changed the text; a regenerated deck then leaves the text alone. */
  edited: boolean;
  suspended: boolean;
  buriedUntil: Date | null;
  /** Bumped on every write; an answer or undo checks it to detect a change made elsewhere. */
  version: number;
  queue: Queue;
}

/**
 * One answer. As in ts-fsrs logs, `state` is the card's state *before* the answer.
 *
 * A row with `rating` Manual is no answer but a reset or reschedule by hand (card-actions.ts):
 * its `state` is the state it set (New for a reset) and `due` the due date it set, as ts-fsrs's
 * `reschedule` reads a Manual history entry. Sync replays it with the answers
 * (domain/scheduling/replay-log.ts), so the reset reaches every device.
 */
export interface ReviewLogRecord extends FsrsReviewLog {
  id: number;
  cardId: string;
  deckId: string;
  /** Time from showing the question to the answer. */
  durationMs: number;
  /**
   * Unique across devices (a random UUID), so synced logs merge as a union; the local `id` is
   * not. Set on every new row by sync/tracking-slot.ts (whether sync is set up or not), and on older rows by
   * the upgrade to version 7.
   */
  uid?: string;
}

/** An answer as a block holds it: a review-log row without the local `id`, `uid` always set. */
export type BlockRow = Omit<ReviewLogRecord, 'id' | 'uid'> & { uid: string };

/**
 * Many answers of one deck in one immutable record (see answer-log.ts): an imported history is
 * stored this way, a few thousand answers a record, because IndexedDB's cost is per record. The
 * answers given on this device stay single review-log rows.
 */
export interface LogBlockRecord {
  /** Unique across devices (`randomId`). */
  id: string;
  deckId: string;
  /** Every card with an answer in the block (multi-entry index: a card's blocks are one query). */
  cardIds: string[];
  /** The time of the first and last answer, so a deck's blocks in a time range are one query. */
  first: Date;
  last: Date;
  /**
   * How many of its rows are answers (not Manual rows), indexed with the deck: counting a deck's
   * answers reads index keys, not thousands of rows.
   */
  answers: number;
  /** The answers, oldest first. */
  rows: BlockRow[];
}

/** What undo needs to put a card back exactly as it was before one answer. */
export interface UndoRecord {
  id: number;
  cardId: string;
  deckId: string;
  logId: number;
  before: CardRecord;
  /** The card's version right after the answer; undo is refused when it changed since. */
  versionAfter: number;
  /** The tab that answered (`AnswerRequest.origin`); only it may undo the answer. */
  origin?: string;
}

/** Everything a card action changed, as it was before, to undo it (see card-actions.ts). */
export interface CardsSnapshot {
  readonly cards: readonly CardRecord[];
  /** Review log rows the action deleted or moved. */
  readonly logs: readonly ReviewLogRecord[];
  /**
   * Ids of the review log rows the action added: the Manual rows of a reset or reschedule (none
   * in steps kept before they were written).
   */
  readonly added?: readonly number[];
  /** Each card's version right after the action; `null` when deleted. */
  readonly versionsAfter: Readonly<Record<string, number | null>>;
}

/**
 * A card action of the browser or a card's page (suspend, delete, …), kept so the tab that did
 * it can undo it, after a reload too.
 */
export interface CardActionUndoRecord {
  id: number;
  /** The tab that acted (see config/tab-origin.ts); only it may undo the action. */
  origin: string;
  /** What the action was, for the notice after undoing it ('suspend', 'unbury', …). */
  name: string;
  /** The cards it changed. */
  count: number;
  snapshot: CardsSnapshot;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

/** An automatic daily copy of the collection (see snapshots.ts), kept so a bad day can be undone. */
export interface SnapshotRecord {
  id: number;
  createdAt: Date;
  /** Local calendar day (`YYYY-MM-DD`) the snapshot belongs to; one daily snapshot per day. */
  day: string;
  /**
   * Why it was taken: the daily copy, or the collection as it was right before a Replace import
   * overwrote it. Snapshots stored before this field existed are daily ones.
   */
  kind?: 'daily' | 'beforeReplace';
  appVersion: string;
  /** Rows per table, shown in Settings without parsing `backup`. */
  counts: Record<string, number>;
  /**
   * Its reviews (`countBackupReviews`: packed answers counted, Manual rows not), shown in
   * Settings; snapshots stored before this field existed show their review-log rows.
   */
  reviews?: number;
  /** The backup file's text, exactly as "Export backup" would write it. */
  backup: string;
}

/** A finished quiz (unfinished ones are not stored): what was asked, of which decks, how it went. */
export interface QuizRecord {
  id: number;
  /** Every deck the quiz drew cards from; each deck's quiz history reads this multi-entry index. */
  deckIds: string[];
  /** Same seed, cards and settings give the same quiz again. */
  seed: number;
  pool: QuizPool;
  types: QuestionType[];
  startedAt: Date;
  finishedAt: Date;
  durationMs: number;
  /**
   * Questions asked, and the score out of them ("correct of total"): the sum of the questions'
   * scores, so a matching set with 5 of 6 pairs right adds 5/6 and `correct` may be fractional
   * (quizzes stored before per-pair scoring hold whole numbers: one per right question).
   */
  total: number;
  correct: number;
  /**
   * Unique across devices, so synced quizzes merge as a union (the local `id` is not). Set on
   * every new quiz by the sync tracking, and on older ones by the upgrade to version 11.
   */
  uid?: string;
}

/** One card's part of a question: a matching question has one per pair, the others one. */
export interface QuizAnswerItem {
  cardId: string;
  prompt: string;
  /** What the learner answered as text; for true/false `'true'` or `'false'`. */
  given: string;
  expected: string;
  /** True/false only: the answer shown with the prompt. */
  shown?: string;
  verdict: Verdict;
  /** A near miss the learner counted as right; absent otherwise (and in older quizzes). */
  overridden?: true;
}

/** One question of a stored quiz with the learner's answer. */
export interface QuizAnswerRecord {
  id: number;
  quizId: number;
  /** Order in the quiz, from 0. */
  position: number;
  type: QuestionType;
  deckId: string;
  /** The cards asked about, indexed so a card's quiz history is one query. */
  cardIds: string[];
  items: QuizAnswerItem[];
  /** The question's verdict: correct only when every item is. */
  verdict: Verdict;
  /**
   * Share of the items right, 0–1 (matching scores per pair). Absent in quizzes stored before
   * per-pair scoring, which counted a question 1 when right and 0 otherwise.
   */
  score?: number;
  /** A typed near miss the learner counted as right ("Count as right"). */
  overridden?: true;
  durationMs: number;
}

/**
 * A file of a deck's cards (an imported Anki package's picture or sound), referred to from the
 * cards' text by name (`[image:name]`, `[sound:name]`, see domain/media/card-media.ts).
 */
export interface MediaRecord {
  deckId: string;
  name: string;
  /**
   * The picture's type, read from its first bytes when stored, when it is one the cards show
   * (PNG, JPEG, GIF, WebP); `null` for any other file, which is listed and never shown or played.
   */
  imageType: string | null;
  /** The file, typed `imageType` (or untyped). */
  blob: Blob;
}

/** Sync's own bookkeeping (see sync/sync-state.ts); never in backups. */
export interface SyncStateRecord {
  key: string;
  value: unknown;
}

/** A synced document changed here and not yet sent (see sync/sync-tracking.ts). */
export interface SyncOutboxRecord {
  /**
   * The document id (`card:…`, `deck:…`, `source:…`, `review:…`, `quiz:…`), or `*` for "compare
   * all".
   */
  key: string;
  /** When it changed (ms): its last-writer-wins stamp is taken from this. */
  at: number;
  /** A deleted answer's card: its deletion names it (see sync/sync-outgoing.ts). */
  cardId?: string;
}

/**
 * The stamp of the version of a card's shared part this device holds as sync knows it (sent or
 * applied), and the pack it travelled in, if one (see sync/sync-docs.ts, `CardsDoc`). Device
 * data: not in backups. Kept after the card is deleted, so an older pack arriving later does not
 * bring it back.
 */
export interface SyncStampRecord {
  /** The card's id. */
  id: string;
  stamp: string;
  /** The pack (`cards:<pack>`) the card was sent or received in, or `null` (its own document). */
  pack: string | null;
}

export type StudyDatabase = Dexie & {
  decks: EntityTable<DeckRecord, 'id'>;
  cards: EntityTable<CardRecord, 'id'>;
  reviewLog: EntityTable<ReviewLogRecord, 'id'>;
  logBlocks: EntityTable<LogBlockRecord, 'id'>;
  undo: EntityTable<UndoRecord, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  quizzes: EntityTable<QuizRecord, 'id'>;
  quizAnswers: EntityTable<QuizAnswerRecord, 'id'>;
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  cardDigest: Table<CardDigestPage, [string, number]>;
  reviewDays: Table<ReviewDay, [string, number]>;
  deckSources: EntityTable<DeckSourceRecord, 'deckId'>;
  deletedDecks: EntityTable<DeletedDeckRecord, 'id'>;
  syncState: EntityTable<SyncStateRecord, 'key'>;
  syncOutbox: EntityTable<SyncOutboxRecord, 'key'>;
  syncStamps: EntityTable<SyncStampRecord, 'id'>;
  cardActionUndo: EntityTable<CardActionUndoRecord, 'id'>;
  media: Table<MediaRecord, [string, string]>;
  storageFlags: EntityTable<StorageFlagRecord, 'key'>;
};

export const DATABASE_NAME = 'deckwright';

/** Opens (creating or upgrading) the database under `name`; tests pass their own names. */
export function openDatabase(name: string = DATABASE_NAME): StudyDatabase {
  const db = new Dexie(name) as StudyDatabase;
  // Version 1: decks, cards (document order per deck; queue/due and queue/position for queue
  // building; Dexie answers `where('deckId')` from the [deckId+position] prefix), review
  // log (per deck by time for today's counts and statistics, per card for its history), undo
  // snapshots, key/value settings.
  db.version(1).stores({
    decks: 'id, position',
    cards: 'id, [deckId+position], [deckId+queue+due], [deckId+queue+position]',
    reviewLog: '++id, cardId, [deckId+review], review',
    undo: '++id, deckId',
    settings: 'key',
  });
  // Version 2 adds quizzes: finished quizzes (per deck through the multi-entry `deckIds`, by
  // finish time) and their answers (per quiz, per card). New tables only, nothing to upgrade.
  db.version(2).stores({
    quizzes: '++id, *deckIds, finishedAt',
    quizAnswers: '++id, quizId, *cardIds',
  });
  // Version 3 adds automatic daily snapshots of the collection (backup text, see snapshots.ts),
  // ordered by creation time. New table only, nothing to upgrade.
  db.version(3).stores({ snapshots: '++id, createdAt' });
  // Version 4 adds the summaries statistics read instead of every card and answer (see
  // stats-summaries.ts, which keeps them up to date on every write): cards packed by column per
  // deck and bucket, and the review log per deck and UTC day by quarter hour. The upgrade builds
  // them from the stored cards and log.
  db.version(4)
    .stores({ cardDigest: '[deckId+bucket]', reviewDays: '[deckId+day]' })
    .upgrade(async (tx) => {
      // By cursor, keeping only what the summaries need: a million answers read at once would
      // hold every row in memory (hundreds of megabytes on a phone).
      const cards: DigestCard[] = [];
      await tx.table<CardRecord>('cards').each((card) => {
        cards.push(digestFields(card));
      });
      await tx.table('cardDigest').bulkPut(digestPagesOf(cards));
      const days = new ReviewDaysBuilder();
      await tx.table<ReviewLogRecord>('reviewLog').each((log) => {
        days.add(log);
      });
      await tx.table('reviewDays').bulkPut(days.records());
    });
  // Version 5 gives every setting one key scheme (see settings.ts): the per-deck keys
  // `quiz-settings:…` and `study-priority:…` become `quiz.options:…` and `study.priority:…`.
  // No new index; the upgrade renames the stored keys.
  db.version(5)
    .stores({})
    .upgrade(async (tx) => {
      const settings = tx.table<SettingRecord, string>('settings');
      const renamed = (await settings.toArray()).filter(
        (row) => currentSettingKey(row.key) !== row.key,
      );
      await settings.bulkDelete(renamed.map((row) => row.key));
      await settings.bulkPut(renamed.map((row) => ({ ...row, key: currentSettingKey(row.key) })));
    });
  // Version 6 adds the learner's own decks: the document text of each (one row per deck, for
  // regenerating it) and the ids of deleted decks, so a deleted bundled deck stays deleted. New
  // tables only, nothing to upgrade.
  db.version(6).stores({ deckSources: 'deckId', deletedDecks: 'id' });
  // Version 7 prepares sync (see sync/): every review-log row gets a `uid` unique across devices
  // (indexed, so an arriving answer is found by it), and two tables of sync's own: its state
  // (settings, checkpoints, clock) and the outbox of changed records. The upgrade gives the
  // stored log rows their uids.
  db.version(7)
    .stores({
      reviewLog: '++id, cardId, [deckId+review], review, uid',
      syncState: 'key',
      syncOutbox: 'key',
    })
    .upgrade(async (tx) => {
      await tx
        .table<ReviewLogRecord>('reviewLog')
        .toCollection()
        .modify((row) => {
          row.uid ??= randomId();
        });
    });
  // Version 9 keeps the undo steps of card actions (browser and card page) per tab, so that
  // Ctrl+Z still takes an action back after a reload. New table only, nothing to upgrade.
  db.version(9).stores({ cardActionUndo: '++id, origin' });
  // Version 10 adds the media of imported Anki decks: each file by deck and name (the key), so a
  // card's pictures are one `bulkGet` and a deleted deck's files one range. New table only,
  // nothing to upgrade.
  db.version(10).stores({ media: '[deckId+name]' });
  // Version 11 syncs quiz history (see sync/): every finished quiz gets a `uid` unique across
  // devices (indexed, so an arriving quiz is found by it). The upgrade gives the stored quizzes
  // theirs.
  db.version(11)
    .stores({ quizzes: '++id, *deckIds, finishedAt, uid' })
    .upgrade(async (tx) => {
      await tx
        .table<QuizRecord>('quizzes')
        .toCollection()
        .modify((quiz) => {
          quiz.uid ??= randomId();
        });
    });
  // Version 12 drops the review log's index by time alone (`review`): every row of every import
  // and answer paid for it, and its one reader, the statistics of all decks, reads each deck's
  // range of `[deckId+review]` instead (stats-repository.ts). IndexedDB deletes the index;
  // no row changes, nothing to upgrade.
  db.version(12).stores({ reviewLog: '++id, cardId, [deckId+review], uid' });
  // Version 13 adds packed answer history (see answer-log.ts): blocks of many answers of a deck
  // in one record, by card (multi-entry), by deck and last answer (a time range) and by deck and
  // number of answers (counting). New table only, nothing to upgrade: the stored review-log rows
  // stay as they are.
  db.version(13).stores({ logBlocks: 'id, *cardIds, [deckId+last], [deckId+answers]' });
  // Version 15 (#16) packs cards in sync documents (sync/sync-docs.ts, `CardsDoc`): a card's
  // version may arrive in a pack or in its own document, in either order, so this device keeps
  // the stamp of the version it holds per card (`syncStamps`). New table only, nothing to
  // upgrade: a card without a row takes whatever arrives, as before. (14 is the Anki import's.)
  db.version(15).stores({ syncStamps: 'id' });
  // Version 16 (#14) adds flags about how this device stores things (storage-flags.ts; never in
  // backups): blocks of answers may be stored by column, so their decoder loads as the database
  // opens. New table only, nothing to upgrade.
  db.version(16).stores({ [STORAGE_FLAGS]: 'key' });
  db.use(statsSummaries);
  // Blocks of answers are stored by column (block-columns.ts); every reader sees rows. Before any
  // other query, the decoder loads if the database may hold such blocks.
  const columns = blockColumnsSlot();
  columnSlots.set(db, columns);
  db.use(columns.middleware);
  db.on(
    'ready',
    (vip) =>
      vip
        .table<StorageFlagRecord, string>(STORAGE_FLAGS)
        .get(COLUMNS_FLAG)
        .then((flag) => flag && columns.load()),
    true,
  );
  const slot = trackingSlot();
  trackingSlots.set(db, slot);
  db.use(slot.middleware);
  // Another tab opening a newer version must not hang on this one: close and reload so this tab
  // runs the new code too.
  db.on('versionchange', () => {
    db.close();
    if (typeof location !== 'undefined') location.reload();
    return false;
  });
  return db;
}

/** Each database's encoder and decoder of blocks by column (see block-columns.ts). */
const columnSlots = new WeakMap<Dexie, BlockColumnsSlot>();

/**
 * Loads the encoder and decoder of blocks by column into `db`. Never inside a transaction: a
 * writer calls it before its transaction starts, and then stores blocks by column in a
 * transaction covering `storageFlags` (anki-import.ts).
 */
export async function loadBlockColumns(db: StudyDatabase): Promise<void> {
  await columnSlots.get(db)?.load();
}

/**
 * Loads the decoder into `db` as soon as another tab or a worker of this page sets the flag
 * (an import flags the database before its transaction starts), so its blocks by column, which
 * other connections see only once that transaction commits, read as rows here too.
 */
export function loadBlockColumnsWhenFlagged(db: StudyDatabase): void {
  const watch = liveQuery(() => db.storageFlags.get(COLUMNS_FLAG)).subscribe((flag) => {
    if (flag === undefined) return;
    watch.unsubscribe();
    void columnSlots.get(db)?.load();
  });
}

/** Each open database's slot for sync's change tracking (see sync/tracking-slot.ts). */
const trackingSlots = new WeakMap<Dexie, TrackingSlot>();

/**
 * Loads sync's change tracking (sync/sync-tracking.ts) into `db`, once: every write from now on
 * notes what sync must send. Called when sync is set up, and at start when it was before.
 */
export async function startSyncTracking(db: StudyDatabase): Promise<void> {
  const slot = trackingSlots.get(db);
  if (slot === undefined || slot.filled) return;
  const { syncTracking } = await import('./sync/sync-tracking.ts');
  slot.fill(syncTracking);
}

/**
 * Whether sync is set up on this device; if it is, its tracking is started first. If it is not,
 * the tracking starts as soon as sync is set up, in this tab or in another one: Dexie's live
 * queries see writes of every tab of the profile, so a tab opened before sync was set up
 * elsewhere notes its changes from then on, without a reload. A write this tab made between the
 * set-up and the moment it learned of it was noted by nobody, so the tab then asks the next
 * round to compare every record with what was sent (once).
 */
export async function trackSyncIfSetUp(db: StudyDatabase): Promise<boolean> {
  const config = await db.syncState.get('config');
  if (config?.value != null) {
    await startSyncTracking(db);
    return true;
  }
  const watch = liveQuery(() => db.syncState.get('config')).subscribe((row) => {
    if (row?.value == null) return;
    watch.unsubscribe();
    void startSyncTracking(db).then(async () => {
      const { COMPARE_ALL } = await import('./sync/sync-tracking.ts');
      await db.syncOutbox.put({ key: COMPARE_ALL, at: Date.now() });
    });
  });
  return false;
}

/** The stored queue of each band of the study queue (see `bandOf`). */
const QUEUE_OF_BAND: Readonly<Record<QueueBand, Queue>> = {
  new: Queue.New,
  learning: Queue.Learning,
  review: Queue.Review,
};

/** The queue a card belongs in, from its flags and, unless suspended or buried, its band. */
export function queueOf(
  card: Pick<CardRecord, 'state' | 'suspended' | 'buriedUntil'>,
  now: Date,
): Queue {
  if (card.suspended) return Queue.Suspended;
  if (card.buriedUntil !== null && card.buriedUntil > now) return Queue.Buried;
  return QUEUE_OF_BAND[bandOf(card.state)];
}
