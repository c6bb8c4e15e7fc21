/**
 * Reads for the card browser and a card's page: every deck with every card (the browser filters
 * and sorts them in memory, see domain/stats/card-browser.ts), and one card with its whole review
 * history (answer-log.ts).
 */
import { answersOfCards, isAnswer, type StoredAnswer } from './answer-log.ts';
import type { CardRecord, DeckRecord, StudyDatabase } from './db.ts';

export interface BrowseData {
  /** In display order. */
  readonly decks: DeckRecord[];
  /** Grouped by deck, each deck's in document order. */
  readonly cards: CardRecord[];
}

/** Every deck and every card of the collection. */
export async function loadBrowseData(db: StudyDatabase): Promise<BrowseData> {
  return db.transaction('r', db.decks, db.cards, async () => {
    const [decks, cards] = await Promise.all([
      db.decks.orderBy('position').toArray(),
      db.cards.orderBy('[deckId+position]').toArray(),
    ]);
    return { decks, cards };
  });
}

export interface CardHistory {
  readonly deck: DeckRecord;
  readonly card: CardRecord;
  /**
   * Every answer to the card and every reset or reschedule by hand (Manual rows, which Anki's
   * card info lists too), oldest first.
   */
  readonly logs: StoredAnswer[];
  /** How many of `logs` are answers: the card's reviews. */
  readonly reviews: number;
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
  return db.transaction('r', db.decks, db.cards, db.reviewLog, db.logBlocks, async () => {
    const [deck, card] = await Promise.all([db.decks.get(deckId), db.cards.get(cardId)]);
    if (deck === undefined || card?.deckId !== deckId) return undefined;
    const logs = await answersOfCards(db, [cardId]);
    return { deck, card, logs, reviews: logs.filter(isAnswer).length };
  });
}
