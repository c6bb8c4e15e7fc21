/**
 * Stores an Anki package's import plan (domain/anki): its decks, cards with their rebuilt FSRS
 * states, their answers (packed in blocks, see answer-log.ts) and the media files they use — all
 * of it or nothing.
 *
 * One IndexedDB transaction for the whole import, written in chunks of bulk operations with
 * progress reported as each lands. It runs in the import's worker, so a chunk's task blocks no
 * page; the chunks are only a way to report progress. They are issued one ahead: the next
 * chunk's rows are built — its cards' answers replayed into their FSRS states and log rows —
 * and handed to IndexedDB while the previous one is being written, so the replay runs while the
 * database writes, and the database never waits for JavaScript between chunks (IndexedDB's own
 * writing is most of the time: see docs/performance.md). The answers are packed into blocks
 * while the last chunk of cards is written, and their writes queued behind it. Any failure — a full disk, a card id taken meanwhile — aborts
 * the transaction and IndexedDB rolls back every chunk already written. Writing into staging
 * tables and committing them afterwards would give the same guarantee with every row written
 * twice and an extra schema version. The statistics summaries follow inside the same
 * transaction (stats-summaries.ts).
 */
import type { Table } from 'dexie';
import type {
  AnkiCardPlan,
  AnkiDeckPlan,
  AnkiMediaPlan,
  AnkiReplayedCard,
  AnkiReviewPlan,
} from '../domain/anki/anki-import-plan.ts';
import type { FsrsCard } from '../domain/scheduling/scheduler.ts';
import { DEFAULT_DECK_OPTIONS } from '../domain/scheduling/deck-options.ts';
import { nextStudyDayStart } from '../domain/study/study-day.ts';
import { DAY_MS } from '../domain/time/time-units.ts';
import { randomId, randomIds } from '../config/random-id.ts';
import { packAnswers, ROWS_PER_BLOCK } from './answer-log.ts';
import { COLUMNS_FLAG } from './storage-flags.ts';
import {
  loadBlockColumns,
  queueOf,
  type BlockRow,
  type CardRecord,
  type DeckRecord,
  type LogBlockRecord,
  type MediaRecord,
  type StudyDatabase,
} from './db.ts';

/** Rows (cards or reviews) per bulk write: one progress step, and the rows built at a time. */
export const ROWS_PER_WRITE = 10_000;

/**
 * Blocks of answers per bulk write (50,000 answers). Not fewer: for a write of fewer than 50
 * records Dexie notes every index key it touches for its live queries — here every card id of
 * every block (a multi-entry index), a million keys for a million answers, gathered in the
 * worker and matched on the page when the transaction commits (a main-thread task of 2.1 s in
 * the full-size bench); from 50 records on it marks the whole table as changed instead.
 */
const BLOCKS_PER_WRITE = 50;

export interface AnkiImportWrite {
  readonly fileName: string;
  readonly decks: readonly AnkiDeckPlan[];
  readonly cards: readonly AnkiCardPlan[];
  /** A card's answers replayed (the plan's `replay`): called once per card, as it is written. */
  readonly replay: (card: AnkiCardPlan) => AnkiReplayedCard;
  /** How many review rows the replays give in all (the summary's count), for the progress. */
  readonly reviews: number;
  /** The files the cards refer to, stored as Blobs with the cards (none when absent). */
  readonly media?: readonly AnkiMediaPlan[];
}

/** The card as stored, field by field (see {@link blockRow} for why no spread). */
function cardRecord(card: AnkiCardPlan, state: FsrsCard, buriedUntil: Date, now: Date): CardRecord {
  const buried = card.buried ? buriedUntil : null;
  return {
    due: state.due,
    stability: state.stability,
    difficulty: state.difficulty,
    // ts-fsrs 5 still requires this field on Card; it goes away in 6.0.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    elapsed_days: state.elapsed_days,
    scheduled_days: state.scheduled_days,
    learning_steps: state.learning_steps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    last_review: state.last_review,
    id: card.id,
    deckId: card.deckId,
    kind: card.kind,
    position: card.position,
    front: card.front,
    back: card.back,
    context: card.context,
    tags: [...card.tags],
    suspended: card.suspended,
    lines: [0, 0],
    edited: false,
    buriedUntil: buried,
    version: 1,
    queue: queueOf({ suspended: card.suspended, state: state.state, buriedUntil: buried }, now),
  };
}

function mediaRecord(file: AnkiMediaPlan): MediaRecord {
  // Only a picture gets a type: an untyped Blob is never rendered, whatever its bytes.
  const type = file.imageType ?? '';
  return {
    deckId: file.deckId,
    name: file.name,
    imageType: file.imageType,
    blob: new Blob([file.bytes.slice()], { type }),
  };
}

/**
 * The answer as a block holds it. Field by field, not `{ ...review, uid }`: V8 builds a spread
 * with an added field on a slow path, ten times the cost of this literal (seconds for a million
 * answers).
 */
function blockRow(review: AnkiReviewPlan, uid: string): BlockRow {
  return {
    rating: review.rating,
    state: review.state,
    due: review.due,
    stability: review.stability,
    difficulty: review.difficulty,
    // ts-fsrs 5 still requires these fields on a log; they go away in 6.0.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    elapsed_days: review.elapsed_days,
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    last_elapsed_days: review.last_elapsed_days,
    scheduled_days: review.scheduled_days,
    learning_steps: review.learning_steps,
    review: review.review,
    cardId: review.cardId,
    deckId: review.deckId,
    durationMs: review.durationMs,
    uid,
  };
}

/** Answers' uids, drawn 4,096 at a time (one random call each: see random-id.ts). */
function uidSource(): () => string {
  let batch: string[] = [];
  let next = 0;
  return () => {
    if (next === batch.length) {
      batch = randomIds(4096);
      next = 0;
    }
    const uid = batch[next] ?? randomId();
    next += 1;
    return uid;
  };
}

/**
 * How far back from the import its answers are packed by time; older ones are packed card by
 * card. The reads of a time range (today's answers for the study queue, the statistics' last two
 * days: `answersOfDeck`) skip every block whose last answer is before the range, so only the
 * blocks of this last week are ever read for one; a week leaves room for any study day's start.
 */
const RECENT_ANSWERS_MS = 7 * DAY_MS;

function byTime(a: BlockRow, b: BlockRow): number {
  return a.review.getTime() - b.review.getTime();
}

/**
 * The imported answers packed per deck in blocks of `size` (answer-log.ts): a million answers
 * are a thousand records, where one record per answer cost IndexedDB most of the import's time
 * (docs/performance.md). `rows` come card by card, as replayed. Answers older than a week
 * before `now` stay card by card, so a block holds the whole history of its cards:
 * the blocks' multi-entry `*cardIds` index then has an entry per card and block, about one per
 * card, instead of one per answer as in blocks of answers in time order, where a day's answers
 * are distinct cards (a million index entries for a million answers; docs/performance.md,
 * "Blocks card by card"). A card's history is then one or two blocks to read. The last week's
 * answers are packed oldest first, so a time range's reads decode only them. Each block's rows
 * are oldest first (`LogBlockRecord`).
 */
function answerBlocks(rows: readonly BlockRow[], size: number, now: Date): LogBlockRecord[] {
  const recentFrom = now.getTime() - RECENT_ANSWERS_MS;
  const byDeck = new Map<string, { older: BlockRow[]; recent: BlockRow[] }>();
  for (const row of rows) {
    let deck = byDeck.get(row.deckId);
    if (deck === undefined) {
      deck = { older: [], recent: [] };
      byDeck.set(row.deckId, deck);
    }
    if (row.review.getTime() < recentFrom) deck.older.push(row);
    else deck.recent.push(row);
  }
  return [...byDeck].flatMap(([deckId, { older, recent }]) => [
    ...packAnswers(deckId, sortedWithin(older, size), size),
    ...packAnswers(deckId, recent.sort(byTime), size),
  ]);
}

/** `rows` with each run of `size` (a block's rows) sorted by time, in place. */
function sortedWithin(rows: BlockRow[], size: number): BlockRow[] {
  for (let from = 0; from < rows.length; from += size) {
    rows
      .slice(from, from + size)
      .sort(byTime)
      .forEach((row, index) => {
        rows[from + index] = row;
      });
  }
  return rows;
}

/**
 * Adds `rows` to `table` in chunks of `size`, each chunk issued before the previous one is
 * written (writes of one transaction run in the order issued), calling `onChunk` with the rows
 * of each chunk once it is written. Must run inside the transaction. Resolves once the last
 * chunk is issued, to a promise of all of them written: the caller can prepare its next writes
 * while IndexedDB writes the last chunk, and must await that promise.
 */
async function issueInChunks<Row, Stored>(
  table: Table<Stored>,
  rows: readonly Row[],
  size: number,
  toRecord: (row: Row) => Stored,
  onChunk: (records: readonly Stored[]) => void,
): Promise<{ written: Promise<unknown> }> {
  const writes: Promise<unknown>[] = [];
  for (let start = 0; start < rows.length; start += size) {
    const records = rows.slice(start, start + size).map(toRecord);
    const written = table.bulkAdd(records).then(() => {
      onChunk(records);
    });
    // A failing chunk aborts the transaction and the chunks after it fail too: only the first
    // failure is reported (by the caller's await of them all), the others are expected.
    written.catch(() => undefined);
    writes.push(written);
    // Wait for the chunk before the one just issued: one chunk is always queued behind the one
    // being written, and at most two chunks of records are held at once.
    const previous = writes.length >= 2 ? writes[writes.length - 2] : undefined;
    if (previous !== undefined) await previous;
  }
  const all = Promise.all(writes);
  // Awaited by the caller unless something before fails first (then the transaction is aborted).
  all.catch(() => undefined);
  return { written: all };
}

/**
 * Writes the imported decks, cards, reviews and media in one transaction, calling `onProgress` with
 * the rows written so far (cards and reviews) of all. Buried cards stay buried until the next
 * study day. Refuses, writing nothing, when a deck id of the plan is stored already.
 * `rowsPerWrite` is the chunk size of cards, and the most answers a block holds (tests make it
 * small to cross chunk boundaries).
 *
 * @example
 * await storeAnkiImport(db, { fileName, ...plan, decks: plan.summary.decks }, now, onProgress);
 */
export async function storeAnkiImport(
  db: StudyDatabase,
  write: AnkiImportWrite,
  now: Date,
  onProgress: (done: number, total: number) => void = () => undefined,
  rowsPerWrite: number = ROWS_PER_WRITE,
): Promise<void> {
  const buriedUntil = nextStudyDayStart(now, DEFAULT_DECK_OPTIONS.nextDayStartsAt);
  const total = write.cards.length + write.reviews;
  // The blocks are stored by column (block-columns.ts): the encoder loads before the
  // transaction, which covers the flag saying so. The flag is also set first on its own, so
  // other tabs load the decoder before the blocks can reach them.
  if (write.reviews > 0) {
    await loadBlockColumns(db);
    await db.storageFlags.put({ key: COLUMNS_FLAG });
  }
  const tables = [db.decks, db.cards, db.logBlocks, db.deletedDecks, db.media, db.storageFlags];
  await db.transaction('rw', tables, async () => {
    const ids = write.decks.map((deck) => deck.id);
    const stored = (await db.decks.bulkGet(ids)).find((deck) => deck !== undefined);
    if (stored !== undefined) throw new Error(`A deck with the id ${stored.id} already exists.`);
    const last = await db.decks.orderBy('position').last();
    const first = (last?.position ?? -1) + 1;
    const decks = write.decks.map((deck, index): DeckRecord => ({
      id: deck.id,
      title: deck.title,
      language: deck.language,
      description: '',
      source: { file: write.fileName, sha256: '' },
      generatorVersion: 'anki',
      position: first + index,
      options: { ...DEFAULT_DECK_OPTIONS, ...deck.options },
    }));
    await db.deletedDecks.bulkDelete(ids);
    await db.decks.bulkAdd(decks);
    await db.media.bulkPut((write.media ?? []).map(mediaRecord));
    let done = 0;
    const progress = (rows: number) => {
      done += rows;
      onProgress(done, total);
    };
    // Each answer as its block will hold it, with its uid (unique across devices), as soon as
    // its card is replayed: the replay's rows then die young, and only these are kept until the
    // blocks are written.
    const answerRows: BlockRow[] = [];
    const uid = uidSource();
    const cards = await issueInChunks(
      db.cards,
      write.cards,
      rowsPerWrite,
      (card) => {
        const replayed = write.replay(card);
        for (const review of replayed.reviews) answerRows.push(blockRow(review, uid()));
        return cardRecord(card, replayed.state, buriedUntil, now);
      },
      (records) => {
        progress(records.length);
      },
    );
    // Packed while IndexedDB writes the last chunk of cards.
    const blocks = await issueInChunks(
      db.logBlocks,
      answerBlocks(answerRows, Math.min(ROWS_PER_BLOCK, rowsPerWrite), now),
      BLOCKS_PER_WRITE,
      (block) => block,
      (written) => {
        progress(written.reduce((sum, block) => sum + block.rows.length, 0));
      },
    );
    await Promise.all([cards.written, blocks.written]);
  });
}
