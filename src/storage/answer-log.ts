/**
 * The answer history, read as one log: the review-log rows (answers given on this device, one
 * record each, with a local `id`) and the blocks of packed answers (`logBlocks`: an imported
 * history, a few thousand answers a record, because IndexedDB's cost is per record; see
 * docs/development.md). Every reader of answers goes through the functions here, so none can
 * forget the blocks.
 *
 * A block is written once and only ever replaced by a smaller copy: when a card's answers must
 * change one by one (a card deleted, moved, reset without history, or repaired), {@link
 * unpackCards} first takes the card's answers out of their blocks and stores them as review-log
 * rows with the same uids, and the code that changes rows goes on as before. The statistics
 * summaries count block answers too (stats-summaries.ts), in the transaction that writes them.
 */
import { Dexie } from 'dexie';
import { randomIds } from '../config/random-id.ts';
import { Rating } from '../domain/scheduling/fsrs-vocabulary.ts';
import type { BlockRow, LogBlockRecord, ReviewLogRecord, StudyDatabase } from './db.ts';

/** An answer wherever it is stored: a review-log row has its local `id`, a block's answer none. */
export type StoredAnswer = Omit<ReviewLogRecord, 'id'> & { id?: number };

/**
 * Answers a block holds at most: a million answers are a thousand records, each small enough to
 * rewrite, to read for a card's history and to send as one sync document (~200 KB of JSON).
 */
export const ROWS_PER_BLOCK = 1_000;

function byTime(a: StoredAnswer, b: StoredAnswer): number {
  return a.review.getTime() - b.review.getTime();
}

/** The blocks holding answers of `cardIds`, each once (keys first: a block is thousands of rows). */
async function blocksOfCards(
  db: StudyDatabase,
  cardIds: readonly string[],
): Promise<LogBlockRecord[]> {
  if (cardIds.length === 0) return [];
  const keys = await Promise.all(
    cardIds.map((id) => db.logBlocks.where('cardIds').equals(id).primaryKeys()),
  );
  const unique = [...new Set(keys.flat())];
  if (unique.length === 0) return [];
  return (await db.logBlocks.bulkGet(unique)).filter(
    (block): block is LogBlockRecord => block !== undefined,
  );
}

/**
 * From this many cards on, {@link answersOfCards} reads the blocks (and a review log not much
 * larger than the set) in one pass instead of two indexed queries per card: a first sync's batch
 * re-derives every card of a 100,000-card deck, and 200,000 queries took most of its time
 * (docs/performance.md, "Sync").
 */
export const ONE_PASS_CARDS = 2_000;

/** {@link visitAnswersOfCards} for many cards: one cursor pass, one block in memory at a time. */
async function visitAnswersOfManyCards(
  db: StudyDatabase,
  cardIds: readonly string[],
  visit: (answer: StoredAnswer) => void,
): Promise<void> {
  const wanted = new Set(cardIds);
  const take = (row: StoredAnswer) => {
    if (wanted.has(row.cardId)) visit(row);
  };
  if ((await db.reviewLog.count()) <= 10 * cardIds.length) {
    await db.reviewLog.each(take);
  } else {
    const perCard = await Promise.all(
      cardIds.map((id) => db.reviewLog.where('cardId').equals(id).toArray()),
    );
    for (const rows of perCard) rows.forEach(visit);
  }
  await db.logBlocks.each((block) => {
    block.rows.forEach(take);
  });
}

/**
 * Calls `visit` with every answer of `cardIds`, review-log rows and block answers, in no order.
 * A reader that keeps only part of each answer (sync's derivation of 50,000 cards at once) holds
 * that part, not the rows: a block's rows go once it has been visited.
 *
 * Per card, two indexed queries (reviewLog's `cardId`, logBlocks' multi-entry `cardIds`): the
 * per-card `equals` reads only the card's rows, where one `anyOf` over many cards walked an index
 * cursor that grew with the log (500 cards with 3 answers each in a 1M-row log: 16 s in
 * fake-indexeddb, 32 ms this way). From {@link ONE_PASS_CARDS} cards on, one pass instead.
 */
export async function visitAnswersOfCards(
  db: StudyDatabase,
  cardIds: readonly string[],
  visit: (answer: StoredAnswer) => void,
): Promise<void> {
  if (cardIds.length >= ONE_PASS_CARDS) {
    await visitAnswersOfManyCards(db, cardIds, visit);
    return;
  }
  const [perCard, blocks] = await Promise.all([
    Promise.all(cardIds.map((id) => db.reviewLog.where('cardId').equals(id).toArray())),
    blocksOfCards(db, cardIds),
  ]);
  const wanted = new Set(cardIds);
  for (const rows of perCard) rows.forEach(visit);
  for (const block of blocks) {
    for (const row of block.rows) if (wanted.has(row.cardId)) visit(row);
  }
}

/** The answers of `cardIds`, oldest first (see {@link visitAnswersOfCards}). */
export async function answersOfCards(
  db: StudyDatabase,
  cardIds: readonly string[],
): Promise<StoredAnswer[]> {
  const found: StoredAnswer[] = [];
  await visitAnswersOfCards(db, cardIds, (answer) => found.push(answer));
  return found.sort(byTime);
}

/** The answers of `deckId` from `from` (inclusive) to `to` (exclusive), oldest first. */
export async function answersOfDeck(
  db: StudyDatabase,
  deckId: string,
  from: Date | null = null,
  to: Date | null = null,
): Promise<StoredAnswer[]> {
  const lower = from ?? Dexie.minKey;
  const [rows, blocks] = await Promise.all([
    db.reviewLog
      .where('[deckId+review]')
      .between([deckId, lower], [deckId, to ?? Dexie.maxKey], true, to === null)
      .toArray(),
    // A block whose last answer is before `from` holds nothing of the range: not even read.
    db.logBlocks
      .where('[deckId+last]')
      .between([deckId, lower], [deckId, Dexie.maxKey])
      .filter((block) => to === null || block.first < to)
      .toArray(),
  ]);
  const inRange = (row: BlockRow) =>
    (from === null || row.review >= from) && (to === null || row.review < to);
  const packed = blocks.flatMap((block) => block.rows.filter(inRange));
  return [...rows, ...packed].sort(byTime);
}

/** Every answer, review-log rows first (by id), then the blocks' (each block's oldest first). */
export async function allAnswers(db: StudyDatabase): Promise<StoredAnswer[]> {
  const [rows, blocks] = await Promise.all([db.reviewLog.toArray(), db.logBlocks.toArray()]);
  return [...rows, ...blocks.flatMap((block) => block.rows)];
}

/** The answers (Manual rows left out) the blocks of `deckId`, or of every deck, hold. */
export async function packedAnswers(db: StudyDatabase, deckId: string | null): Promise<number> {
  const index = db.logBlocks.orderBy('[deckId+answers]');
  const keys =
    deckId === null
      ? await index.keys()
      : await db.logBlocks
          .where('[deckId+answers]')
          .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
          .keys();
  return keys.reduce<number>((sum, key) => sum + (key as unknown as [string, number])[1], 0);
}

/** Whether `log` is an answer: a Manual row is a reset or reschedule by hand (card-actions.ts). */
export function isAnswer(log: Pick<StoredAnswer, 'rating'>): boolean {
  return log.rating !== Rating.Manual;
}

/**
 * How many answers the history holds (of `deckId`, or of every deck): review-log rows, Manual
 * ones only with `withManual`, and the blocks' answers (counted from index keys).
 */
export async function countAnswers(
  db: StudyDatabase,
  deckId: string | null,
  withManual = false,
): Promise<number> {
  const rows =
    deckId === null
      ? db.reviewLog.toCollection()
      : db.reviewLog
          .where('[deckId+review]')
          .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey], true, true);
  const [single, packed] = await Promise.all([
    (withManual ? rows : rows.filter(isAnswer)).count(),
    packedAnswers(db, deckId),
  ]);
  return single + packed;
}

/** How many answers (Manual rows left out) the cards `cardIds` have. */
export async function countAnswersOfCards(
  db: StudyDatabase,
  cardIds: readonly string[],
): Promise<number> {
  return (await answersOfCards(db, cardIds)).filter(isAnswer).length;
}

/**
 * `rows` packed into blocks of `deckId` of at most `size` answers each, in the order given
 * (callers give them oldest first, so a block covers a short stretch of time).
 */
export function packAnswers(
  deckId: string,
  rows: readonly BlockRow[],
  size: number = ROWS_PER_BLOCK,
): LogBlockRecord[] {
  const count = Math.ceil(rows.length / size);
  const ids = randomIds(count);
  return ids.map((id, index) => blockOf(id, deckId, rows.slice(index * size, (index + 1) * size)));
}

/** The block `id` of `deckId` holding `rows` (not empty), with its cards, time bounds and count. */
export function blockOf(id: string, deckId: string, rows: BlockRow[]): LogBlockRecord {
  let first = Infinity;
  let last = -Infinity;
  for (const row of rows) {
    const time = row.review.getTime();
    if (time < first) first = time;
    if (time > last) last = time;
  }
  const cardIds = [...new Set(rows.map((row) => row.cardId))];
  const answers = rows.filter(isAnswer).length;
  return { id, deckId, cardIds, first: new Date(first), last: new Date(last), answers, rows };
}

/**
 * {@link unpackCards} for the cards of those `answers` (uid and card) that sit in a block; an
 * answer without a card is left alone. Returns how many answers moved.
 */
export async function unpackAnswers(
  db: StudyDatabase,
  answers: readonly { uid: string; cardId: string | null }[],
): Promise<number> {
  const cardIds = [...new Set(answers.flatMap((answer) => answer.cardId ?? []))];
  const blocks = await blocksOfCards(db, cardIds);
  if (blocks.length === 0) return 0;
  const uids = new Set(answers.map((answer) => answer.uid));
  const cards = new Set<string>();
  for (const block of blocks) {
    for (const row of block.rows) if (uids.has(row.uid)) cards.add(row.cardId);
  }
  return unpackCards(db, [...cards]);
}

/**
 * Takes the answers of `cardIds` out of their blocks and stores them as review-log rows (same
 * uids), so that code changing a card's answers one by one finds them all in the review log;
 * with `deckOf`, each row is filed under the deck it gives the card (a backup Merge that moved
 * the card). Each block touched is rewritten without them (kept when nothing is left). Must run
 * in a read-write transaction over `reviewLog` and `logBlocks`. Returns how many answers moved.
 */
export async function unpackCards(
  db: StudyDatabase,
  cardIds: readonly string[],
  deckOf: ReadonlyMap<string, string> = new Map(),
): Promise<number> {
  const blocks = await blocksOfCards(db, cardIds);
  if (blocks.length === 0) return 0;
  const taken = new Set(cardIds);
  const moved: BlockRow[] = [];
  const kept: LogBlockRecord[] = [];
  for (const block of blocks) {
    const rest = block.rows.filter((row) => !taken.has(row.cardId));
    moved.push(...block.rows.filter((row) => taken.has(row.cardId)));
    const cardIdsLeft = block.cardIds.filter((id) => !taken.has(id));
    kept.push({
      ...block,
      cardIds: cardIdsLeft,
      answers: rest.filter(isAnswer).length,
      rows: rest,
    });
  }
  // A block left empty stays, as a record that it is known here: sync applies a block only
  // once (answers:<id> documents are immutable), so it is not stored again with every answer.
  await db.logBlocks.bulkPut(kept);
  const filed = moved.map((row) => ({ ...row, deckId: deckOf.get(row.cardId) ?? row.deckId }));
  await db.reviewLog.bulkAdd(filed.sort(byTime));
  return moved.length;
}
