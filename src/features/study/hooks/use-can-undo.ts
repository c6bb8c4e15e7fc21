import { useLiveQuery } from 'dexie-react-hooks';
import { TAB_ORIGIN } from '../../../config/tab-origin.ts';
import { db } from '../../../storage/database.ts';
import { canUndoAnswer } from '../../../storage/study-repository.ts';

/**
 * Whether this tab has an answer in the deck to undo (live): the undo steps are stored, so after
 * a reload the last answers can still be taken back.
 */
export function useCanUndoAnswer(deckId: string | undefined): boolean {
  return useLiveQuery(
    () => (deckId === undefined ? false : canUndoAnswer(db, { deckId, origin: TAB_ORIGIN })),
    [deckId],
    false,
  );
}
