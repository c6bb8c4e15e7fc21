import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../storage/database.ts';
import { getDeckSource } from '../../../storage/user-decks.ts';

/** The stored document of a learner's deck: `null` while loading, `undefined` when it has none. */
export function useDeckSource(deckId: string) {
  return useLiveQuery(() => getDeckSource(db, deckId), [deckId], null);
}
