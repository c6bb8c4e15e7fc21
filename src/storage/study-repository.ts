/**
 * Studying a deck: reading what today's queue needs, answering, undo, bury, suspend and edit.
 * Every write checks the card's `version` first, so an answer given in another tab is noticed
 * instead of counted twice, and touches cards, review log and undo snapshots in one transaction.
 */
import { Dexie } from 'dexie';
import { answer, type Grade, type Scheduler } from '../domain/scheduling/scheduler.ts';
import {
  buildQueue,
  countToday,
  type QueueCounts,
  type TodayCounts,
} from '../domain/study/queue.ts';
import { nextStudyDayStart, studyDayStart } from '../domain/study/study-day.ts';
import { Queue, queueOf, type CardRecord, type DeckRecord, type StudyDatabase } from './db.ts';

/** How many answers can be undone, as in Anki. */
export const UNDO_LIMIT = 30;

/** The card changed since the screen read it (answered or edited elsewhere). */
export class CardChangedError extends Error {
  override readonly name = 'CardChangedError';
  constructor(
    readonly cardId: string,
    readonly current: CardRecord | undefined,
  ) {
    super(`Card ${cardId} was changed elsewhere.`);
  }
}

/**
 * Due reviews read with the study data; the rest follow a page at a time as the session goes
 * (`loadDueReviews`), so starting on a backlog of thousands reads no more than this.
 */
export const REVIEW_PAGE_SIZE = 50;

export interface StudyData {
  deck: DeckRecord;
  /** Everything today's queue may take: see the input contract in domain/study/queue.ts. */
  cards: CardRecord[];
  today: TodayCounts;
  /** Cards to show first (missed in a quiz), for `buildQueue`'s `priority`; all are in `cards`. */
  priority: string[];
  /** Due reviews beyond the first page (not in `cards`), for `buildQueue`'s `moreReviewsDue`. */
  moreReviewsDue: number;
  /** The last review of the first page, where the next page starts (`loadDueReviews`). */
  reviewCursor: ReviewCursor | null;
}

/** Where the next page of due reviews starts: after `seen` cards due exactly at `due`. */
export interface ReviewCursor {
  readonly due: Date;
  readonly seen: number;
}

/**
 * The settings key of a deck's priority list: card ids the learner asked to study first today
 * (e.g. missed in a quiz). Answering a card takes it off the list.
 */
export function studyPriorityKey(deckId: string): string {
  return `study-priority:${deckId}`;
}

/** The deck's priority list; anything malformed under the key reads as empty. */
export async function readStudyPriority(db: StudyDatabase, deckId: string): Promise<string[]> {
  const value = (await db.settings.get(studyPriorityKey(deckId)))?.value;
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

function deckQueueRange(deckId: string, queue: Queue, upTo: Date | typeof Dexie.maxKey) {
  return [
    [deckId, queue, Dexie.minKey],
    [deckId, queue, upTo],
  ] as const;
}

/**
 * The cursor after `cards`, a page of due reviews in index order (or `previous` when the page is
 * empty). A page starts at the first card still due at the previous cursor's date, so the cards
 * it holds at its last date are all that were read there.
 */
function cursorAfter(
  cards: readonly CardRecord[],
  previous: ReviewCursor | null,
): ReviewCursor | null {
  const last = cards.at(-1);
  if (last === undefined) return previous;
  const dueMs = last.due.getTime();
  return { due: last.due, seen: cards.filter((card) => card.due.getTime() === dueMs).length };
}

/**
 * Reads what a study session of `deckId` needs at `now`, in one read transaction: (re)learning
 * cards due before the study day ends, the first page of due reviews (in due order, cut at the
 * remaining daily limit) and how many more are due (an index count, no rows read), the first
 * new cards by position, buried cards (the queue skips those still buried), and the deck's
 * priority cards wherever they are. `undefined` when the deck does not exist.
 */
export async function loadStudyData(
  db: StudyDatabase,
  deckId: string,
  now: Date,
): Promise<StudyData | undefined> {
  return db.transaction('r', db.decks, db.cards, db.reviewLog, db.settings, async () => {
    const deck = await db.decks.get(deckId);
    if (deck === undefined) return undefined;
    const { newPerDay, reviewsPerDay, nextDayStartsAt } = deck.options;
    const dayStart = studyDayStart(now, nextDayStartsAt);
    const dayEnd = nextStudyDayStart(now, nextDayStartsAt);
    const logs = await db.reviewLog
      .where('[deckId+review]')
      .between([deckId, dayStart], [deckId, dayEnd])
      .toArray();
    const today = countToday(
      logs.map((log) => ({ stateBefore: log.state, reviewedAt: log.review })),
      dayStart,
      dayEnd,
    );
    const byDue = () => db.cards.where('[deckId+queue+due]');
    const reviewRange = deckQueueRange(deckId, Queue.Review, dayEnd);
    const [learning, reviews, reviewsDue, buried, fresh, priority] = await Promise.all([
      byDue()
        .between(...deckQueueRange(deckId, Queue.Learning, dayEnd))
        .toArray(),
      byDue()
        .between(...reviewRange)
        .limit(Math.min(REVIEW_PAGE_SIZE, Math.max(0, reviewsPerDay - today.reviewsDone)))
        .toArray(),
      byDue()
        .between(...reviewRange)
        .count(),
      byDue()
        .between(...deckQueueRange(deckId, Queue.Buried, Dexie.maxKey))
        .toArray(),
      db.cards
        .where('[deckId+queue+position]')
        .between(...deckQueueRange(deckId, Queue.New, Dexie.maxKey))
        .limit(Math.max(0, newPerDay - today.newIntroduced))
        .toArray(),
      readStudyPriority(db, deckId),
    ]);
    const cards = [...learning, ...reviews, ...buried, ...fresh];
    const loaded = new Set(cards.map((card) => card.id));
    const extra = await db.cards.bulkGet(priority.filter((id) => !loaded.has(id)));
    // A priority card that is a due review beyond the first page is in `cards` already.
    let reviewsRead = reviews.length;
    for (const card of extra) {
      if (card?.deckId !== deckId) continue;
      cards.push(card);
      if (card.queue === Queue.Review && card.due < dayEnd) reviewsRead += 1;
    }
    return {
      deck,
      cards,
      today,
      priority,
      moreReviewsDue: Math.max(0, reviewsDue - reviewsRead),
      reviewCursor: cursorAfter(reviews, null),
    };
  });
}

/**
 * The next page of a deck's due reviews (due before `dayEnd`) in index order: due date, then
 * id, from `cursor` on. The page starts with the `cursor.seen` cards already read at the
 * cursor's due date (those still due), so it reads that many more; `exhausted` says storage has
 * no more after it.
 */
export async function loadDueReviews(
  db: StudyDatabase,
  deckId: string,
  cursor: ReviewCursor,
  dayEnd: Date,
): Promise<{ cards: CardRecord[]; cursor: ReviewCursor | null; exhausted: boolean }> {
  const limit = REVIEW_PAGE_SIZE + cursor.seen;
  const cards = await db.cards
    .where('[deckId+queue+due]')
    .between([deckId, Queue.Review, cursor.due], [deckId, Queue.Review, dayEnd])
    .limit(limit)
    .toArray();
  return { cards, cursor: cursorAfter(cards, cursor), exhausted: cards.length < limit };
}

async function currentCard(
  db: StudyDatabase,
  cardId: string,
  expectedVersion: number,
): Promise<CardRecord> {
  const card = await db.cards.get(cardId);
  if (card?.version !== expectedVersion) throw new CardChangedError(cardId, card);
  return card;
}

export interface AnswerRequest {
  cardId: string;
  /** The `version` of the card the screen showed. */
  expectedVersion: number;
  rating: Grade;
  now: Date;
  durationMs: number;
}

/**
 * Answers a card in one transaction over cards, review log and undo snapshots: checks the card
 * is still the one shown (else throws {@link CardChangedError} and writes nothing), stores its
 * new FSRS state, logs the answer and keeps a snapshot for undo (the last {@link UNDO_LIMIT}).
 * An answered card leaves its deck's priority list in the same transaction.
 */
export async function answerCard(
  db: StudyDatabase,
  scheduler: Scheduler,
  request: AnswerRequest,
): Promise<CardRecord> {
  return db.transaction('rw', db.cards, db.reviewLog, db.undo, db.settings, async () => {
    // Requests that do not depend on each other go out together: each round trip to IndexedDB
    // costs about as much as the whole answer's computing, and this is on every answer's path.
    const [before, undoCount] = await Promise.all([
      currentCard(db, request.cardId, request.expectedVersion),
      db.undo.count(),
    ]);
    const result = answer(scheduler, before, request.rating, request.now);
    const scheduled = { ...before, ...result.card, buriedUntil: null };
    const after: CardRecord = {
      ...scheduled,
      version: before.version + 1,
      queue: queueOf(scheduled, request.now),
    };
    // The oldest snapshots beyond the last UNDO_LIMIT, counting the one added below.
    const excess = undoCount + 1 - UNDO_LIMIT;
    const [, logId, priority, expired] = await Promise.all([
      db.cards.put(after),
      db.reviewLog.add({
        ...result.log,
        cardId: before.id,
        deckId: before.deckId,
        durationMs: Math.max(0, Math.round(request.durationMs)),
      }),
      readStudyPriority(db, before.deckId),
      excess > 0 ? db.undo.limit(excess).primaryKeys() : Promise.resolve([]),
    ]);
    await Promise.all([
      db.undo.add({
        cardId: before.id,
        deckId: before.deckId,
        logId,
        before,
        versionAfter: after.version,
      }),
      db.undo.bulkDelete(expired),
      priority.includes(before.id)
        ? db.settings.put({
            key: studyPriorityKey(before.deckId),
            value: priority.filter((id) => id !== before.id),
          })
        : undefined,
    ]);
    return after;
  });
}

export type UndoResult =
  | { status: 'undone'; card: CardRecord }
  | { status: 'nothing' }
  /** The card changed after that answer (e.g. answered again in another tab). */
  | { status: 'conflict'; cardId: string };

/**
 * Undoes the last answer given in `deckId`: the card goes back to its exact state from before
 * the answer and the answer's log row is removed. When the card changed after the answer, the
 * card is left alone and that snapshot forgotten, so the next undo can reach older answers.
 */
export async function undoLastAnswer(
  db: StudyDatabase,
  deckId: string,
  now: Date,
): Promise<UndoResult> {
  return db.transaction('rw', db.cards, db.reviewLog, db.undo, async (): Promise<UndoResult> => {
    const last = await db.undo.where('deckId').equals(deckId).last();
    if (last === undefined) return { status: 'nothing' };
    const card = await db.cards.get(last.cardId);
    await db.undo.delete(last.id);
    if (card?.version !== last.versionAfter) return { status: 'conflict', cardId: last.cardId };
    const restored: CardRecord = {
      ...last.before,
      version: card.version + 1,
      queue: queueOf(last.before, now),
    };
    await db.cards.put(restored);
    await db.reviewLog.delete(last.logId);
    return { status: 'undone', card: restored };
  });
}

async function updateCard(
  db: StudyDatabase,
  cardId: string,
  expectedVersion: number,
  change: (card: CardRecord) => CardRecord,
  now: Date,
): Promise<CardRecord> {
  return db.transaction('rw', db.cards, async () => {
    const current = await currentCard(db, cardId, expectedVersion);
    const changed = change(current);
    const next = { ...changed, version: current.version + 1, queue: queueOf(changed, now) };
    await db.cards.put(next);
    return next;
  });
}

/** Hides the card until the next study day starts (`until`). */
export function buryCard(
  db: StudyDatabase,
  cardId: string,
  expectedVersion: number,
  until: Date,
  now: Date,
): Promise<CardRecord> {
  return updateCard(db, cardId, expectedVersion, (card) => ({ ...card, buriedUntil: until }), now);
}

/** Suspends or unsuspends the card; a suspended card is never queued. */
export function setCardSuspended(
  db: StudyDatabase,
  cardId: string,
  expectedVersion: number,
  suspended: boolean,
  now: Date,
): Promise<CardRecord> {
  return updateCard(db, cardId, expectedVersion, (card) => ({ ...card, suspended }), now);
}

/** Replaces the card's text; the card then keeps it when its deck is regenerated. */
export function editCardText(
  db: StudyDatabase,
  cardId: string,
  expectedVersion: number,
  text: { front: string; back: string },
  now: Date,
): Promise<CardRecord> {
  const front = text.front.trim();
  const back = text.back.trim();
  if (front === '' || back === '') throw new Error('A card needs a front and a back.');
  return updateCard(
    db,
    cardId,
    expectedVersion,
    (card) => ({ ...card, front, back, edited: true }),
    now,
  );
}

/** Today's remaining new / learning / review counts of a deck, exactly as a session would show. */
export async function countDueToday(
  db: StudyDatabase,
  deckId: string,
  now: Date,
): Promise<QueueCounts | undefined> {
  const data = await loadStudyData(db, deckId, now);
  if (data === undefined) return undefined;
  return buildQueue({
    cards: data.cards,
    today: data.today,
    options: data.deck.options,
    now,
    priority: data.priority,
    moreReviewsDue: data.moreReviewsDue,
  }).counts;
}

/** When the deck next has a (re)learning or review card due; `null` when it has none. */
export async function nextDueDate(db: StudyDatabase, deckId: string): Promise<Date | null> {
  const byDue = db.cards.where('[deckId+queue+due]');
  const [learning, review] = await Promise.all([
    byDue.between(...deckQueueRange(deckId, Queue.Learning, Dexie.maxKey)).first(),
    byDue.between(...deckQueueRange(deckId, Queue.Review, Dexie.maxKey)).first(),
  ]);
  const dues = [learning?.due, review?.due].filter((due) => due !== undefined);
  return dues.length === 0 ? null : new Date(Math.min(...dues.map((due) => due.getTime())));
}
