/**
 * Stores the deck the learner confirmed in the preview under an id no stored deck has, with its
 * document, in one transaction (storage/user-decks.ts).
 */
import type { Deck } from '../../domain/deck/deck-types.ts';
import { applyChoices, withDeckId, type PreviewChoices } from '../../domain/import/prepare-deck.ts';
import { db } from '../../storage/database.ts';
import { addUserDeck, freeDeckId } from '../../storage/user-decks.ts';

export async function saveDocumentDeck(
  document: { fileName: string; text: string; deck: Deck },
  choices: PreviewChoices,
  now: Date,
): Promise<Deck> {
  const chosen = applyChoices(document.deck, choices);
  const deck = withDeckId(chosen, await freeDeckId(db, chosen.id));
  // Cards the learner rewrote in the preview keep their text when the deck is regenerated.
  const edited = deck.cards
    .filter((_card, index) => choices.edits.has(chosen.cards[index]?.id ?? ''))
    .map((card) => card.id);
  const source = { fileName: document.fileName, text: document.text };
  await addUserDeck(db, deck, source, now, edited);
  return deck;
}
