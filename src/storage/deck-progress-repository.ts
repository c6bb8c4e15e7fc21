/**
 * Reads for the deck list's progress line: a deck's packed cards and its review days of the
 * last month (the summaries stats-summaries.ts keeps), in one read transaction. Apart from the
 * statistics' reads (stats-repository.ts) because the deck list is the first page: those need
 * each deck's FSRS weights, and with them ts-fsrs, which the deck list does not.
 */
import { Dexie, type Table } from 'dexie';
import { deckProgress, type DeckProgress } from '../domain/stats/deck-progress.ts';
import { reviewDayNumber } from '../domain/stats/review-days.ts';
import { DAY_MS } from '../domain/time/time-units.ts';
import type { StudyDatabase } from './db.ts';

/** A table's records of one deck, for tables keyed by `[deckId+…]`. */
export function ofDeck<T>(table: Table<T, [string, number]>, deckId: string) {
  return table.where(':id').between([deckId, Dexie.minKey], [deckId, Dexie.maxKey]).toArray();
}

/**
 * A deck's cards learned of all and its true retention over the last 30 study days (by the
 * deck's day boundary); `undefined` when the deck does not exist. Reads the deck's packed cards
 * and the review days of the last 31 days.
 */
export async function loadDeckProgress(
  db: StudyDatabase,
  deckId: string,
  now: Date,
): Promise<DeckProgress | undefined> {
  return db.transaction('r', db.decks, db.cardDigest, db.reviewDays, async () => {
    const deck = await db.decks.get(deckId);
    if (deck === undefined) return undefined;
    // 31 days back covers 30 study days whatever the hour and daylight-saving changes; the
    // domain function counts exactly by study day.
    const since = reviewDayNumber(new Date(now.getTime() - 31 * DAY_MS));
    const [cardPages, reviewDays] = await Promise.all([
      ofDeck(db.cardDigest, deckId),
      db.reviewDays.where(':id').between([deckId, since], [deckId, Dexie.maxKey]).toArray(),
    ]);
    return deckProgress(cardPages, reviewDays, {
      now,
      dayStartHour: deck.options.nextDayStartsAt,
    });
  });
}
