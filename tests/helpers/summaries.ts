import { expect } from 'vitest';
import { digestPageCards, digestPagesOf } from '../../src/domain/stats/card-digest.ts';
import { summarizeReviews, type ReviewDay } from '../../src/domain/stats/review-days.ts';
import type { StatsCard } from '../../src/domain/stats/stats-types.ts';
import { allAnswers } from '../../src/storage/answer-log.ts';
import type { StudyDatabase } from '../../src/storage/db.ts';

const byId = (cards: StatsCard[]) => [...cards].sort((x, y) => x.id.localeCompare(y.id));

/** Review days as comparable rows, days left empty by undone answers dropped. */
function dayRows(days: readonly ReviewDay[]) {
  return days
    .map((day) => ({
      deckId: day.deckId,
      day: day.day,
      counts: [...day.counts],
      time: [...day.timeMs],
    }))
    .filter((row) => row.counts.some((count) => count > 0))
    .sort((x, y) => x.day - y.day || x.deckId.localeCompare(y.deckId));
}

/**
 * Expects `db`'s statistics summaries to equal summaries built from scratch from its cards and
 * answers (review log and blocks); returns the cards and days they hold.
 */
export async function expectSummariesInStep(db: StudyDatabase) {
  const [cards, logs, pages, days] = await Promise.all([
    db.cards.toArray(),
    allAnswers(db),
    db.cardDigest.toArray(),
    db.reviewDays.toArray(),
  ]);
  expect(byId(pages.flatMap(digestPageCards))).toEqual(
    byId(digestPagesOf(cards).flatMap(digestPageCards)),
  );
  expect(dayRows(days)).toEqual(dayRows(summarizeReviews(logs)));
  return { cards: pages.flatMap(digestPageCards), days };
}
