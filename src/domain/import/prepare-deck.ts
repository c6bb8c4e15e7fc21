/**
 * A generated deck made ready to be a learner's deck: identical cards merged (a document that
 * repeats itself must not give repeated cards), a deck id that no stored deck has, and the
 * learner's choices from the preview (title, language, cards kept and edited) applied.
 */
import type { Deck, DeckCard } from '../deck/deck-types.ts';

function sameText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The cards with every card that asks what an earlier one asks, with the same answer, left out
 * (letter case and spacing aside); the first keeps its place.
 *
 * @example
 * mergeIdenticalCards([card('Q', 'A'), card('q ', 'a'), card('Q', 'B')]).length // 2
 */
export function mergeIdenticalCards(cards: readonly DeckCard[]): DeckCard[] {
  const seen = new Set<string>();
  return cards.filter((card) => {
    const key = `${sameText(card.front)}\u0000${sameText(card.back)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The deck under another id, its card ids following (a card id starts with its deck's id).
 *
 * @example
 * withDeckId(deck, 'notes-2').cards[0].id // 'notes-2:faq:1a2b3c4d'
 */
export function withDeckId(deck: Deck, id: string): Deck {
  if (id === deck.id) return deck;
  const prefix = `${deck.id}:`;
  return {
    ...deck,
    id,
    cards: deck.cards.map((card) => ({
      ...card,
      id: card.id.startsWith(prefix) ? `${id}:${card.id.slice(prefix.length)}` : card.id,
    })),
  };
}

/** What the learner decided in the preview. */
export interface PreviewChoices {
  title: string;
  language: string;
  /** Ids of the cards left out. */
  excluded: ReadonlySet<string>;
  /** New texts of the cards the learner edited, by id. */
  edits: ReadonlyMap<string, Pick<DeckCard, 'front' | 'back'>>;
}

/**
 * The deck as the learner confirmed it in the preview: their title (the generated one when left
 * empty) and language, only the ticked cards, edited texts in place.
 *
 * @example
 * applyChoices(deck, { title: 'Mine', language: 'da', excluded: new Set([id]), edits: new Map() })
 */
export function applyChoices(deck: Deck, choices: PreviewChoices): Deck {
  const title = choices.title.trim();
  return {
    ...deck,
    title: title === '' ? deck.title : title,
    language: choices.language,
    cards: deck.cards
      .filter((card) => !choices.excluded.has(card.id))
      .map((card) => ({ ...card, ...choices.edits.get(card.id) })),
  };
}
