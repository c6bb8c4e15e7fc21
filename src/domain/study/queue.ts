/**
 * The study queue of one deck, Anki-style: built once when a session starts, then popped. Three
 * bands, shown in this order: learning/relearning cards that are due, due reviews (most overdue
 * first), new cards in document order, within the deck's daily limits. When only learning cards
 * are left, those due within the learn-ahead window are shown early; otherwise the learner is
 * told when to come back.
 *
 * Every function returns a new queue and leaves its input alone. An answer removes the card and,
 * if it is still in (re)learning and due today, files it among the cards this session put back
 * into learning; nothing is rebuilt, and the header counts are exact after every step because
 * they are the sizes of the bands. Each band is popped from its head, so an answer copies none
 * of the cards the queue was built with, however many there are (a deck with a learning backlog
 * holds thousands); only the few put back into learning are copied.
 *
 * Input contract (what the storage layer should query, by index): the deck's non-new cards due
 * before the end of today's study day (`nextStudyDayStart`), plus its first N new cards by
 * position with N ≥ today's remaining new cards (the daily limit plus today's `extraNew`, less
 * those introduced today). Passing more is harmless (later due dates and extra new cards are
 * filtered here); suspended and buried cards are skipped here too, but if
 * the storage query does not skip them itself, the new-card slice must be larger by their number
 * or the session gets fewer new cards than the limit allows.
 *
 * Due reviews may come a page at a time, so a backlog of thousands costs no more to start than
 * a handful: pass the first page (the earliest due) with `moreReviewsDue` saying how many are
 * not in it. The queue counts them, asks for them (`load-reviews`) before it would move on to
 * new cards, and takes each further page, in due order, through {@link withMoreReviews}.
 */
import type { DeckOptions } from '../scheduling/deck-options.ts';
import { State } from '../scheduling/fsrs-vocabulary.ts';
import type { SchedulingCard } from '../scheduling/scheduler.ts';
import { MINUTE_MS } from '../time/time-units.ts';
import { newCardsLeftToday } from './extra-new-cards.ts';
import { smallestK } from './smallest.ts';
import { nextStudyDayStart } from './study-day.ts';

/** What the queue needs of a card. Stored card records fit as they are. */
export interface QueueCardInput {
  readonly id: string;
  readonly state: State;
  readonly due: Date;
  /** Document order; new cards are introduced by increasing position. */
  readonly position: number;
  readonly suspended: boolean;
  /** Hidden until this instant (e.g. a sibling was studied today); `null` when not buried. */
  readonly buriedUntil: Date | null;
}

/** Work already done in the current study day, from the review log (see {@link countToday}). */
export interface TodayCounts {
  /** Cards answered for the first time today (log rows whose state before was New). */
  readonly newIntroduced: number;
  /** Answers to review cards today (log rows whose state before was Review). */
  readonly reviewsDone: number;
}

/** A review-log row as far as today's counts are concerned. */
export interface TodayLogEntry {
  /** The card's state before the answer (ts-fsrs logs it as `state`). */
  readonly stateBefore: State;
  /** When the answer was given (ts-fsrs logs it as `review`). */
  readonly reviewedAt: Date;
}

export type QueueOptions = Pick<
  DeckOptions,
  'newPerDay' | 'reviewsPerDay' | 'nextDayStartsAt' | 'learnAheadMinutes'
>;

export interface BuildQueueInput {
  readonly cards: Iterable<QueueCardInput>;
  readonly today: TodayCounts;
  readonly options: QueueOptions;
  readonly now: Date;
  /** IANA zone for the study-day boundary; the host's zone when omitted. */
  readonly timeZone?: string;
  /**
   * Cards the learner asked to see first today ("Study the missed cards" after a quiz), in this
   * order: they go to the front, before due learning cards, whatever their due date and past the
   * new-card limit. Ids not among `cards`, and suspended or buried cards, are skipped.
   */
  readonly priority?: readonly string[];
  /**
   * Due reviews (due before the day ends) that are not in `cards` because only the first page of
   * them, by due date, was read: counted and loaded later. 0 when `cards` holds them all.
   */
  readonly moreReviewsDue?: number;
  /** New cards added to today's limit ("Study more new cards today"); 0 when omitted. */
  readonly extraNew?: number;
}

export type QueueBand = 'learning' | 'review' | 'new';

/**
 * Remaining cards for the header. `learning` counts every (re)learning card still to be shown
 * today, including those whose next step is not due yet.
 */
export interface QueueCounts {
  readonly new: number;
  readonly learning: number;
  readonly review: number;
}

interface TimedEntry {
  readonly id: string;
  readonly dueMs: number;
}

interface FrontEntry extends TimedEntry {
  readonly band: QueueBand;
}

/**
 * A session's queue. Treat it as opaque and go through this module's functions; the fields are
 * readonly and shared between successive queues.
 */
export interface StudyQueue {
  /**
   * Shown before anything else: cards put back by undo (most recent first) ahead of the
   * priority cards the queue was built with.
   */
  readonly front: readonly FrontEntry[];
  /**
   * (Re)learning cards due before `dayEnd` when the queue was built, by due date then id; those
   * before `learningHead` are done. Shown interleaved with `requeued` by due date.
   */
  readonly learning: readonly TimedEntry[];
  readonly learningHead: number;
  /** Cards this session's answers put (back) into learning, by due date then id. */
  readonly requeued: readonly TimedEntry[];
  /** Today's reviews in order; those before `reviewHead` are done. */
  readonly reviews: readonly string[];
  readonly reviewHead: number;
  /** Due reviews within today's limit still to be read into `reviews` (see withMoreReviews). */
  readonly reviewsPending: number;
  /** Today's new cards in document order; those before `newHead` are done. */
  readonly newCards: readonly string[];
  readonly newHead: number;
  /** End of the study day the queue was built for; rebuild the queue once `now` reaches it. */
  readonly dayEnd: Date;
  readonly learnAheadMs: number;
  readonly counts: QueueCounts;
}

export type NextCard =
  | { readonly kind: 'card'; readonly cardId: string; readonly band: QueueBand }
  /** The next card is a review not read yet: read the next page (withMoreReviews), then ask again. */
  | { readonly kind: 'load-reviews' }
  | { readonly kind: 'wait'; readonly until: Date }
  | { readonly kind: 'done' };

/**
 * Counts today's introduced new cards and reviews from review-log rows; rows outside
 * `[dayStart, dayEnd)` are ignored, so the storage query may be coarse.
 *
 * @example
 * const today = countToday(rows, studyDayStart(now, 4), nextStudyDayStart(now, 4));
 */
export function countToday(
  entries: Iterable<TodayLogEntry>,
  dayStart: Date,
  dayEnd: Date,
): TodayCounts {
  const from = dayStart.getTime();
  const to = dayEnd.getTime();
  let newIntroduced = 0;
  let reviewsDone = 0;
  for (const entry of entries) {
    const at = entry.reviewedAt.getTime();
    if (at < from || at >= to) continue;
    switch (entry.stateBefore) {
      case State.New:
        newIntroduced += 1;
        break;
      case State.Review:
        reviewsDone += 1;
        break;
      case State.Learning:
      case State.Relearning:
        // Learning steps are never limited, so they use up neither allowance.
        break;
    }
  }
  return { newIntroduced, reviewsDone };
}

/**
 * Builds the queue in one pass over the cards: only due reviews are sorted (and only the first
 * `reviewsPerDay − reviewsDone` of them kept), and new cards are picked by position without
 * sorting the rest. See the module comment for what `cards` must contain.
 *
 * @example
 * const queue = buildQueue({ cards, today, options: deck.options, now });
 * nextCard(queue, now); // { kind: 'card', cardId: '…', band: 'review' }
 */
export function buildQueue(input: BuildQueueInput): StudyQueue {
  const { options, now, today } = input;
  const nowMs = now.getTime();
  const dayEnd = nextStudyDayStart(now, options.nextDayStartsAt, input.timeZone);
  const dayEndMs = dayEnd.getTime();
  const newRemaining = newCardsLeftToday(
    options.newPerDay,
    input.extraNew ?? 0,
    today.newIntroduced,
  );
  const reviewsRemaining = Math.max(0, options.reviewsPerDay - today.reviewsDone);

  const learning: TimedEntry[] = [];
  const reviews = smallestK<TimedEntry>(reviewsRemaining, byDueThenId);
  const newCards = smallestK<QueueCardInput>(newRemaining, (a, b) => a.position - b.position);
  const prioritized = new Set(input.priority);
  const priorityCards = new Map<string, QueueCardInput>();

  for (const card of input.cards) {
    if (card.suspended) continue;
    if (card.buriedUntil !== null && card.buriedUntil.getTime() > nowMs) continue;
    if (prioritized.has(card.id)) {
      priorityCards.set(card.id, card);
      continue;
    }
    switch (card.state) {
      case State.New:
        newCards.offer(card);
        break;
      case State.Learning:
      case State.Relearning: {
        const dueMs = card.due.getTime();
        if (dueMs < dayEndMs) learning.push({ id: card.id, dueMs });
        break;
      }
      case State.Review: {
        const dueMs = card.due.getTime();
        if (dueMs < dayEndMs) reviews.offer({ id: card.id, dueMs });
        break;
      }
    }
  }
  learning.sort(byDueThenId);
  const dueReviews = reviews.sorted().map((entry) => entry.id);
  const reviewsPending = Math.min(
    Math.max(0, reviewsRemaining - dueReviews.length),
    Math.max(0, input.moreReviewsDue ?? 0),
  );

  const front: FrontEntry[] = [];
  for (const id of prioritized) {
    const card = priorityCards.get(id);
    if (card !== undefined) front.push({ id, dueMs: card.due.getTime(), band: bandOf(card.state) });
  }

  return withCounts({
    front,
    learning,
    learningHead: 0,
    requeued: [],
    reviews: dueReviews,
    reviewHead: 0,
    reviewsPending,
    newCards: newCards.sorted().map((card) => card.id),
    newHead: 0,
    dayEnd,
    learnAheadMs: options.learnAheadMinutes * MINUTE_MS,
  });
}

/**
 * What to show at `now`: a card undone a moment ago, else a learning card that is due, else the
 * next review, else the next new card, else a learning card due within the learn-ahead window.
 * Otherwise `wait` until the earliest learning card is due, or `done`.
 *
 * @example
 * const next = nextCard(queue, now);
 * if (next.kind === 'wait') showComeBackAt(next.until);
 */
export function nextCard(queue: StudyQueue, now: Date): NextCard {
  const undone = queue.front[0];
  if (undone !== undefined) return { kind: 'card', cardId: undone.id, band: undone.band };

  const nowMs = now.getTime();
  const learning = firstLearning(queue);
  if (learning !== undefined && learning.dueMs <= nowMs) {
    return { kind: 'card', cardId: learning.id, band: 'learning' };
  }
  const review = queue.reviews[queue.reviewHead];
  if (review !== undefined) return { kind: 'card', cardId: review, band: 'review' };
  if (queue.reviewsPending > 0) return { kind: 'load-reviews' };
  const fresh = queue.newCards[queue.newHead];
  if (fresh !== undefined) return { kind: 'card', cardId: fresh, band: 'new' };

  if (learning === undefined) return { kind: 'done' };
  if (learning.dueMs <= nowMs + queue.learnAheadMs) {
    return { kind: 'card', cardId: learning.id, band: 'learning' };
  }
  return { kind: 'wait', until: new Date(learning.dueMs) };
}

/**
 * Whether the next page of reviews should be read: some are pending and at most `lowWater` of
 * those read are left to show. Reading ahead keeps the page read off the answer's path.
 *
 * @example
 * if (needsMoreReviews(queue, 10)) void readNextPage();
 */
export function needsMoreReviews(queue: StudyQueue, lowWater: number): boolean {
  return queue.reviewsPending > 0 && queue.reviews.length - queue.reviewHead <= lowWater;
}

/**
 * The queue with the next page of due reviews (in due order, as the index gives them) added
 * after those read so far. Cards the queue already holds (answered this session, put back by
 * undo, in learning) are skipped, as are cards that are no due review; at most `reviewsPending`
 * are taken. `exhausted`: storage has no more beyond this page, so nothing stays pending.
 *
 * @example
 * queue = withMoreReviews(queue, await loadDueReviews(…), { exhausted: page.length < limit });
 */
export function withMoreReviews(
  queue: StudyQueue,
  cards: Iterable<QueueCardInput>,
  { exhausted }: { readonly exhausted: boolean },
): StudyQueue {
  const held = new Set([
    ...queue.reviews,
    ...queue.learning.slice(queue.learningHead).map((entry) => entry.id),
    ...queue.requeued.map((entry) => entry.id),
    ...queue.front.map((entry) => entry.id),
  ]);
  const added: string[] = [];
  const dayEndMs = queue.dayEnd.getTime();
  for (const card of cards) {
    if (added.length >= queue.reviewsPending) break;
    if (held.has(card.id) || card.suspended || card.state !== State.Review) continue;
    if (card.due.getTime() >= dayEndMs) continue;
    added.push(card.id);
    held.add(card.id);
  }
  return withCounts({
    ...queue,
    reviews: added.length === 0 ? queue.reviews : [...queue.reviews, ...added],
    reviewsPending: exhausted ? 0 : queue.reviewsPending - added.length,
  });
}

/**
 * The queue after a card was answered: the card leaves its band, and comes back into the
 * learning band when the answer left it in (re)learning and due before the day ends.
 *
 * @example
 * const { card } = answer(scheduler, shown, Rating.Again, now);
 * queue = afterAnswer(queue, shown.id, card);
 */
export function afterAnswer(
  queue: StudyQueue,
  answeredCardId: string,
  updated: Pick<SchedulingCard, 'state' | 'due'>,
): StudyQueue {
  const without = removeCard(queue, answeredCardId);
  const dueMs = updated.due.getTime();
  if (!isLearningState(updated.state) || dueMs >= queue.dayEnd.getTime()) {
    return withCounts(without);
  }
  return withCounts({
    ...without,
    requeued: insertSorted(without.requeued, { id: answeredCardId, dueMs }),
  });
}

/**
 * The queue without a card that is not to be shown again today (buried, suspended, deleted or
 * changed elsewhere): it leaves whichever band holds it, and the counts drop with it.
 *
 * @example
 * queue = dropCard(queue, buried.id);
 */
export function dropCard(queue: StudyQueue, cardId: string): StudyQueue {
  return withCounts(removeCard(queue, cardId));
}

/**
 * The queue after an undo restored `snapshot` (the card as it was before the undone answer): the
 * card is taken out of wherever the answer put it and shown next, in the band of its restored
 * state, so the header counts go back up too.
 *
 * @example
 * queue = undoInQueue(queue, undoRecord.before);
 * nextCard(queue, now); // { kind: 'card', cardId: undoRecord.before.id, … }
 */
export function undoInQueue(
  queue: StudyQueue,
  snapshot: Pick<SchedulingCard, 'id' | 'state' | 'due'>,
): StudyQueue {
  const without = removeCard(queue, snapshot.id);
  const entry: FrontEntry = {
    id: snapshot.id,
    dueMs: snapshot.due.getTime(),
    band: bandOf(snapshot.state),
  };
  return withCounts({ ...without, front: [entry, ...without.front] });
}

/**
 * The band a card of this state is counted in.
 *
 * @example
 * bandOf(State.Relearning); // 'learning'
 */
export function bandOf(state: State): QueueBand {
  switch (state) {
    case State.New:
      return 'new';
    case State.Learning:
    case State.Relearning:
      return 'learning';
    case State.Review:
      return 'review';
  }
}

function isLearningState(state: State): boolean {
  return bandOf(state) === 'learning';
}

/** The learning card to show first: the earlier of the built band's head and the requeued. */
function firstLearning(queue: StudyQueue): TimedEntry | undefined {
  const built = queue.learning[queue.learningHead];
  const requeued = queue.requeued[0];
  if (built === undefined || requeued === undefined) return built ?? requeued;
  return byDueThenId(requeued, built) < 0 ? requeued : built;
}

function byDueThenId(a: TimedEntry, b: TimedEntry): number {
  if (a.dueMs !== b.dueMs) return a.dueMs - b.dueMs;
  if (a.id === b.id) return 0;
  // Code-unit order: stable across locales and much cheaper than localeCompare.
  return a.id < b.id ? -1 : 1;
}

function insertSorted(entries: readonly TimedEntry[], entry: TimedEntry): TimedEntry[] {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (byDueThenId(entries[mid] as TimedEntry, entry) <= 0) low = mid + 1;
    else high = mid;
  }
  return [...entries.slice(0, low), entry, ...entries.slice(low)];
}

type QueueBody = Omit<StudyQueue, 'counts'>;

/**
 * Takes a card out of every band. The answered card is normally the head of its band, which
 * costs nothing (the head moves, the array is shared); anywhere else it costs a copy of that
 * band. The front and the requeued cards are a few, and copied.
 */
function removeCard(queue: StudyQueue, id: string): QueueBody {
  const isCard = (entry: { readonly id: string }) => entry.id === id;
  const learning = removeFromBand(queue.learning, queue.learningHead, isCard);
  const reviews = removeFromBand(queue.reviews, queue.reviewHead, (entry) => entry === id);
  const newCards = removeFromBand(queue.newCards, queue.newHead, (entry) => entry === id);
  return {
    front: queue.front.some(isCard) ? queue.front.filter((entry) => !isCard(entry)) : queue.front,
    learning: learning.entries,
    learningHead: learning.head,
    requeued: queue.requeued.some(isCard)
      ? queue.requeued.filter((entry) => !isCard(entry))
      : queue.requeued,
    reviews: reviews.entries,
    reviewHead: reviews.head,
    reviewsPending: queue.reviewsPending,
    newCards: newCards.entries,
    newHead: newCards.head,
    dayEnd: queue.dayEnd,
    learnAheadMs: queue.learnAheadMs,
  };
}

function removeFromBand<T>(
  entries: readonly T[],
  head: number,
  isCard: (entry: T) => boolean,
): { entries: readonly T[]; head: number } {
  const first = entries[head];
  if (first !== undefined && isCard(first)) return { entries, head: head + 1 };
  for (let index = head + 1; index < entries.length; index += 1) {
    if (isCard(entries[index] as T)) {
      return { entries: [...entries.slice(0, index), ...entries.slice(index + 1)], head };
    }
  }
  return { entries, head };
}

function withCounts(body: QueueBody): StudyQueue {
  let fresh = body.newCards.length - body.newHead;
  let learning = body.learning.length - body.learningHead + body.requeued.length;
  let review = body.reviews.length - body.reviewHead + body.reviewsPending;
  for (const entry of body.front) {
    switch (entry.band) {
      case 'new':
        fresh += 1;
        break;
      case 'learning':
        learning += 1;
        break;
      case 'review':
        review += 1;
        break;
    }
  }
  return { ...body, counts: { new: fresh, learning, review } };
}
