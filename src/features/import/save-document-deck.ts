/**
 * Stores the deck the learner confirmed in the preview under an id no stored deck has, with its
 * document (none for a shared deck file), in one transaction (storage/user-decks.ts); and
 * applies a shared deck file to the stored deck with its id. A card list's deck is stored the
 * same way, without a document (it is not regenerated: its cards are the learner's own).
 */
import type { Deck } from '../../domain/deck/deck-types.ts';
import { tableDeck, type CardTable, type TableChoices } from '../../domain/import/card-table.ts';
import { applyChoices, withDeckId, type PreviewChoices } from '../../domain/import/prepare-deck.ts';
import { db } from '../../storage/database.ts';
import type { CardSyncCounts } from '../../storage/deck-sync.ts';
import { addUserDeck, freeDeckId, updateUserDeck } from '../../storage/user-decks.ts';

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
  const source = document.text === '' ? null : { fileName: document.fileName, text: document.text };
  await addUserDeck(db, deck, source, now, edited);
  return deck;
}

/** Updates the stored deck with the id of a shared deck file, by deck sync's rules. */
export function applySharedUpdate(deck: Deck, now: Date): Promise<CardSyncCounts> {
  return updateUserDeck(db, deck, null, now);
}

/** Stores a card list's deck as the learner read it in the preview, under their title. */
export function saveTableDeck(
  list: { fileName: string; table: CardTable },
  title: string,
  choices: TableChoices,
  now: Date,
): Promise<Deck> {
  const deck = tableDeck(list.table, choices, list.fileName);
  if (deck.cards.length === 0)
    throw new Error('These columns give no card with a front and a back.');
  const keepAll = { title, language: deck.language, excluded: new Set<string>(), edits: new Map() };
  return saveDocumentDeck({ fileName: list.fileName, text: '', deck }, keepAll, now);
}
