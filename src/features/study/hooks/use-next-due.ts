import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../storage/database.ts';
import { nextDueDate } from '../../../storage/queue-repository.ts';

/** When the deck next has a card due (live); `undefined` while loading. */
export function useNextDue(deckId: string) {
  return useLiveQuery(() => nextDueDate(db, deckId), [deckId]);
}
