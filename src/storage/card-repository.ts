/**
 * Reads of cards for display: a deck's cards in document order, a page at a time, and counts.
 * Writes that change scheduling go through study-repository.ts, which checks versions.
 */
import { Dexie } from 'dexie';
import type { CardRecord, StudyDatabase } from './db.ts';

/** The first `limit` cards of a deck in document order. */
export function listDeckCards(
  db: StudyDatabase,
  deckId: string,
  limit: number,
): Promise<CardRecord[]> {
  return db.cards
    .where('[deckId+position]')
    .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
    .limit(limit)
    .toArray();
}

export function countDeckCards(db: StudyDatabase, deckId: string): Promise<number> {
  return db.cards.where('deckId').equals(deckId).count();
}
