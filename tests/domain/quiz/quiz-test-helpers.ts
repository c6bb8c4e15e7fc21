import type { CardKind } from '../../../src/domain/deck/deck-types.ts';
import type { QuizCard } from '../../../src/domain/quiz/quiz-types.ts';
import { bundledDecks } from '../../helpers/bundled-decks.ts';

/** The cards of a bundled deck as the quiz sees them. */
export function quizCardsOf(deckId: string): QuizCard[] {
  const deck = bundledDecks.find((entry) => entry.id === deckId);
  if (deck === undefined) throw new Error(`No bundled deck ${deckId}`);
  return deck.cards.map((card) => ({ ...card, deckId: deck.id, lang: deck.language }));
}

/** The card of `cards` whose answer is `back` (fails the test when there is none). */
export function cardByBack(cards: readonly QuizCard[], back: string): QuizCard {
  const card = cards.find((entry) => entry.back === back);
  if (card === undefined) throw new Error(`No card with the answer “${back}”`);
  return card;
}

/**
 * `text` when the deck has it (a card's answer, a definition's term, or a phrase of a card's
 * text); fails the test otherwise, so the cases stay about the real decks as they are generated.
 */
export function answerIn(cards: readonly QuizCard[], text: string): string {
  if (!cards.some((card) => card.back.includes(text) || card.front.includes(text))) {
    throw new Error(`No card has “${text}”`);
  }
  return text;
}

let counter = 0;
/** A hand-made card for small decks. */
export function quizCard(
  front: string,
  back: string,
  overrides: Partial<QuizCard> & { kind?: CardKind } = {},
): QuizCard {
  counter += 1;
  return {
    id: `t:${counter}`,
    deckId: 'test',
    lang: 'en',
    kind: 'comparison',
    front,
    back,
    lines: [counter, counter],
    ...overrides,
  };
}
