/**
 * A learner's document → its deck: the generator (domain/generator, unchanged) and then the
 * merging of identical cards. Its own module because it pulls in the whole generator: the
 * worker loads it; the preview screen, which needs only prepare-deck.ts, does not.
 */
import type { Deck } from '../deck/deck-types.ts';
import { generateDeck } from '../generator/generate-deck.ts';
import { DeckGenerationError } from '../generator/generator-error.ts';
import { mergeIdenticalCards } from './prepare-deck.ts';
import type { DocumentProblem } from './read-document.ts';
import { skippedSections, type SkippedSection } from './skipped-sections.ts';

/** A document's deck, identical cards merged, and its sections that gave none; or why not. */
export type PreparedDeck =
  | { ok: true; deck: Deck; merged: number; skipped: SkippedSection[] }
  | { ok: false; problem: DocumentProblem };

const GENERATOR_PROBLEMS = { empty: 'empty', binary: 'binary', 'no-cards': 'noCards' } as const;

/**
 * Generates the deck of a learner's document and merges its identical cards; the generator's
 * refusals come back as problems, anything else is thrown.
 *
 * @example
 * await prepareDeck('Just prose.', 'notes.md') // { ok: false, problem: 'noCards' }
 */
export async function prepareDeck(text: string, fileName: string): Promise<PreparedDeck> {
  try {
    const deck = await generateDeck(text, fileName);
    const cards = mergeIdenticalCards(deck.cards);
    return {
      ok: true,
      deck: { ...deck, cards },
      merged: deck.cards.length - cards.length,
      skipped: skippedSections(text, deck.cards),
    };
  } catch (error) {
    if (error instanceof DeckGenerationError) {
      return { ok: false, problem: GENERATOR_PROBLEMS[error.code] };
    }
    throw error;
  }
}
