import { db } from '../../../storage/database.ts';
import { clock } from '../../../config/clock.ts';
import { addCardsByHand, type AddCardsResult } from '../../../storage/hand-made-cards.ts';
import type { HandCardInput } from '../../../domain/deck/hand-made-cards.ts';

// Apart from the deck list's hooks (use-decks.ts): the parsing and storing of hand-made cards is
// only needed on a deck's page, so the first page does not carry it.

/** Stores the card(s) the "Add a card" form describes in `deckId`, new and studyable at once. */
export function addCard(deckId: string, input: HandCardInput): Promise<AddCardsResult> {
  return addCardsByHand(db, deckId, input, clock.now());
}
