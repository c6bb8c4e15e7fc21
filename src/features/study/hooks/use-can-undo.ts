import { useLiveQuery } from 'dexie-react-hooks';
import { useTabOrigin } from '../../../hooks/use-tab-origin.ts';
import { db } from '../../../storage/database.ts';
import { canUndoAnswer } from '../../../storage/study-repository.ts';

/**
 * Whether this tab has an answer in the deck to undo (live): the undo steps are stored, so after
 * a reload the last answers can still be taken back.
 */
export function useCanUndoAnswer(deckId: string | undefined): boolean {
  const origin = useTabOrigin();
  return useLiveQuery(
    () => (deckId === undefined || origin === null ? false : canUndoAnswer(db, { deckId, origin })),
    [deckId, origin],
    false,
  );
}
