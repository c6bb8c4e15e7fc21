// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  gradeResponse,
  overrideNearMiss,
  scoreQuiz,
} from '../../../src/domain/quiz/grade-question.ts';
import type { QuizQuestion, QuizResponse, Verdict } from '../../../src/domain/quiz/quiz-types.ts';

const multipleChoice: QuizQuestion = {
  type: 'multiple-choice',
  deckId: 'bpo-vs-kpo-sk',
  lang: 'sk',
  cardId: 'c1',
  prompt: 'KPO — služby?',
  options: ['Služby nízkeho konca', 'Vysoko kvalitné služby', 'Preddefinovaný proces', 'proces'],
  correctIndex: 1,
};
const trueFalse: QuizQuestion = {
  type: 'true-false',
  deckId: 'bpo-vs-kpo-sk',
  lang: 'sk',
  cardId: 'c2',
  prompt: 'BPO — služby?',
  shown: 'Vysoko kvalitné služby',
  answer: 'Služby nízkeho konca',
  isTrue: false,
};
const typed: QuizQuestion = {
  type: 'typed',
  deckId: 'bpo-tr',
  lang: 'tr',
  cardId: 'c3',
  prompt: 'Satıcı … BPO "_____" olarak kabul edilecektir',
  answer: 'offshore dış kaynak kullanımı',
};
const matching: QuizQuestion = {
  type: 'matching',
  deckId: 'bpo-vs-kpo-sk',
  lang: 'sk',
  items: [
    { cardId: 'm0', prompt: 'BPO — služby?', answer: 'Služby nízkeho konca' },
    { cardId: 'm1', prompt: 'KPO — služby?', answer: 'Vysoko kvalitné služby' },
    { cardId: 'm2', prompt: 'BPO — proces?', answer: 'Preddefinovaný proces' },
    { cardId: 'm3', prompt: 'KPO — Odborné znalosti v?', answer: 'vedomosti' },
  ],
  answerOrder: [2, 0, 3, 1],
};

describe('gradeResponse', () => {
  it.each<[string, QuizQuestion, QuizResponse, boolean, Verdict, string[]]>([
    [
      'multiple choice, right',
      multipleChoice,
      { type: 'multiple-choice', choice: 1 },
      false,
      'correct',
      ['Vysoko kvalitné služby'],
    ],
    [
      'multiple choice, wrong',
      multipleChoice,
      { type: 'multiple-choice', choice: 3 },
      false,
      'wrong',
      ['proces'],
    ],
    [
      'true/false: "false" for a distractor is right',
      trueFalse,
      { type: 'true-false', value: false },
      false,
      'correct',
      ['false'],
    ],
    [
      'true/false: "true" for a distractor is wrong',
      trueFalse,
      { type: 'true-false', value: true },
      false,
      'wrong',
      ['true'],
    ],
    [
      'typed, Turkish capitals',
      typed,
      { type: 'typed', text: ' OFFSHORE DIŞ KAYNAK KULLANIMI ' },
      false,
      'correct',
      ['OFFSHORE DIŞ KAYNAK KULLANIMI'],
    ],
    [
      'typed, one letter off',
      typed,
      { type: 'typed', text: 'offshore dış kaynak kulanımı' },
      false,
      'close',
      ['offshore dış kaynak kulanımı'],
    ],
    [
      'typed, without ş and ı on a strict deck',
      typed,
      { type: 'typed', text: 'offshore dis kaynak kullanimi' },
      false,
      'wrong',
      ['offshore dis kaynak kullanimi'],
    ],
    [
      'typed, without ş and ı when the deck ignores accents',
      typed,
      { type: 'typed', text: 'offshore dis kaynak kullanimi' },
      true,
      'correct',
      ['offshore dis kaynak kullanimi'],
    ],
    [
      'matching, all pairs right',
      matching,
      { type: 'matching', pairs: [0, 1, 2, 3] },
      false,
      'correct',
      ['Služby nízkeho konca', 'Vysoko kvalitné služby', 'Preddefinovaný proces', 'vedomosti'],
    ],
    [
      'matching, two swapped and one left out',
      matching,
      { type: 'matching', pairs: [1, 0, 2, null] },
      false,
      'wrong',
      ['Vysoko kvalitné služby', 'Služby nízkeho konca', 'Preddefinovaný proces', ''],
    ],
  ])('%s', (_, question, response, ignoreAccents, verdict, given) => {
    const result = gradeResponse(question, response, { ignoreAccents });
    expect(result.verdict).toBe(verdict);
    expect(result.items.map((item) => item.given)).toEqual(given);
  });

  it.each<[string, QuizResponse, number]>([
    ['all four pairs right', { type: 'matching', pairs: [0, 1, 2, 3] }, 1],
    ['three of four', { type: 'matching', pairs: [0, 1, 2, null] }, 0.75],
    ['two swapped', { type: 'matching', pairs: [1, 0, 2, 3] }, 0.5],
    ['none matched', { type: 'matching', pairs: [null, null, null, null] }, 0],
  ])('scores a matching set per pair: %s', (_, response, score) => {
    const result = gradeResponse(matching, response, { ignoreAccents: false });
    expect(result.score).toBe(score);
    expect(result.verdict).toBe(score === 1 ? 'correct' : 'wrong');
  });

  it.each<[string, QuizQuestion, QuizResponse, number]>([
    ['multiple choice right', multipleChoice, { type: 'multiple-choice', choice: 1 }, 1],
    ['multiple choice wrong', multipleChoice, { type: 'multiple-choice', choice: 0 }, 0],
    ['true/false right', trueFalse, { type: 'true-false', value: false }, 1],
    ['typed near miss', typed, { type: 'typed', text: 'offshore dış kaynak kulanımı' }, 0],
  ])('scores other questions whole: %s', (_, question, response, score) => {
    expect(gradeResponse(question, response, { ignoreAccents: false }).score).toBe(score);
  });

  it('counts a near miss as right when overridden, and says so on its item', () => {
    const close = gradeResponse(
      typed,
      { type: 'typed', text: 'offshore dış kaynak kulanımı' },
      { ignoreAccents: false },
    );
    expect(close.verdict).toBe('close');
    const overridden = overrideNearMiss(close);
    expect(overridden).toMatchObject({ verdict: 'correct', score: 1, overridden: true });
    expect(overridden.items).toEqual([
      expect.objectContaining({
        given: 'offshore dış kaynak kulanımı',
        verdict: 'correct',
        overridden: true,
      }),
    ]);
    expect(scoreQuiz([typed], [overridden]).missed.size).toBe(0);
  });

  it('does not override a plain wrong answer', () => {
    const wrong = gradeResponse(typed, { type: 'typed', text: 'x' }, { ignoreAccents: false });
    expect(overrideNearMiss(wrong)).toBe(wrong);
  });

  it('records each matching pair with its own verdict', () => {
    const result = gradeResponse(
      matching,
      { type: 'matching', pairs: [1, 0, 2, null] },
      {
        ignoreAccents: false,
      },
    );
    expect(result.items.map((item) => [item.cardId, item.verdict])).toEqual([
      ['m0', 'wrong'],
      ['m1', 'wrong'],
      ['m2', 'correct'],
      ['m3', 'wrong'],
    ]);
  });

  it('keeps what true/false showed and what the answer was', () => {
    const [item] = gradeResponse(
      trueFalse,
      { type: 'true-false', value: true },
      {
        ignoreAccents: false,
      },
    ).items;
    expect(item).toEqual({
      cardId: 'c2',
      prompt: 'BPO — služby?',
      given: 'true',
      expected: 'Služby nízkeho konca',
      shown: 'Vysoko kvalitné služby',
      verdict: 'wrong',
    });
  });

  it('refuses a response of another type', () => {
    expect(() =>
      gradeResponse(typed, { type: 'multiple-choice', choice: 0 }, { ignoreAccents: false }),
    ).toThrow('A multiple-choice response cannot answer a typed question.');
  });
});

describe('scoreQuiz', () => {
  it('counts right questions of all and lists missed cards per deck once each', () => {
    const questions = [multipleChoice, trueFalse, typed, matching];
    const results = [
      gradeResponse(
        multipleChoice,
        { type: 'multiple-choice', choice: 1 },
        { ignoreAccents: false },
      ),
      gradeResponse(trueFalse, { type: 'true-false', value: true }, { ignoreAccents: false }),
      gradeResponse(
        typed,
        { type: 'typed', text: 'offshore dış kaynak kulanımı' },
        { ignoreAccents: false },
      ),
      gradeResponse(matching, { type: 'matching', pairs: [0, 1, 3, 2] }, { ignoreAccents: false }),
    ];
    const score = scoreQuiz(questions, results);
    // The multiple choice right, and half of the matching pairs.
    expect(score.correct).toBe(1.5);
    expect(score.total).toBe(4);
    expect(Object.fromEntries(score.missed)).toEqual({
      'bpo-vs-kpo-sk': ['c2', 'm2', 'm3'],
      'bpo-tr': ['c3'],
    });
  });
});
