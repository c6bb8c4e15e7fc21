import type { QuestionResult } from '../../../domain/quiz/grade-question.ts';
import type { QuizQuestion } from '../../../domain/quiz/quiz-types.ts';

/**
 * What every question view takes. Its own module, so the views and the `QuestionView` that
 * chooses among them do not import each other.
 */
export interface QuestionViewProps<Q extends QuizQuestion = QuizQuestion> {
  question: Q;
  /** The judged answer once given; the question is then read-only. */
  result: QuestionResult | null;
}

/**
 * The id of the element every view shows its question in (the prompt, or a matching set's
 * instructions): the description of the question box that takes the focus (see QuizRun).
 */
export const QUESTION_PROMPT_ID = 'quiz-question-prompt';
