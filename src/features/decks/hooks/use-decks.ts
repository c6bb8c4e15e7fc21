import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../storage/database.ts';
import { getDeck, listDecks, saveDeckOptions } from '../../../storage/deck-repository.ts';
import { countDeckCards, listDeckCards } from '../../../storage/card-repository.ts';
import { countDueToday } from '../../../storage/queue-repository.ts';
import { loadDeckProgress } from '../../../storage/deck-progress-repository.ts';
import { clock } from '../../../config/clock.ts';
import type { DeckOptions } from '../../../domain/scheduling/deck-options.ts';

export function useDecks() {
  return useLiveQuery(() => listDecks(db), []);
}

/** `null` while loading, `undefined` when there is no such deck. */
export function useDeck(deckId: string) {
  return useLiveQuery(() => getDeck(db, deckId), [deckId], null);
}

export function useDeckCards(deckId: string, limit: number) {
  return useLiveQuery(
    async () => ({
      cards: await listDeckCards(db, deckId, limit),
      total: await countDeckCards(db, deckId),
    }),
    [deckId, limit],
  );
}

/** Today's remaining new / learning / review counts of a deck, kept live. */
export function useDeckCounts(deckId: string) {
  return useLiveQuery(() => countDueToday(db, deckId, clock.now()), [deckId]);
}

/** A deck's cards learned of all and its 30-day true retention, kept live. */
export function useDeckProgress(deckId: string) {
  return useLiveQuery(() => loadDeckProgress(db, deckId, clock.now()), [deckId]);
}

/** Stores a deck's options (validated by the caller); the deck's live queries then update. */
export function saveOptions(deckId: string, options: DeckOptions): Promise<void> {
  return saveDeckOptions(db, deckId, options);
}
