/**
 * Decks and their options. A deck's cards live in the cards table (card-repository.ts); the deck
 * row holds what the deck list and the scheduler need: title, language, source and options.
 */
import type { DeckOptions } from '../domain/scheduling/deck-options.ts';
import type { DeckRecord, StudyDatabase } from './db.ts';

export function listDecks(db: StudyDatabase): Promise<DeckRecord[]> {
  return db.decks.orderBy('position').toArray();
}

export function getDeck(db: StudyDatabase, deckId: string): Promise<DeckRecord | undefined> {
  return db.decks.get(deckId);
}

/** Stores already validated options (see `validateDeckOptions`). */
export async function saveDeckOptions(
  db: StudyDatabase,
  deckId: string,
  options: DeckOptions,
): Promise<void> {
  const updated = await db.decks.update(deckId, { options });
  if (updated === 0) throw new Error(`Deck ${deckId} does not exist.`);
}
