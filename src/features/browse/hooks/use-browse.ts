import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../storage/database.ts';
import { loadBrowseData, loadCardHistory } from '../../../storage/browse-repository.ts';

/** Every deck and card, live; `null` while loading. */
export function useBrowseData() {
  return useLiveQuery(() => loadBrowseData(db), [], null);
}

/** A card with its review history, live; `null` while loading, `undefined` when not found. */
export function useCardHistory(deckId: string, cardId: string) {
  return useLiveQuery(() => loadCardHistory(db, deckId, cardId), [deckId, cardId], null);
}
