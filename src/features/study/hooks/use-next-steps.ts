import { useLiveQuery } from 'dexie-react-hooks';
import { clock } from '../../../config/clock.ts';
import { db } from '../../../storage/database.ts';
import { loadNextSteps } from '../../../storage/queue-repository.ts';

/** What the session end offers next (live); `undefined` while loading or without the deck. */
export function useNextSteps(deckId: string) {
  return useLiveQuery(() => loadNextSteps(db, deckId, clock.now()), [deckId]);
}
