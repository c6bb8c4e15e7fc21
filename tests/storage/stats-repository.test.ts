import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { setCardSuspended } from '../../src/storage/study-repository.ts';
import { loadDeckProgress } from '../../src/storage/deck-progress-repository.ts';
import { loadStatsData } from '../../src/storage/stats-repository.ts';
import { loadBrowseData, loadCardHistory } from '../../src/storage/browse-repository.ts';
import { saveDeckOptions } from '../../src/storage/deck-repository.ts';
import { Rating, State, type Grade } from '../../src/domain/scheduling/scheduler.ts';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { DEFAULT_FSRS_WEIGHTS } from '../../src/domain/scheduling/optimizer.ts';
import { saveFittedParameters } from '../../src/storage/fsrs-parameters-repository.ts';
import { FITTED_DECAY_WEIGHTS } from '../helpers/fitted-weights.ts';
import { digestPageCards } from '../../src/domain/stats/card-digest.ts';
import { answersOn, studyDaysOf } from '../../src/domain/stats/review-days.ts';
import { answerIn } from '../helpers/study-answers.ts';
import { makeDeck } from '../helpers/decks.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';

const DAY_MINUTES = 24 * 60;
let db: StudyDatabase;

beforeEach(async () => {
  db = openTestDatabase('stats');
  await syncDecks(db, [makeDeck('a', 5), makeDeck('b', 3)], FIXED_NOW);
});

function answerAt(cardId: string, rating: Grade, now: Date) {
  return answerIn(db, cardId, rating, now);
}

/** Takes a card from new to review: Good skips to the 10-minute step, Good again graduates. */
async function graduate(cardId: string, start: Date) {
  await answerAt(cardId, Rating.Good, start);
  const graduated = await answerAt(cardId, Rating.Good, minutesAfter(start, 10));
  expect(graduated.state).toBe(State.Review);
  return graduated;
}

describe('loadStatsData', () => {
  it('reads one deck’s packed cards, review days, recent answers and quizzes', async () => {
    const lastWeek = minutesAfter(FIXED_NOW, -7 * DAY_MINUTES);
    await graduate('a:list:0000', lastWeek);
    await answerAt('a:list:0001', Rating.Again, FIXED_NOW);
    await answerAt('b:list:0000', Rating.Good, FIXED_NOW);
    await db.quizzes.bulkAdd([
      quizRecord(['a'], FIXED_NOW, 3, 4),
      quizRecord(['a', 'b'], FIXED_NOW, 1, 2),
      quizRecord(['b'], FIXED_NOW, 2, 2),
    ]);

    const data = await loadStatsData(db, 'a', FIXED_NOW);
    expect(data?.deck?.id).toBe('a');
    const cards = data?.cardPages.flatMap(digestPageCards) ?? [];
    expect(cards.map((card) => card.id).sort()).toEqual([
      'a:list:0000',
      'a:list:0001',
      'a:list:0002',
      'a:list:0003',
      'a:list:0004',
    ]);
    expect(cards.find((card) => card.id === 'a:list:0000')?.state).toBe(State.Review);
    const days = studyDaysOf(data?.reviewDays ?? [], { now: FIXED_NOW, dayStartHour: 4 });
    expect([...days.entries()].map(([ago, day]) => [ago, answersOn(day)])).toEqual([
      [7, 2],
      [0, 1],
    ]);
    // Only the last two days' rows are read as they are (for today's distinct cards).
    expect(data?.recentLogs.map((log) => [log.cardId, log.state, log.durationMs])).toEqual([
      ['a:list:0001', State.New, 3000],
    ]);
    expect(data?.quizzes.map((quiz) => [quiz.correct, quiz.total])).toEqual([
      [3, 4],
      [1, 2],
    ]);
    expect(data?.dayStartHour).toBe(4);
  });

  it('reads every deck when asked for all, with the first deck’s day boundary', async () => {
    await saveDeckOptions(db, 'a', { ...DEFAULT_DECK_OPTIONS, nextDayStartsAt: 2 });
    await answerAt('b:list:0002', Rating.Good, FIXED_NOW);
    await answerAt('a:list:0003', Rating.Hard, minutesAfter(FIXED_NOW, 5));
    // Three days ago: outside the recent answers.
    await answerAt('a:list:0001', Rating.Good, minutesAfter(FIXED_NOW, -3 * DAY_MINUTES));
    await db.quizzes.add(quizRecord(['b'], FIXED_NOW, 2, 2));
    const data = await loadStatsData(db, null, FIXED_NOW);
    expect(data?.deck).toBeNull();
    expect(data?.cardPages.flatMap(digestPageCards)).toHaveLength(8);
    expect(data?.reviewDays.map((day) => day.deckId).sort()).toEqual(['a', 'a', 'b']);
    // Oldest first across the decks, though deck a comes first in the list.
    expect(data?.recentLogs.map((log) => log.cardId)).toEqual(['b:list:0002', 'a:list:0003']);
    expect(data?.quizzes).toHaveLength(1);
    expect(data?.dayStartHour).toBe(2);
  });

  it('is undefined for a deck that does not exist', async () => {
    expect(await loadStatsData(db, 'nope', FIXED_NOW)).toBeUndefined();
  });

  it("gives each deck's FSRS weights: the fitted ones, else the defaults", async () => {
    const fitted = {
      weights: FITTED_DECAY_WEIGHTS,
      fittedAt: '2026-03-01T00:00:00Z',
      reviewCount: 90,
    };
    await saveFittedParameters(db, 'b', fitted);
    expect((await loadStatsData(db, null, FIXED_NOW))?.deckWeights).toEqual({
      a: DEFAULT_FSRS_WEIGHTS,
      b: FITTED_DECAY_WEIGHTS,
    });
    expect((await loadStatsData(db, 'b', FIXED_NOW))?.deckWeights).toEqual({
      b: FITTED_DECAY_WEIGHTS,
    });
  });
});

describe('loadDeckProgress', () => {
  it('counts learned cards of all and the last 30 days’ retention of that deck', async () => {
    const start = minutesAfter(FIXED_NOW, -10 * DAY_MINUTES);
    const first = await graduate('a:list:0000', start);
    await graduate('a:list:0001', start);
    await graduate('b:list:0000', start);
    // Review answers: one pass and one fail in deck a.
    await answerAt('a:list:0000', Rating.Good, first.due);
    await answerAt('a:list:0001', Rating.Again, minutesAfter(FIXED_NOW, -60));
    await answerAt('a:list:0002', Rating.Good, FIXED_NOW); // learning: not learned yet
    const current = await db.cards.get('a:list:0001');
    await setCardSuspended(db, 'a:list:0001', current?.version ?? 0, true, FIXED_NOW);

    expect(await loadDeckProgress(db, 'a', FIXED_NOW)).toEqual({
      total: 5,
      learned: 2, // relearning and suspended still count as learned
      retention: { passed: 1, failed: 1 },
      answers: 7,
    });
    // Deck b's two answers were learning steps: no retention yet, and the deck list says why.
    expect(await loadDeckProgress(db, 'b', FIXED_NOW)).toEqual({
      total: 3,
      learned: 1,
      retention: { passed: 0, failed: 0 },
      answers: 2,
    });
    expect(await loadDeckProgress(db, 'nope', FIXED_NOW)).toBeUndefined();
  });

  it('leaves out answers older than 30 study days', async () => {
    const start = minutesAfter(FIXED_NOW, -60 * DAY_MINUTES);
    const card = await graduate('a:list:0000', start);
    await answerAt('a:list:0000', Rating.Again, card.due);
    const progress = await loadDeckProgress(db, 'a', FIXED_NOW);
    expect(progress?.retention).toEqual({ passed: 0, failed: 0 });
    expect(progress?.learned).toBe(1);
  });
});

describe('browse reads', () => {
  it('loads every deck, and every card by deck in document order', async () => {
    const data = await loadBrowseData(db);
    expect(data.decks.map((deck) => deck.title)).toEqual(['Deck a', 'Deck b']);
    expect(data.cards.filter((card) => card.deckId === 'b').map((card) => card.front)).toEqual([
      'Question 1',
      'Question 2',
      'Question 3',
    ]);
    expect(data.cards.map((card) => card.deckId).indexOf('b')).toBe(
      data.cards.filter((card) => card.deckId === 'a').length,
    );
  });

  it('loads a card with its whole history, oldest first, only under its own deck', async () => {
    await graduate('a:list:0004', FIXED_NOW);
    await answerAt('a:list:0003', Rating.Good, FIXED_NOW);
    const history = await loadCardHistory(db, 'a', 'a:list:0004');
    expect(history?.card.state).toBe(State.Review);
    expect(history?.logs.map((log) => [log.rating, log.state])).toEqual([
      [Rating.Good, State.New],
      [Rating.Good, State.Learning],
    ]);
    expect(await loadCardHistory(db, 'b', 'a:list:0004')).toBeUndefined();
    expect(await loadCardHistory(db, 'a', 'a:list:9999')).toBeUndefined();
  });
});

function quizRecord(deckIds: string[], finishedAt: Date, correct: number, total: number) {
  return {
    deckIds,
    seed: 1,
    pool: 'all' as const,
    types: ['multiple-choice' as const],
    startedAt: finishedAt,
    finishedAt,
    durationMs: 60_000,
    total,
    correct,
  };
}
