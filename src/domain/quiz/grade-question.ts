/**
 * Judging the learner's response to a question, and the score and missed cards of a quiz. The
 * result items have the shape the quiz history stores, one per card asked about.
 *
 * A question scores the share of its items answered right: a matching set with five pairs of
 * six right earns 5/6, the others 1 or 0. A quiz's score is the sum of its questions' scores.
 */
import { checkTypedAnswer, type DiffPart } from './check-answer.ts';
import type { QuizQuestion, QuizResponse, Verdict } from './quiz-types.ts';

export interface ItemResult {
  readonly cardId: string;
  readonly prompt: string;
  /** The learner's answer as text; `'true'`/`'false'` for true/false, `''` when none. */
  readonly given: string;
  readonly expected: string;
  /** True/false only: the answer shown with the prompt. */
  readonly shown?: string;
  readonly verdict: Verdict;
  /** A near miss the learner counted as right ("Count as right"). */
  readonly overridden?: true;
}

export interface QuestionResult {
  /** `correct` only when every item is; `close` for a typed answer a typo away. */
  readonly verdict: Verdict;
  /** Share of the items answered right, 0–1. */
  readonly score: number;
  readonly items: readonly ItemResult[];
  /** Typed answers only: what differed (empty when right, and for a trivial wrong answer). */
  readonly diff: readonly DiffPart[];
  /** The learner counted a near miss as right (see {@link overrideNearMiss}). */
  readonly overridden?: true;
}

export interface GradeOptions {
  /** The deck's choice: ignore accents in typed answers. */
  readonly ignoreAccents: boolean;
}

/**
 * Judges `response` to `question`. Throws when the response is for another type of question,
 * which is a bug in the caller, not the learner's mistake.
 *
 * @example
 * gradeResponse(mcQuestion, { type: 'multiple-choice', choice: mcQuestion.correctIndex }, opts)
 *   .verdict; // 'correct'
 */
export function gradeResponse(
  question: QuizQuestion,
  response: QuizResponse,
  options: GradeOptions,
): QuestionResult {
  if (response.type !== question.type) {
    throw new Error(`A ${response.type} response cannot answer a ${question.type} question.`);
  }
  switch (question.type) {
    case 'multiple-choice': {
      const choice = (response as Extract<QuizResponse, { type: 'multiple-choice' }>).choice;
      const verdict = choice === question.correctIndex ? 'correct' : 'wrong';
      const item = {
        cardId: question.cardId,
        prompt: question.prompt,
        given: question.options[choice] ?? '',
        expected: question.options[question.correctIndex] ?? '',
        verdict,
      } as const;
      return { verdict, score: scoreOf(verdict), items: [item], diff: [] };
    }
    case 'true-false': {
      const value = (response as Extract<QuizResponse, { type: 'true-false' }>).value;
      const verdict = value === question.isTrue ? 'correct' : 'wrong';
      const item = {
        cardId: question.cardId,
        prompt: question.prompt,
        given: String(value),
        expected: question.answer,
        shown: question.shown,
        verdict,
      } as const;
      return { verdict, score: scoreOf(verdict), items: [item], diff: [] };
    }
    case 'typed': {
      const text = (response as Extract<QuizResponse, { type: 'typed' }>).text;
      const check = checkTypedAnswer(text, question.answer, {
        lang: question.lang,
        ignoreAccents: options.ignoreAccents,
      });
      const item = {
        cardId: question.cardId,
        prompt: question.prompt,
        given: text.trim(),
        expected: question.answer,
        verdict: check.verdict,
      };
      return {
        verdict: check.verdict,
        score: scoreOf(check.verdict),
        items: [item],
        diff: check.diff,
      };
    }
    case 'matching': {
      const pairs = (response as Extract<QuizResponse, { type: 'matching' }>).pairs;
      const items = question.items.map((item, index): ItemResult => {
        const chosen = pairs[index] ?? null;
        return {
          cardId: item.cardId,
          prompt: item.prompt,
          given: chosen === null ? '' : (question.items[chosen]?.answer ?? ''),
          expected: item.answer,
          verdict: chosen === index ? 'correct' : 'wrong',
        };
      });
      const right = items.filter((item) => item.verdict === 'correct').length;
      const verdict = right === items.length ? 'correct' : 'wrong';
      return { verdict, score: items.length === 0 ? 0 : right / items.length, items, diff: [] };
    }
  }
}

function scoreOf(verdict: Verdict): number {
  return verdict === 'correct' ? 1 : 0;
}

/**
 * A near miss ("almost") counted as right by the learner, as Quizlet's "Override": right, full
 * score, and marked as overridden so the history tells it from a plain right answer. Any other
 * result is returned as it is.
 *
 * @example
 * overrideNearMiss(closeResult); // { verdict: 'correct', score: 1, overridden: true, … }
 */
export function overrideNearMiss(result: QuestionResult): QuestionResult {
  if (result.verdict !== 'close') return result;
  return {
    verdict: 'correct',
    score: 1,
    items: result.items.map((item) => ({ ...item, verdict: 'correct', overridden: true })),
    diff: result.diff,
    overridden: true,
  };
}

export interface QuizScore {
  /** The sum of the questions' scores: questions answered right, plus shares of matching sets. */
  readonly correct: number;
  readonly total: number;
  /** Cards of items not answered right, per deck, in question order without repeats. */
  readonly missed: ReadonlyMap<string, readonly string[]>;
}

/**
 * The score of a quiz ("correct of total", where a matching set counts its share of right
 * pairs) and its missed cards per deck.
 *
 * @example
 * scoreQuiz(questions, results); // { correct: 7.5, total: 10, missed: Map { 'bpo-tr' => [...] } }
 */
export function scoreQuiz(
  questions: readonly Pick<QuizQuestion, 'deckId'>[],
  results: readonly QuestionResult[],
): QuizScore {
  const missed = new Map<string, string[]>();
  let correct = 0;
  for (const [index, result] of results.entries()) {
    correct += result.score;
    const deckId = questions[index]?.deckId;
    if (deckId === undefined) continue;
    for (const item of result.items) {
      if (item.verdict === 'correct') continue;
      const list = missed.get(deckId) ?? [];
      if (!list.includes(item.cardId)) list.push(item.cardId);
      missed.set(deckId, list);
    }
  }
  return { correct, total: questions.length, missed };
}
