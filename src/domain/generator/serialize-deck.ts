/**
 * The on-disk form of a deck (decks/*.json). Keys are written in one fixed order whatever order
 * the object was built in, so the same deck is always the same bytes and a regenerated deck only
 * shows up in a diff when its content changed.
 */
import type { Deck, DeckCard } from '../deck/deck-types.ts';

function orderedCard(card: DeckCard): DeckCard {
  return {
    id: card.id,
    kind: card.kind,
    front: card.front,
    back: card.back,
    context: card.context,
    lines: [card.lines[0], card.lines[1]],
  };
}

/**
 * Serializes a deck as pretty-printed JSON with a final newline.
 *
 * @example
 * serializeDeck(deck).startsWith('{\n  "id": "bpo-tr",') // true
 */
export function serializeDeck(deck: Deck): string {
  const ordered: Deck = {
    id: deck.id,
    title: deck.title,
    language: deck.language,
    description: deck.description,
    source: { file: deck.source.file, sha256: deck.source.sha256 },
    generator: { version: deck.generator.version },
    cards: deck.cards.map(orderedCard),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
