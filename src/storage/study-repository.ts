/**
 * Studying a deck, the writes: answering, undo, bury, suspend and edit. Every write checks the
 * card's `version` first, so an answer given in another tab is noticed instead of counted twice,
 * and an answer touches cards, review log and undo snapshots in one transaction. What the queue
 * is built from is read in queue-repository.ts, apart so the deck list does not load the
 * scheduler these writes need.
 */
import { answer, type Grade, type Scheduler } from '../domain/scheduling/scheduler.ts';
import { randomId } from '../config/random-id.ts';
import { queueOf, type CardRecord, type ReviewLogRecord, type StudyDatabase } from './db.ts';
import { readStudyPriority } from './queue-repository.ts';
import { SETTINGS, writeSetting } from './settings.ts';

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

async function currentCard(
  db: StudyDatabase,
  cardId: string,
  expectedVersion: number,
): Promise<CardRecord> {
  return unchanged(cardId, await db.cards.get(cardId), expectedVersion);
}

/** `card` when it still has `expectedVersion`; else throws {@link CardChangedError}. */
function unchanged(
  cardId: string,
  card: CardRecord | undefined,
  expectedVersion: number,
): CardRecord {
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
  /**
   * Who answered (a tab's id): undo takes back only answers of the same origin. Without one
   * (a quiz counted as reviews, an import) the answer cannot be undone from the study screen.
   */
  origin?: string;
}

/**
 * An answer worked out and ready to store: what {@link writeAnswer} writes, and what the answer
 * journal (answer-journal.ts) keeps to write the very same answer again after a reload.
 */
export interface PreparedAnswer {
  /** The `version` of the card the answer was given to: the write checks the card still has it. */
  readonly expectedVersion: number;
  /** The card as stored after the answer. */
  readonly card: CardRecord;
  /** The answer's review-log row; its `uid` tells whether the answer is stored already. */
  readonly log: Omit<ReviewLogRecord, 'id' | 'uid'> & { readonly uid: string };
  /** Who answered (see {@link AnswerRequest}). */
  readonly origin?: string;
}

/**
 * The answer to `before` as {@link writeAnswer} stores it, its review row under a new `uid`.
 * Pure but for the uid: the study screen works it out from the card it shows, to show the next
 * card while the answer is written. A card's `version` changes with every write and the fuzz is
 * seeded from the card, so the same version answered the same way at the same moment gives the
 * same record.
 */
export function prepareAnswer(
  scheduler: Scheduler,
  before: CardRecord,
  request: Omit<AnswerRequest, 'cardId' | 'expectedVersion'>,
): PreparedAnswer {
  const { card: fsrsCard, log } = answer(scheduler, before, request.rating, request.now);
  const scheduled = { ...before, ...fsrsCard, buriedUntil: null };
  return {
    expectedVersion: before.version,
    card: { ...scheduled, version: before.version + 1, queue: queueOf(scheduled, request.now) },
    log: {
      ...log,
      cardId: before.id,
      deckId: before.deckId,
      durationMs: Math.max(0, Math.round(request.durationMs)),
      uid: randomId(),
    },
    origin: request.origin,
  };
}

/**
 * Stores `answer` to `before` (the card as stored, checked by the caller): its new state, its
 * log row and an undo snapshot (the last {@link UNDO_LIMIT}); the card leaves its deck's
 * priority list. Runs inside the caller's transaction over cards, review log, undo and settings.
 */
async function storeAnswer(
  db: StudyDatabase,
  before: CardRecord,
  answer: PreparedAnswer,
  undoCount: number,
): Promise<void> {
  // The oldest snapshots beyond the last UNDO_LIMIT, counting the one added below.
  const excess = undoCount + 1 - UNDO_LIMIT;
  const { deckId } = before;
  // Each write that needs an earlier one's result is chained on that one alone: the undo
  // snapshot goes out as soon as its log row has an id, not after the card's statistics page
  // (which the middleware reads and writes in two steps) — one round trip less per answer.
  await Promise.all([
    db.cards.put(answer.card),
    db.reviewLog.add(answer.log).then((logId) =>
      db.undo.add({
        cardId: before.id,
        deckId,
        logId,
        before,
        versionAfter: answer.card.version,
        origin: answer.origin,
      }),
    ),
    excess > 0
      ? db.undo
          .limit(excess)
          .primaryKeys()
          .then((expired) => db.undo.bulkDelete(expired))
      : undefined,
    readStudyPriority(db, deckId).then((priority) =>
      priority.includes(before.id)
        ? writeSetting(
            db,
            SETTINGS.studyPriority(deckId),
            priority.filter((id) => id !== before.id),
          )
        : undefined,
    ),
  ]);
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
    const prepared = prepareAnswer(scheduler, before, request);
    await storeAnswer(db, before, prepared, undoCount);
    return prepared.card;
  });
}

/**
 * Stores an answer worked out beforehand ({@link prepareAnswer}) in one transaction, as
 * {@link answerCard} does, once: `'stored'` and nothing written when its review row (by `uid`)
 * is stored already — another tab replayed it from the journal, or this is that replay — else
 * `'written'`. Throws {@link CardChangedError}, writing nothing, when the card's version is no
 * longer the one answered.
 */
export async function writeAnswer(
  db: StudyDatabase,
  answer: PreparedAnswer,
): Promise<'written' | 'stored'> {
  return db.transaction('rw', db.cards, db.reviewLog, db.undo, db.settings, async () => {
    const [before, undoCount, stored] = await Promise.all([
      db.cards.get(answer.card.id),
      db.undo.count(),
      db.reviewLog.where('uid').equals(answer.log.uid).count(),
    ]);
    if (stored > 0) return 'stored';
    const card = unchanged(answer.card.id, before, answer.expectedVersion);
    await storeAnswer(db, card, answer, undoCount);
    return 'written';
  });
}

export type UndoResult =
  | { status: 'undone'; card: CardRecord }
  | { status: 'nothing' }
  /** The card changed after that answer (e.g. answered again in another tab). */
  | { status: 'conflict'; cardId: string };

/**
 * Undoes the last answer `origin` gave in `deckId`: the card goes back to its exact state from
 * before the answer and the answer's log row is removed. Answers given elsewhere (another tab)
 * are not this origin's to undo. When the card changed after the answer, the card is left alone
 * and that snapshot forgotten, so the next undo can reach older answers.
 */
export async function undoLastAnswer(
  db: StudyDatabase,
  { deckId, origin }: { deckId: string; origin: string },
  now: Date,
): Promise<UndoResult> {
  return db.transaction('rw', db.cards, db.reviewLog, db.undo, async (): Promise<UndoResult> => {
    // At most UNDO_LIMIT rows in all, so filtering them costs nothing.
    const last = await db.undo
      .where('deckId')
      .equals(deckId)
      .filter((entry) => entry.origin === origin)
      .last();
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

/** Whether `origin` (a tab) has an answer in `deckId` it can undo (see {@link undoLastAnswer}). */
export async function canUndoAnswer(
  db: StudyDatabase,
  { deckId, origin }: { deckId: string; origin: string },
): Promise<boolean> {
  // Newest first, stopping at the first of this tab's: this runs after every answer (a live
  // query), and the newest step is nearly always the tab's own, so one stored step is read
  // instead of all of them.
  const own = await db.undo
    .where('deckId')
    .equals(deckId)
    .reverse()
    .filter((entry) => entry.origin === origin)
    .first();
  return own !== undefined;
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
