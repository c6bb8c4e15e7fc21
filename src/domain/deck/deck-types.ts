/**
 * The deck format written by the generator (decks/*.json) and loaded into the app.
 * Card ids are stable across regenerations: they derive from the deck id, the card's kind and
 * its source anchor, so an unchanged card keeps its id (and so its scheduling history).
 */

export const CARD_KINDS = ['definition', 'highlight', 'faq', 'list', 'comparison'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export interface DeckCard {
  /** Stable id: `${deckId}:${kind}:${hash of the source anchor}`. */
  id: string;
  kind: CardKind;
  front: string;
  back: string;
  /** Extra text shown with the answer (e.g. the full sentence of a cloze), may be empty. */
  context: string;
  /** 1-based, inclusive line range of the source document the card came from. */
  lines: [from: number, to: number];
  /** The learner's tags, from an imported card list; generated cards have none. */
  tags?: string[];
}

export interface Deck {
  /** Readable slug, e.g. `bpo-tr`. */
  id: string;
  title: string;
  /** BCP-47 language code detected from the text, e.g. `tr`, `da`, `sk`. */
  language: string;
  description: string;
  source: { file: string; sha256: string };
  generator: { version: string };
  cards: DeckCard[];
}
