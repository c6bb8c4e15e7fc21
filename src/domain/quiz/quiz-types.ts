/**
 * The vocabulary of quizzes, shared by generation, checking, storage and the screens: question
 * types, card pools and verdicts. Pure data, no logic.
 */

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
