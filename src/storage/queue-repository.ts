/**
 * What a deck's study queue is built from, read by index: today's learning cards, due reviews a
 * page at a time, the first new cards, the deck's priority list; and from that the counts the
 * deck list shows and the deck's next due date. Reads only — the writes are in
 * study-repository.ts — so the deck list (the first page) does not load the scheduler.
 */
import { Dexie } from 'dexie';
import {
  buildQueue,
  countToday,
  type BuildQueueInput,
  type QueueCounts,
  type TodayCounts,
} from '../domain/study/queue.ts';
import { extraNewToday, newCardsLeftToday, withExtraNew } from '../domain/study/extra-new-cards.ts';
import { nextStudyDayStart, studyDayStart } from '../domain/study/study-day.ts';
import { answersOfDeck, isAnswer } from './answer-log.ts';
import { Queue, type CardRecord, type DeckRecord, type StudyDatabase } from './db.ts';
import { readSetting, SETTINGS, writeSetting } from './settings.ts';

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
  /** New cards added to today's limit, for `buildQueue`'s `extraNew`. */
  extraNew: number;
}

/** Where the next page of due reviews starts: after `seen` cards due exactly at `due`. */
export interface ReviewCursor {
  readonly due: Date;
  readonly seen: number;
}

/** The deck's priority list (see `SETTINGS.studyPriority`); empty when none or malformed. */
export async function readStudyPriority(db: StudyDatabase, deckId: string): Promise<string[]> {
  return (await readSetting(db, SETTINGS.studyPriority(deckId))) ?? [];
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
  const tables = [db.decks, db.cards, db.reviewLog, db.logBlocks, db.settings];
  return db.transaction('r', tables, async () => {
    const deck = await db.decks.get(deckId);
    if (deck === undefined) return undefined;
    const { newPerDay, reviewsPerDay, nextDayStartsAt } = deck.options;
    const dayStart = studyDayStart(now, nextDayStartsAt);
    const dayEnd = nextStudyDayStart(now, nextDayStartsAt);
    const logs = await answersOfDeck(db, deckId, dayStart, dayEnd);
    const today = countToday(
      // A reset or reschedule by hand (a Manual row) uses up no allowance.
      logs.flatMap((log) =>
        isAnswer(log) ? [{ stateBefore: log.state, reviewedAt: log.review }] : [],
      ),
      dayStart,
      dayEnd,
    );
    const extraNew = extraNewToday(await readSetting(db, SETTINGS.extraNewCards(deckId)), dayStart);
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
        .limit(newCardsLeftToday(newPerDay, extraNew, today.newIntroduced))
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
      extraNew,
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

/** Today's remaining new / learning / review counts of a deck, exactly as a session would show. */
export async function countDueToday(
  db: StudyDatabase,
  deckId: string,
  now: Date,
): Promise<QueueCounts | undefined> {
  const data = await loadStudyData(db, deckId, now);
  return data === undefined ? undefined : buildQueue(queueInputOf(data, now)).counts;
}

/** What `buildQueue` (or a study session) takes from the study data read at `now`. */
export function queueInputOf(
  data: StudyData,
  now: Date,
): BuildQueueInput & { readonly cards: CardRecord[] } {
  return {
    cards: data.cards,
    today: data.today,
    options: data.deck.options,
    now,
    priority: data.priority,
    moreReviewsDue: data.moreReviewsDue,
    extraNew: data.extraNew,
  };
}

/**
 * "Study more new cards today": adds `more` new cards to the deck's limit for the study day of
 * `now` only (the next day starts from the deck's own limit again).
 */
export async function addExtraNewCards(
  db: StudyDatabase,
  deckId: string,
  more: number,
  now: Date,
): Promise<void> {
  await db.transaction('rw', db.decks, db.settings, async () => {
    const deck = await db.decks.get(deckId);
    if (deck === undefined) throw new Error(`Deck ${deckId} does not exist.`);
    const setting = SETTINGS.extraNewCards(deckId);
    const dayStart = studyDayStart(now, deck.options.nextDayStartsAt);
    await writeSetting(db, setting, withExtraNew(await readSetting(db, setting), dayStart, more));
  });
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

/** What the end of a session offers next (see `loadNextSteps`). */
export interface NextSteps {
  /** The deck's cards buried now, which "unbury" brings back today. */
  readonly buriedIds: string[];
  /** Learning and review cards of the deck that come due during the next study day. */
  readonly dueTomorrow: number;
  /** The first other deck (in list order) with cards to study now. */
  readonly nextDeck: Pick<DeckRecord, 'id' | 'title' | 'language'> | null;
  /** The deck's new cards not studied yet (suspended and buried ones aside). */
  readonly newLeft: number;
}

/** The next useful steps after a session of `deckId` ends at `now`. */
export async function loadNextSteps(
  db: StudyDatabase,
  deckId: string,
  now: Date,
): Promise<NextSteps | undefined> {
  const deck = await db.decks.get(deckId);
  if (deck === undefined) return undefined;
  const dayEnd = nextStudyDayStart(now, deck.options.nextDayStartsAt);
  const tomorrowEnd = nextStudyDayStart(
    new Date(dayEnd.getTime() + 1),
    deck.options.nextDayStartsAt,
  );
  const byDue = db.cards.where('[deckId+queue+due]');
  const [buried, learning, review, decks, newLeft] = await Promise.all([
    byDue.between(...deckQueueRange(deckId, Queue.Buried, Dexie.maxKey)).toArray(),
    byDue.between([deckId, Queue.Learning, dayEnd], [deckId, Queue.Learning, tomorrowEnd]).count(),
    byDue.between([deckId, Queue.Review, dayEnd], [deckId, Queue.Review, tomorrowEnd]).count(),
    db.decks.orderBy('position').toArray(),
    byDue.between(...deckQueueRange(deckId, Queue.New, Dexie.maxKey)).count(),
  ]);
  let nextDeck: NextSteps['nextDeck'] = null;
  for (const other of decks) {
    if (other.id === deckId) continue;
    const counts = await countDueToday(db, other.id, now);
    if (counts !== undefined && counts.new + counts.learning + counts.review > 0) {
      nextDeck = { id: other.id, title: other.title, language: other.language };
      break;
    }
  }
  return {
    buriedIds: buried
      .filter((card) => card.buriedUntil !== null && card.buriedUntil > now)
      .map((card) => card.id),
    dueTomorrow: learning + review,
    nextDeck,
    newLeft,
  };
}
