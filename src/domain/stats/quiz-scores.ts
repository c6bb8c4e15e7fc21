/**
 * Quiz results over time: each finished quiz as a point (when it ended, share answered right),
 * within the period shown, and the period's overall score weighted by questions asked.
 */
import { daysAgoFrom, keyOfDayNumber, studyDayNumber } from './stats-days.ts';
import type { StatsClock, StatsQuiz } from './stats-types.ts';

export interface QuizScorePoint {
  readonly quizId: number;
  readonly finishedAt: Date;
  /** `YYYY-MM-DD` of the study day the quiz ended in. */
  readonly day: string;
  readonly correct: number;
  readonly total: number;
  /** `correct / total`, 0–1. */
  readonly score: number;
}

export interface QuizScores {
  /** Quizzes finished in the period, oldest first. */
  readonly points: QuizScorePoint[];
  /** All questions right / all questions asked in the period; `null` without quizzes. */
  readonly overall: number | null;
}

/**
 * Scores of the quizzes finished in the last `days` study days (today included). Quizzes with
 * no questions are skipped: they have no score.
 *
 * @example
 * quizScores([{ id: 1, finishedAt, total: 10, correct: 8 }], 30, clock).points[0].score; // 0.8
 */
export function quizScores(
  quizzes: readonly StatsQuiz[],
  days: number,
  clock: StatsClock,
): QuizScores {
  const daysAgo = daysAgoFrom(clock);
  const today = studyDayNumber(clock.now, clock);
  const points = quizzes
    .filter((quiz) => quiz.total > 0)
    .map((quiz) => ({ quiz, ago: daysAgo(quiz.finishedAt) }))
    .filter(({ ago }) => ago >= 0 && ago < days)
    .sort((a, b) => a.quiz.finishedAt.getTime() - b.quiz.finishedAt.getTime())
    .map(({ quiz, ago }) => ({
      quizId: quiz.id,
      finishedAt: quiz.finishedAt,
      day: keyOfDayNumber(today - ago),
      correct: quiz.correct,
      total: quiz.total,
      score: quiz.correct / quiz.total,
    }));
  const asked = points.reduce((sum, point) => sum + point.total, 0);
  const right = points.reduce((sum, point) => sum + point.correct, 0);
  return { points, overall: asked === 0 ? null : right / asked };
}
