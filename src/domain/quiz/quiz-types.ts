/**
 * The vocabulary of quizzes, shared by generation, checking, storage and the screens: question
 * types, card pools, verdicts, the questions a quiz is made of and the learner's responses.
 * Pure data, no logic.
 */
import type { CardKind } from '../deck/deck-types.ts';

/** The four kinds of question, in the order the setup screen lists them. */
export const QUESTION_TYPES = ['multiple-choice', 'true-false', 'typed', 'matching'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

/**
 * Which cards a quiz asks about: every card, only cards studied at least once, or the weakest
 * studied cards (lowest current retrievability, then most lapses).
 */
export const QUIZ_POOLS = ['all', 'studied', 'weakest'] as const;
export type QuizPool = (typeof QUIZ_POOLS)[number];

/**
 * How an answer was judged. `close` is a typed answer a small edit away from the right one: it is
 * shown with a character diff and counts as missed, so the card can be studied again.
 */
export type Verdict = 'correct' | 'close' | 'wrong';

/** What a quiz needs of a card. Stored card records fit, plus their deck's language. */
export interface QuizCard {
  readonly id: string;
  readonly deckId: string;
  /** The deck's BCP-47 language: case folding and the `lang` of the text on screen. */
  readonly lang: string;
  readonly kind: CardKind;
  readonly front: string;
  readonly back: string;
  /** 1-based line range in the source document: cards close together share a section. */
  readonly lines: readonly [number, number];
}

interface QuestionBase {
  readonly deckId: string;
  readonly lang: string;
}

/** Pick the one right answer of four. */
export interface MultipleChoiceQuestion extends QuestionBase {
  readonly type: 'multiple-choice';
  readonly cardId: string;
  readonly prompt: string;
  readonly options: readonly string[];
  readonly correctIndex: number;
}

/** Is `shown` the answer to `prompt`? It is the card's own answer or a distractor's. */
export interface TrueFalseQuestion extends QuestionBase {
  readonly type: 'true-false';
  readonly cardId: string;
  readonly prompt: string;
  readonly shown: string;
  readonly answer: string;
  readonly isTrue: boolean;
}

/** Type the short answer (a hidden term, list item or table cell). */
export interface TypedQuestion extends QuestionBase {
  readonly type: 'typed';
  readonly cardId: string;
  readonly prompt: string;
  readonly answer: string;
}

/** Match 4–6 prompts with their answers, shown in another order. */
export interface MatchingQuestion extends QuestionBase {
  readonly type: 'matching';
  readonly items: readonly {
    readonly cardId: string;
    readonly prompt: string;
    readonly answer: string;
  }[];
  /** Display order of the answers: `answerOrder[k]` is the index of the item whose answer is k-th. */
  readonly answerOrder: readonly number[];
}

export type QuizQuestion =
  MultipleChoiceQuestion | TrueFalseQuestion | TypedQuestion | MatchingQuestion;

/**
 * The learner's answer to one question. For matching, `pairs[i]` is the item index whose answer
 * the learner matched to item i (`null` when left unmatched).
 */
export type QuizResponse =
  | { readonly type: 'multiple-choice'; readonly choice: number }
  | { readonly type: 'true-false'; readonly value: boolean }
  | { readonly type: 'typed'; readonly text: string }
  | { readonly type: 'matching'; readonly pairs: readonly (number | null)[] };
