import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../storage/database.ts';
import { clock } from '../../../config/clock.ts';
import { addCardsByHand, type AddCardsResult } from '../../../storage/hand-made-cards.ts';
import type { HandCardInput } from '../../../domain/deck/hand-made-cards.ts';
import { loadBrowseData, loadCardHistory } from '../../../storage/browse-repository.ts';
import { canUndoCardAction, countReviews } from '../../../storage/card-actions.ts';
import { CardChangedError, editCardText } from '../../../storage/study-repository.ts';
import { useTabOrigin } from '../../../hooks/use-tab-origin.ts';

/** Every deck and card, live; `null` while loading. */
export function useBrowseData() {
  return useLiveQuery(() => loadBrowseData(db), [], null);
}

/** A card with its review history, live; `null` while loading, `undefined` when not found. */
export function useCardHistory(deckId: string, cardId: string) {
  return useLiveQuery(() => loadCardHistory(db, deckId, cardId), [deckId, cardId], null);
}

/** Whether this tab has a card action to undo (live; the steps outlast a reload). */
export function useCanUndoCardAction(): boolean {
  const origin = useTabOrigin();
  return useLiveQuery(
    () => (origin === null ? false : canUndoCardAction(db, origin)),
    [origin],
    false,
  );
}

/** How many reviews the cards have, for a question that names what an action deletes. */
export function countCardReviews(cardIds: readonly string[]): Promise<number> {
  return countReviews(db, cardIds);
}

/**
 * Saves a card's new text if the card is still at `version`; otherwise nothing is written and
 * the version it has now is returned, so saving again replaces what changed elsewhere.
 */
export async function saveCardText(
  cardId: string,
  version: number,
  text: { front: string; back: string },
  now: Date,
): Promise<{ saved: true } | { saved: false; version: number | undefined }> {
  try {
    await editCardText(db, cardId, version, text, now);
    return { saved: true };
  } catch (error) {
    if (!(error instanceof CardChangedError)) throw error;
    return { saved: false, version: error.current?.version };
  }
}

/** Stores the card(s) the "Add a card" form describes in `deckId`, new and studyable at once. */
export function addCard(deckId: string, input: HandCardInput): Promise<AddCardsResult> {
  return addCardsByHand(db, deckId, input, clock.now());
}
