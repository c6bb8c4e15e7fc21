import { useLiveQuery } from 'dexie-react-hooks';
import { clock } from '../../../config/clock.ts';
import { db } from '../../../storage/database.ts';
import { addExtraNewCards, loadNextSteps } from '../../../storage/queue-repository.ts';
import { applyCardAction } from '../../../storage/card-actions.ts';

/** What the session end offers next (live); `undefined` while loading or without the deck. */
export function useNextSteps(deckId: string) {
  return useLiveQuery(() => loadNextSteps(db, deckId, clock.now()), [deckId]);
}

/** Takes the given buried cards out of hiding, so they can be studied today. */
export function unburyCards(cardIds: readonly string[], now: Date): Promise<unknown> {
  return applyCardAction(db, cardIds, { type: 'bury', until: null }, now);
}

/** "Study more new cards today": `more` new cards on top of the deck's limit, today only. */
export function studyMoreNewCards(deckId: string, more: number, now: Date): Promise<void> {
  return addExtraNewCards(db, deckId, more, now);
}
