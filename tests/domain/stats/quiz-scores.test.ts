// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { quizScores } from '../../../src/domain/stats/quiz-scores.ts';
import { CLOCK } from './stats-fixtures.ts';

const quiz = (id: number, finishedAt: string, correct: number, total: number) => ({
  id,
  finishedAt: new Date(finishedAt),
  correct,
  total,
});

describe('quizScores', () => {
  const quizzes = [
    quiz(3, '2026-03-15T09:00:00Z', 9, 10), // today
    quiz(1, '2026-02-14T05:00:00Z', 6, 10), // 29 days ago: inside 30 days
    quiz(2, '2026-03-15T03:00:00Z', 2, 4), // still the 14th (4 AM rollover)
    quiz(4, '2026-02-13T05:00:00Z', 1, 10), // 30 days ago: outside 30 days
    quiz(5, '2026-03-10T12:00:00Z', 0, 0), // no questions: no score
  ];

  it('lists quizzes of the period oldest first with their study day and score', () => {
    const result = quizScores(quizzes, 30, CLOCK);
    expect(result.points.map((p) => [p.quizId, p.day, p.score])).toEqual([
      [1, '2026-02-14', 0.6],
      [2, '2026-03-14', 0.5],
      [3, '2026-03-15', 0.9],
    ]);
    // Weighted by questions: (6 + 2 + 9) / (10 + 4 + 10)
    expect(result.overall).toBeCloseTo(17 / 24, 10);
  });

  it('widens with the period', () => {
    expect(quizScores(quizzes, 90, CLOCK).points).toHaveLength(4);
  });

  it('takes fractional scores (matching sets partly right) as they are', () => {
    const partial = [
      quiz(1, '2026-03-15T09:00:00Z', 7.5, 10),
      quiz(2, '2026-03-14T09:00:00Z', 3, 4),
    ];
    const result = quizScores(partial, 30, CLOCK);
    expect(result.points.map((p) => [p.correct, p.score])).toEqual([
      [3, 0.75],
      [7.5, 0.75],
    ]);
    expect(result.overall).toBeCloseTo(10.5 / 14, 10);
  });

  it('has no overall score without quizzes', () => {
    expect(quizScores([], 30, CLOCK)).toEqual({ points: [], overall: null });
  });
});
