/**
 * A deck's quiz history as a series for the "score over time" chart and table.
 */

export interface QuizOutcome {
  readonly finishedAt: Date;
  readonly correct: number;
  readonly total: number;
}

export interface ScorePoint extends QuizOutcome {
  /** Share answered right, 0–1 (0 for an empty quiz). */
  readonly share: number;
}

/**
 * The quizzes oldest first with their share of right answers; quizzes finished at the same
 * moment keep their input order.
 *
 * @example
 * scoreSeries([{ finishedAt: d2, correct: 8, total: 10 }, { finishedAt: d1, correct: 1, total: 4 }]);
 * // [{ finishedAt: d1, share: 0.25, … }, { finishedAt: d2, share: 0.8, … }]
 */
export function scoreSeries(quizzes: readonly QuizOutcome[]): ScorePoint[] {
  return quizzes
    .map((quiz) => ({ ...quiz, share: quiz.total > 0 ? quiz.correct / quiz.total : 0 }))
    .sort((a, b) => a.finishedAt.getTime() - b.finishedAt.getTime());
}
