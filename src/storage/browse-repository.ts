/**
 * Reads for the card browser and a card's page: a deck with all its cards (the browser filters
 * and sorts them in memory, see domain/stats/card-browser.ts), and one card with its whole review
 * history from the review log's `cardId` index.
 */
import type { CardRecord, DeckRecord, ReviewLogRecord, StudyDatabase } from './db.ts';

export interface BrowseData {
  readonly deck: DeckRecord;
  /** In document order. */
  readonly cards: CardRecord[];
}

/** A deck and all its cards; `undefined` when the deck does not exist. */
export async function loadBrowseData(
  db: StudyDatabase,
  deckId: string,
): Promise<BrowseData | undefined> {
  return db.transaction('r', db.decks, db.cards, async () => {
    const deck = await db.decks.get(deckId);
    if (deck === undefined) return undefined;
    const cards = await db.cards.where('deckId').equals(deckId).toArray();
    return { deck, cards: cards.sort((a, b) => a.position - b.position) };
  });
}

export interface CardHistory {
  readonly deck: DeckRecord;
  readonly card: CardRecord;
  /** Every answer to the card, oldest first. */
  readonly logs: ReviewLogRecord[];
}

/**
 * A card of `deckId` with its review history; `undefined` when there is no such card in that
 * deck (a card id from another deck in the address is not shown under this one).
 */
export async function loadCardHistory(
  db: StudyDatabase,
  deckId: string,
  cardId: string,
): Promise<CardHistory | undefined> {
  return db.transaction('r', db.decks, db.cards, db.reviewLog, async () => {
    const [deck, card] = await Promise.all([db.decks.get(deckId), db.cards.get(cardId)]);
    if (deck === undefined || card?.deckId !== deckId) return undefined;
    const logs = await db.reviewLog.where('cardId').equals(cardId).sortBy('review');
    return { deck, card, logs };
  });
}
