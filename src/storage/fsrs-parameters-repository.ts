/**
 * What "Optimize" reads and writes: a deck's review history as the optimizer takes it, the
 * number of reviews (to suggest optimizing again once it has doubled), and the fitted
 * parameters, stored inside the deck's options so backups and the scheduler carry them.
 */
import { answersOfDeck, countAnswers } from './answer-log.ts';
import type { FittedParameters } from '../domain/scheduling/fsrs-parameters.ts';
import type { ReviewHistoryRow } from '../domain/scheduling/optimizer.ts';
import type { StudyDatabase } from './db.ts';

/** Every answer given in the deck, slimmed to what the optimizer reads, in time order. */
export async function loadReviewHistory(
  db: StudyDatabase,
  deckId: string,
): Promise<ReviewHistoryRow[]> {
  const rows = await db.transaction('r', db.reviewLog, db.logBlocks, () =>
    answersOfDeck(db, deckId),
  );
  return rows.map(({ cardId, rating, state, review }) => ({ cardId, rating, state, review }));
}

/** How many rows the deck's log holds (review-log rows and the answers of its blocks). */
export function countDeckReviews(db: StudyDatabase, deckId: string): Promise<number> {
  return db.transaction('r', db.reviewLog, db.logBlocks, () => countAnswers(db, deckId, true));
}

/**
 * Stores fitted parameters in the deck's options, leaving every other option as it is (read and
 * written in one transaction, so an options form saved meanwhile is not undone).
 */
export async function saveFittedParameters(
  db: StudyDatabase,
  deckId: string,
  fitted: FittedParameters,
): Promise<void> {
  await db.transaction('rw', db.decks, async () => {
    const deck = await db.decks.get(deckId);
    if (deck === undefined) throw new Error(`Deck ${deckId} does not exist.`);
    await db.decks.update(deckId, { options: { ...deck.options, fsrsParameters: fitted } });
  });
}
