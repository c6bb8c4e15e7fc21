/**
 * This app's review log as Anki's `revlog`: one row per answer, id = the answer's time in
 * milliseconds (made unique), the grade as `ease`, the interval the answer gave and the one
 * before it, and the answer time capped at 60 s as Anki caps it.
 */
import { Rating, State } from '../scheduling/fsrs-vocabulary.ts';
import { DAY_MS, SECOND_MS } from '../time/time-units.ts';
import type { AnkiRevlogRow, ExportCard, ExportReview } from './anki-rows.ts';
import { ANKI_DEFAULT_FACTOR } from './card-schedule.ts';

/** Anki records at most 60 seconds per answer (its default "maximum answer seconds"). */
export const MAX_ANSWER_MS = 60_000;

/** Anki's revlog types. */
const RevlogType = { Learn: 0, Review: 1, Relearn: 2, Manual: 4 } as const;

function revlogType(review: ExportReview): number {
  if (review.rating === Rating.Manual) return RevlogType.Manual;
  switch (review.state) {
    case State.New:
    case State.Learning:
      return RevlogType.Learn;
    case State.Review:
      return RevlogType.Review;
    case State.Relearning:
      return RevlogType.Relearn;
  }
}

/**
 * The interval an answer gave, as Anki logs it: whole days (at least 1) when the card went to
 * review, else negative seconds (a learning step).
 */
function loggedInterval(answeredAt: Date, nextDue: Date, nextState: State): number {
  const ms = Math.max(0, nextDue.getTime() - answeredAt.getTime());
  if (nextState === State.Review) return Math.max(1, Math.round(ms / DAY_MS));
  return -Math.round(ms / SECOND_MS);
}

/**
 * The revlog rows of `reviews` (any order) for the cards in `ankiIds` (reviews of other cards
 * are left out). The state an answer led to is the state the next answer of the card found, or
 * for its last answer the card's current state.
 *
 * @example
 * revlogRows(cards, reviews, new Map([['deck:faq:1', 1700000000000]]))
 * // [{ id: 1764403200000, cid: 1700000000000, ease: 3, ivl: -600, lastIvl: 0, type: 0, … }]
 */
export function revlogRows(
  cards: readonly ExportCard[],
  reviews: readonly ExportReview[],
  ankiIds: ReadonlyMap<string, number>,
): AnkiRevlogRow[] {
  const cardById = new Map(cards.map((card) => [card.id, card]));
  const byCard = new Map<string, ExportReview[]>();
  for (const review of reviews) {
    if (!ankiIds.has(review.cardId)) continue;
    const list = byCard.get(review.cardId);
    if (list === undefined) byCard.set(review.cardId, [review]);
    else list.push(review);
  }
  const rows: AnkiRevlogRow[] = [];
  for (const [cardId, list] of byCard) {
    const card = cardById.get(cardId);
    const cid = ankiIds.get(cardId);
    if (card === undefined || cid === undefined) continue;
    list.sort((a, b) => a.review.getTime() - b.review.getTime());
    let lastIvl = 0;
    list.forEach((review, index) => {
      const next = list[index + 1];
      const ivl = loggedInterval(review.review, next?.due ?? card.due, next?.state ?? card.state);
      rows.push({
        id: review.review.getTime(),
        cid,
        usn: -1,
        ease: review.rating,
        ivl,
        lastIvl,
        factor: review.state === State.New ? 0 : ANKI_DEFAULT_FACTOR,
        time: Math.min(MAX_ANSWER_MS, Math.max(0, Math.round(review.durationMs))),
        type: revlogType(review),
      });
      lastIvl = ivl;
    });
  }
  // Anki's revlog id is the answer's time and its primary key: answers in the same millisecond
  // move one millisecond apart, in time order.
  rows.sort((a, b) => a.id - b.id || a.cid - b.cid);
  let previous = -Infinity;
  return rows.map((row) => {
    const id = Math.max(row.id, previous + 1);
    previous = id;
    return id === row.id ? row : { ...row, id };
  });
}
