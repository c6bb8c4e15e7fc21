// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Rating } from '../../../src/domain/scheduling/scheduler.ts';
import {
  summarizeSession,
  type SessionAnswer,
  type SessionSummary,
} from '../../../src/domain/study/session-summary.ts';

const answerOf = (cardId: string, rating: SessionAnswer['rating'], durationMs: number) => ({
  cardId,
  rating,
  durationMs,
});
const due = (iso: string) => ({ due: new Date(iso) });

describe('summarizeSession', () => {
  it.each<[string, SessionAnswer[], { due: Date }[], SessionSummary]>([
    [
      'an empty session',
      [],
      [],
      {
        answers: 0,
        cardsStudied: 0,
        timeSpentMs: 0,
        ratings: { again: 0, hard: 0, good: 0, easy: 0 },
        againShare: 0,
        nextDue: null,
      },
    ],
    [
      'a card failed once then learnt, and a review',
      [
        answerOf('a', Rating.Again, 4000),
        answerOf('a', Rating.Good, 2500),
        answerOf('b', Rating.Easy, 1500),
      ],
      [due('2026-03-12T09:00:00Z'), due('2026-03-10T10:10:00Z'), due('2026-04-01T00:00:00Z')],
      {
        answers: 3,
        cardsStudied: 2,
        timeSpentMs: 8000,
        ratings: { again: 1, hard: 0, good: 1, easy: 1 },
        againShare: 1 / 3,
        nextDue: new Date('2026-03-10T10:10:00Z'),
      },
    ],
    [
      'every button once, one negative duration',
      [
        answerOf('a', Rating.Again, 1000),
        answerOf('b', Rating.Hard, 1000),
        answerOf('c', Rating.Good, -500),
        answerOf('d', Rating.Easy, 1000),
      ],
      [due('2026-03-11T00:00:00Z')],
      {
        answers: 4,
        cardsStudied: 4,
        timeSpentMs: 3000,
        ratings: { again: 1, hard: 1, good: 1, easy: 1 },
        againShare: 0.25,
        nextDue: new Date('2026-03-11T00:00:00Z'),
      },
    ],
  ])('%s', (_name, answers, cards, expected) => {
    expect(summarizeSession(answers, cards)).toEqual(expected);
  });
});
