/**
 * Bulk import of review history made elsewhere (another app's export, a migration, the
 * benchmarks' large collections): cards' FSRS states and review-log rows, written with bulk
 * operations in one transaction per call. A large history goes in by chunks, one call each, so
 * every chunk lands whole or not at all and no transaction is ever opened per row.
 */
import { Dexie } from 'dexie';
import type { FsrsCard } from '../domain/scheduling/scheduler.ts';
import { fsrsFields } from '../domain/scheduling/fsrs-vocabulary.ts';
import { queueOf, type CardRecord, type ReviewLogRecord, type StudyDatabase } from './db.ts';

/** A stored card's new scheduling state; its text, flags and position stay as they are. */
export interface ImportedCardState extends FsrsCard {
  readonly id: string;
}

/** A review-log row as it will be stored (the id is assigned on writing). */
export type ImportedReview = Omit<ReviewLogRecord, 'id'>;

export interface ReviewImport {
  readonly cardStates?: readonly ImportedCardState[];
  readonly reviews?: readonly ImportedReview[];
}

export interface ReviewImportResult {
  readonly cardsUpdated: number;
  readonly reviewsAdded: number;
}

/** Shown in an error message: a few ids, then how many more. */
function listSome(ids: readonly string[]): string {
  const shown = ids.slice(0, 5).join(', ');
  return ids.length > 5 ? `${shown} and ${ids.length - 5} more` : shown;
}

function isValidDate(value: unknown): boolean {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** The first review row that cannot be stored, described; `null` when all can. */
function findBadReview(reviews: readonly ImportedReview[]): string | null {
  for (const [index, review] of reviews.entries()) {
    if (typeof review.cardId !== 'string' || review.cardId === '') {
      return `review ${index} has no card id`;
    }
    if (typeof review.deckId !== 'string' || review.deckId === '') {
      return `review ${index} (card ${review.cardId}) has no deck id`;
    }
    if (!isValidDate(review.review) || !isValidDate(review.due)) {
      return `review ${index} (card ${review.cardId}) has an invalid date`;
    }
  }
  return null;
}

/**
 * Stores imported card states and review rows in one transaction, with one bulk read and two
 * bulk writes. Each updated card gets a new `version` (an open study screen then notices) and
 * the queue its state calls for at `now`. Rejects, writing nothing, when a state or a review
 * names a card that is not stored, a review is filed under another deck than its card's, or a
 * review row lacks its ids or has an invalid date; the message names it.
 *
 * @example
 * await importReviewHistory(db, { cardStates: [{ id, ...state }], reviews: rows }, now);
 */
export async function importReviewHistory(
  db: StudyDatabase,
  input: ReviewImport,
  now: Date,
): Promise<ReviewImportResult> {
  const states = input.cardStates ?? [];
  const reviews = input.reviews ?? [];
  const badReview = findBadReview(reviews);
  if (badReview !== null) throw new Error(`Cannot import the review history: ${badReview}.`);
  return db.transaction('rw', db.cards, db.reviewLog, async () => {
    const stored = await db.cards.bulkGet(states.map((state) => state.id));
    const missing = states.filter((_, index) => stored[index] === undefined);
    if (missing.length > 0) {
      throw new Error(
        `Cannot import the review history: no such card ${listSome(missing.map((state) => state.id))}.`,
      );
    }
    const writes = states.map((state, index): CardRecord => {
      const card = stored[index] as CardRecord;
      const next = { ...card, ...fsrsFields(state) };
      return { ...next, version: card.version + 1, queue: queueOf(next, now) };
    });
    // Keys only, one index range per deck: cheap even for a 100,000-card deck's chunk.
    const idsOf = new Map<string, Set<string>>();
    for (const deckId of new Set(reviews.map((review) => review.deckId))) {
      const keys = await db.cards
        .where('[deckId+position]')
        .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
        .primaryKeys();
      idsOf.set(deckId, new Set(keys));
    }
    const misplaced = reviews.find((review) => !idsOf.get(review.deckId)?.has(review.cardId));
    if (misplaced !== undefined) {
      const card = await db.cards.get(misplaced.cardId);
      throw new Error(
        card === undefined
          ? `Cannot import the review history: a review of card ${misplaced.cardId}, which is not stored.`
          : `Cannot import the review history: a review of card ${misplaced.cardId} is filed under deck ${misplaced.deckId}, but the card is in deck ${card.deckId}.`,
      );
    }
    await db.cards.bulkPut(writes);
    await db.reviewLog.bulkAdd(reviews);
    return { cardsUpdated: writes.length, reviewsAdded: reviews.length };
  });
}
