/**
 * What exporting a deck to another app reads: the deck, its cards in document order and every
 * answer given in it, in one read transaction so the three agree with each other.
 */
import { Dexie } from 'dexie';
import { listDeckCards } from './card-repository.ts';
import type { CardRecord, DeckRecord, ReviewLogRecord, StudyDatabase } from './db.ts';

export interface DeckExport {
  readonly deck: DeckRecord;
  readonly cards: CardRecord[];
  readonly reviews: ReviewLogRecord[];
}

/** The deck with its cards and review log; `undefined` when there is no such deck. */
export function loadDeckExport(db: StudyDatabase, deckId: string): Promise<DeckExport | undefined> {
  return db.transaction('r', db.decks, db.cards, db.reviewLog, async () => {
    const deck = await db.decks.get(deckId);
    if (deck === undefined) return undefined;
    const cards = await listDeckCards(db, deckId, Infinity);
    const reviews = await db.reviewLog
      .where('[deckId+review]')
      .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
      .toArray();
    return { deck, cards, reviews };
  });
}
