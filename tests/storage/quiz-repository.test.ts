import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { State } from '../../src/domain/scheduling/scheduler.ts';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import {
  listDecksWithCards,
  listQuizHistory,
  listRecentQuizzes,
  loadQuizSource,
  prioritizeForStudy,
  saveFinishedQuiz,
  saveQuizSettings,
  type FinishedQuiz,
} from '../../src/storage/quiz-repository.ts';
import { loadStudyData, readStudyPriority } from '../../src/storage/queue-repository.ts';
import { makeDeck } from '../helpers/decks.ts';
import { listQuizAnswers } from '../helpers/quiz-answers.ts';
import { SETTINGS } from '../../src/storage/settings.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { FIXED_NOW, minutesAfter } from '../helpers/fixed-clock.ts';

let db: StudyDatabase;

beforeEach(async () => {
  db = openTestDatabase('quiz');
  await syncDecks(db, [makeDeck('a', 30), makeDeck('b', 6, { language: 'sk' })], FIXED_NOW);
});

type Answer = FinishedQuiz['answers'][number];

function typedAnswer(position: number, deckId: string, cardId: string, right: boolean): Answer {
  return {
    position,
    type: 'typed',
    deckId,
    cardIds: [cardId],
    items: [
      {
        cardId,
        prompt: `prompt of ${cardId}`,
        given: right ? 'answer' : 'wrong',
        expected: 'answer',
        verdict: right ? 'correct' : 'wrong',
      },
    ],
    verdict: right ? 'correct' : 'wrong',
    score: right ? 1 : 0,
    durationMs: 3000,
  };
}

/** A matching answer with `right` of `pairs` pairs right. */
function matchingAnswer(position: number, pairs: number, right: number): Answer {
  const items = Array.from({ length: pairs }, (_, index) => ({
    cardId: `a:list:${String(10 + index).padStart(4, '0')}`,
    prompt: `prompt ${index}`,
    given: index < right ? `answer ${index}` : '',
    expected: `answer ${index}`,
    verdict: index < right ? ('correct' as const) : ('wrong' as const),
  }));
  return {
    position,
    type: 'matching',
    deckId: 'a',
    cardIds: items.map((item) => item.cardId),
    items,
    verdict: right === pairs ? 'correct' : 'wrong',
    score: right / pairs,
    durationMs: 9000,
  };
}

function quizOf(answers: Answer[], startedAt = FIXED_NOW, minutes = 4): FinishedQuiz {
  return {
    deckIds: [...new Set(answers.map((answer) => answer.deckId))],
    seed: 42,
    pool: 'all',
    types: ['typed'],
    startedAt,
    finishedAt: minutesAfter(startedAt, minutes),
    answers,
  };
}

describe('saveFinishedQuiz', () => {
  it('stores the quiz with its score and time, and every answer in order', async () => {
    const saved = await saveFinishedQuiz(
      db,
      quizOf([
        typedAnswer(0, 'a', 'a:list:0000', true),
        typedAnswer(1, 'a', 'a:list:0001', false),
        typedAnswer(2, 'a', 'a:list:0002', true),
      ]),
    );
    expect(saved).toMatchObject({ deckIds: ['a'], total: 3, correct: 2, durationMs: 240_000 });
    expect(await db.quizzes.count()).toBe(1);
    const answers = await listQuizAnswers(db, saved.id);
    expect(answers.map((answer) => [answer.position, answer.cardIds[0], answer.verdict])).toEqual([
      [0, 'a:list:0000', 'correct'],
      [1, 'a:list:0001', 'wrong'],
      [2, 'a:list:0002', 'correct'],
    ]);
  });

  it('sums per-pair shares into the score and keeps an overridden near miss as such', async () => {
    const overridden: Answer = {
      ...typedAnswer(2, 'a', 'a:list:0002', true),
      items: [
        {
          cardId: 'a:list:0002',
          prompt: 'prompt of a:list:0002',
          given: 'answr',
          expected: 'answer',
          verdict: 'correct',
          overridden: true,
        },
      ],
      overridden: true,
    };
    const saved = await saveFinishedQuiz(
      db,
      quizOf([
        matchingAnswer(0, 6, 5),
        matchingAnswer(1, 4, 2),
        overridden,
        typedAnswer(3, 'a', 'a:list:0003', false),
      ]),
    );
    expect(saved.total).toBe(4);
    expect(saved.correct).toBeCloseTo(5 / 6 + 1 / 2 + 1, 10);
    const [history] = await listQuizHistory(db, 'a');
    expect(history?.correct).toBeCloseTo(2.3333, 3);
    const answers = await listQuizAnswers(db, saved.id);
    expect(answers.map((answer) => answer.score)).toEqual([5 / 6, 1 / 2, 1, 0]);
    expect(answers[2]).toMatchObject({ verdict: 'correct', overridden: true });
    expect(answers[2]?.items[0]).toMatchObject({ given: 'answr', overridden: true });
  });

  it('leaves FSRS scheduling alone by default', async () => {
    const before = await db.cards.get('a:list:0001');
    await saveFinishedQuiz(db, quizOf([typedAnswer(0, 'a', 'a:list:0001', false)]));
    expect(await db.cards.get('a:list:0001')).toEqual(before);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it('answers Again for missed and Good for right cards when the deck counts quizzes as reviews', async () => {
    await saveQuizSettings(db, 'a', { ignoreAccents: true, countAsReviews: true });
    await db.settings.put({
      key: SETTINGS.studyPriority('a').key,
      value: ['a:list:0001', 'a:list:0009'],
    });
    const quiz = quizOf([
      typedAnswer(0, 'a', 'a:list:0000', true),
      typedAnswer(1, 'a', 'a:list:0001', false),
      typedAnswer(2, 'b', 'b:list:0000', false),
    ]);
    await saveFinishedQuiz(db, quiz);
    const logs = await db.reviewLog.orderBy('id').toArray();
    expect(logs.map((log) => [log.cardId, log.rating, log.review])).toEqual([
      ['a:list:0000', 3, quiz.finishedAt],
      ['a:list:0001', 1, quiz.finishedAt],
    ]);
    expect((await db.cards.get('a:list:0000'))?.state).toBe(State.Learning);
    // Deck b does not count quizzes: its card is untouched.
    expect((await db.cards.get('b:list:0000'))?.reps).toBe(0);
    // A card answered through answerCard leaves the priority list, as in a study session.
    expect(await readStudyPriority(db, 'a')).toEqual(['a:list:0009']);
  });

  it('stores nothing when one answer cannot be written', async () => {
    const broken = { ...typedAnswer(1, 'a', 'a:list:0001', true), durationMs: () => 1 };
    await expect(
      saveFinishedQuiz(
        db,
        quizOf([typedAnswer(0, 'a', 'a:list:0000', true), broken as unknown as Answer]),
      ),
    ).rejects.toThrow();
    expect(await db.quizzes.count()).toBe(0);
    expect(await db.quizAnswers.count()).toBe(0);
  });

  it.each([
    ['no answers', quizOf([]), 'A quiz without answers cannot be saved.'],
    [
      'no decks',
      { ...quizOf([typedAnswer(0, 'a', 'a:list:0000', true)]), deckIds: [] },
      'A quiz must name the decks it asked about.',
    ],
  ])('refuses a quiz with %s', async (_, quiz, message) => {
    await expect(saveFinishedQuiz(db, quiz)).rejects.toThrow(message);
    expect(await db.quizzes.count()).toBe(0);
  });
});

describe('listDecksWithCards', () => {
  it('lists the decks that have cards, not an empty one', async () => {
    await syncDecks(
      db,
      [makeDeck('a', 30), makeDeck('b', 6, { language: 'sk' }), makeDeck('empty', 0)],
      FIXED_NOW,
    );
    expect(await db.decks.count()).toBe(3);
    expect(await listDecksWithCards(db)).toEqual(['a', 'b']);
  });
});

describe('quiz history', () => {
  it("lists a deck's quizzes oldest first, a quiz across decks in each deck", async () => {
    await saveFinishedQuiz(
      db,
      quizOf([typedAnswer(0, 'a', 'a:list:0000', true)], minutesAfter(FIXED_NOW, 60)),
    );
    await saveFinishedQuiz(
      db,
      quizOf([typedAnswer(0, 'a', 'a:list:0001', false), typedAnswer(1, 'b', 'b:list:0001', true)]),
    );
    await saveFinishedQuiz(
      db,
      quizOf([typedAnswer(0, 'b', 'b:list:0002', false)], minutesAfter(FIXED_NOW, 120)),
    );
    const history = await listQuizHistory(db, 'a');
    expect(history.map((quiz) => [quiz.deckIds, `${quiz.correct}/${quiz.total}`])).toEqual([
      [['a', 'b'], '1/2'],
      [['a'], '1/1'],
    ]);
    expect((await listQuizHistory(db, 'b')).map((quiz) => `${quiz.correct}/${quiz.total}`)).toEqual(
      ['1/2', '0/1'],
    );
    expect((await listRecentQuizzes(db, 2)).map((quiz) => quiz.finishedAt)).toEqual([
      minutesAfter(FIXED_NOW, 124),
      minutesAfter(FIXED_NOW, 64),
    ]);
  });
});

describe('loadQuizSource', () => {
  it('reads decks, their cards in order, settings with language defaults, and missing ids', async () => {
    await saveQuizSettings(db, 'b', { ignoreAccents: true, countAsReviews: false });
    const source = await loadQuizSource(db, ['b', 'nope', 'a', 'b']);
    expect(source.decks.map((deck) => deck.id)).toEqual(['b', 'a']);
    expect(source.cards).toHaveLength(36);
    expect(source.cards.slice(0, 2).map((card) => card.id)).toEqual(['b:list:0000', 'b:list:0001']);
    expect(source.missing).toEqual(['nope']);
    expect(Object.fromEntries(source.settings)).toEqual({
      a: { ignoreAccents: true, countAsReviews: false },
      b: { ignoreAccents: true, countAsReviews: false },
    });
  });

  it('defaults to strict accents for a Slovak deck', async () => {
    const source = await loadQuizSource(db, ['b']);
    expect(source.settings.get('b')).toEqual({ ignoreAccents: false, countAsReviews: false });
  });
});

describe('prioritizeForStudy', () => {
  it("puts missed cards first in each deck's study queue, ahead of earlier ones", async () => {
    await db.settings.put({
      key: SETTINGS.studyPriority('a').key,
      value: ['a:list:0025', 'a:list:0029'],
    });
    const total = await prioritizeForStudy(
      db,
      new Map([
        ['a', ['a:list:0029', 'a:list:0027']],
        ['b', ['b:list:0005']],
      ]),
    );
    expect(total).toBe(4);
    expect(await readStudyPriority(db, 'a')).toEqual(['a:list:0029', 'a:list:0027', 'a:list:0025']);
    const data = await loadStudyData(db, 'a', FIXED_NOW);
    expect(data?.priority).toEqual(['a:list:0029', 'a:list:0027', 'a:list:0025']);
    expect(data?.cards.map((card) => card.id)).toContain('a:list:0027');
  });
});
