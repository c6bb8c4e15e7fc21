import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../storage/database.ts';
import { loadBrowseData, loadCardHistory } from '../../../storage/browse-repository.ts';

/** A deck and all its cards, live; `null` while loading, `undefined` when there is no such deck. */
export function useBrowseData(deckId: string) {
  return useLiveQuery(() => loadBrowseData(db, deckId), [deckId], null);
}

/** A card with its review history, live; `null` while loading, `undefined` when not found. */
export function useCardHistory(deckId: string, cardId: string) {
  return useLiveQuery(() => loadCardHistory(db, deckId, cardId), [deckId, cardId], null);
}
