/**
 * A study session as data: the queue, the cards read so far and the answers given. Each function
 * takes a session and returns the next one, leaving its input alone, so the study screen's store
 * only decides which session is current and what to show; everything that happens to a session
 * is here and testable without React or storage.
 *
 * A session may carry more fields than {@link StudySession} (the store adds the deck, its
 * scheduler and where the next page of reviews starts): every function keeps them.
 */
import {
  afterAnswer,
  buildQueue,
  dropCard,
  undoInQueue,
  withMoreReviews,
  type BuildQueueInput,
  type QueueCardInput,
  type StudyQueue,
} from './queue.ts';
import { SessionCards } from './session-cards.ts';
import type { SessionAnswer } from './session-summary.ts';

/** What a session needs of a card: what the queue reads, and the version writes check. */
export interface SessionCard extends QueueCardInput {
  readonly version: number;
}

export interface StudySession<C extends SessionCard> {
  readonly queue: StudyQueue;
  /** The cards read so far: the queue's learning, new and priority cards and pages of reviews. */
  readonly cards: SessionCards<C>;
  /** This session's answers, oldest first, for the summary and for undo. */
  readonly answers: readonly SessionAnswer[];
}

/** A page of due reviews read after the session started (see `withMoreReviews`). */
export interface ReviewPage<C extends SessionCard> {
  readonly cards: readonly C[];
  /** Storage holds no more due reviews beyond this page. */
  readonly exhausted: boolean;
}

/**
 * A new session over `input.cards`, its queue built once (see `buildQueue`).
 *
 * @example
 * const session = startSession({ cards, today, options: deck.options, now });
 * nextCard(session.queue, now);
 */
export function startSession<C extends SessionCard>(
  input: Omit<BuildQueueInput, 'cards'> & { readonly cards: readonly C[] },
): StudySession<C> {
  return {
    queue: buildQueue(input),
    cards: SessionCards.of(input.cards),
    answers: [],
  };
}

/**
 * The session after `answered` (the card as stored after the answer) was given `answer`: the
 * card is updated, leaves the queue or goes back into learning, and the answer is counted.
 *
 * @example
 * session = recordAnswer(session, stored, { cardId: stored.id, rating: Rating.Good, durationMs });
 */
export function recordAnswer<C extends SessionCard, S extends StudySession<C>>(
  session: S,
  answered: C,
  answer: SessionAnswer,
): S {
  return {
    ...session,
    cards: session.cards.with(answered),
    queue: afterAnswer(session.queue, answered.id, answered),
    answers: [...session.answers, answer],
  };
}

/**
 * The session after `card` (as stored now) was buried or suspended: kept up to date, but not
 * shown again in this session.
 *
 * @example
 * session = withCardDropped(session, buried);
 */
export function withCardDropped<C extends SessionCard, S extends StudySession<C>>(
  session: S,
  card: C,
): S {
  return {
    ...session,
    cards: session.cards.with(card),
    queue: dropCard(session.queue, card.id),
  };
}

/**
 * The session after a write found `cardId` changed elsewhere (answered, edited or deleted in
 * another tab): `current` is the card as stored now, `undefined` when it is gone. A card that
 * still needs learning today goes back into the learning band; otherwise it is not shown again.
 *
 * @example
 * session = reconcileConflict(session, error.cardId, error.current);
 */
export function reconcileConflict<C extends SessionCard, S extends StudySession<C>>(
  session: S,
  cardId: string,
  current: C | undefined,
): S {
  if (current === undefined) {
    return {
      ...session,
      cards: session.cards.without(cardId),
      queue: dropCard(session.queue, cardId),
    };
  }
  return {
    ...session,
    cards: session.cards.with(current),
    queue: afterAnswer(session.queue, cardId, current),
  };
}

/**
 * The session with a card's newer stored version (e.g. its edited text), the queue unchanged.
 *
 * @example
 * session = withCardUpdated(session, edited);
 */
export function withCardUpdated<C extends SessionCard, S extends StudySession<C>>(
  session: S,
  card: C,
): S {
  return { ...session, cards: session.cards.with(card) };
}

/**
 * The session with the next page of due reviews: cards it holds already keep their version (the
 * session's is the one the screen showed), the others are added, and the queue takes the page.
 *
 * @example
 * session = addReviewPage(session, { cards: page.cards, exhausted: page.exhausted });
 */
export function addReviewPage<C extends SessionCard, S extends StudySession<C>>(
  session: S,
  page: ReviewPage<C>,
): S {
  const added = page.cards.filter((card) => session.cards.get(card.id) === undefined);
  return {
    ...session,
    cards: session.cards.with(...added),
    queue: withMoreReviews(session.queue, page.cards, page),
  };
}

/**
 * The session after undo put `restored` back as it was before its last answer in this session:
 * the card is shown next and that answer no longer counts.
 *
 * @example
 * session = undoAnswer(session, result.card);
 */
export function undoAnswer<C extends SessionCard, S extends StudySession<C>>(
  session: S,
  restored: C,
): S {
  const index = session.answers.findLastIndex((entry) => entry.cardId === restored.id);
  return {
    ...session,
    cards: session.cards.with(restored),
    queue: undoInQueue(session.queue, restored),
    answers: session.answers.filter((_, position) => position !== index),
  };
}
