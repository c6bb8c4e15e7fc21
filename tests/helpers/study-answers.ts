import { createScheduler, type Grade } from '../../src/domain/scheduling/scheduler.ts';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { db as appDb } from '../../src/storage/database.ts';
import { answerCard } from '../../src/storage/study-repository.ts';

const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);

/** The origin (tab) the helpers answer as, for `undoLastAnswer`. */
export const THIS_TAB = 'this-tab';

/**
 * Answers a card of `db` as the study screen of tab `origin` would (the version it read, default
 * options).
 */
export async function answerIn(
  db: StudyDatabase,
  cardId: string,
  rating: Grade,
  now: Date,
  durationMs = 3000,
  origin = THIS_TAB,
) {
  const card = await db.cards.get(cardId);
  if (card === undefined) throw new Error(`no card ${cardId}`);
  return answerCard(db, scheduler, {
    cardId,
    expectedVersion: card.version,
    rating,
    now,
    durationMs,
    origin,
  });
}

/** Answers a card of the app's database as the study screen would, at `now`. */
export function answerAt(cardId: string, rating: Grade, now: Date, durationMs = 3000) {
  return answerIn(appDb, cardId, rating, now, durationMs);
}
