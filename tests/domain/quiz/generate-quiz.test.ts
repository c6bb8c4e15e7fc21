// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkTypedAnswer, isNearEqual } from '../../../src/domain/quiz/check-answer.ts';
import { generateQuiz, type QuizInput } from '../../../src/domain/quiz/generate-quiz.ts';
import { matchingFace, typedFace } from '../../../src/domain/quiz/question-faces.ts';
import type { QuestionType, QuizCard, QuizQuestion } from '../../../src/domain/quiz/quiz-types.ts';
import { quizCard, quizCardsOf } from './quiz-test-helpers.ts';

const SEEDS = [1, 2, 3, 42, 1234, 99999, 2 ** 31 + 5];

function quizOf(cards: readonly QuizCard[], overrides: Partial<QuizInput> = {}) {
  return generateQuiz({
    questionCount: 10,
    types: [],
    seed: 7,
    pool: cards,
    keepPoolOrder: false,
    deckCards: cards,
    ...overrides,
  });
}

function cardOf(cards: readonly QuizCard[], id: string): QuizCard {
  const card = cards.find((entry) => entry.id === id);
  if (card === undefined) throw new Error(`question about unknown card ${id}`);
  return card;
}

function cardIdsOf(question: QuizQuestion): string[] {
  return question.type === 'matching'
    ? question.items.map((item) => item.cardId)
    : [question.cardId];
}

/** What must hold for every question of its type, whatever the deck and seed. */
function expectWellFormed(question: QuizQuestion, cards: readonly QuizCard[]) {
  switch (question.type) {
    case 'multiple-choice': {
      const card = cardOf(cards, question.cardId);
      expect(question.prompt).toBe(card.front);
      expect(question.options).toHaveLength(4);
      expect(question.options[question.correctIndex]).toBe(card.back);
      const right = question.options.filter((option) => isNearEqual(option, card.back, card.lang));
      expect(right).toHaveLength(1);
      return;
    }
    case 'true-false': {
      const card = cardOf(cards, question.cardId);
      expect(question.answer).toBe(card.back);
      if (question.isTrue) expect(question.shown).toBe(card.back);
      else expect(isNearEqual(question.shown, card.back, card.lang)).toBe(false);
      const source = cards.filter((other) => other.back === question.shown);
      expect(source.some((other) => other.kind === card.kind)).toBe(true);
      return;
    }
    case 'typed': {
      const card = cardOf(cards, question.cardId);
      expect(typedFace(card)).toEqual({ prompt: question.prompt, answer: question.answer });
      expect(Array.from(question.answer).length).toBeLessThanOrEqual(48);
      expect(isNearEqual(question.prompt, question.answer, question.lang)).toBe(false);
      const own = checkTypedAnswer(question.answer, question.answer, {
        lang: question.lang,
        ignoreAccents: false,
      });
      expect(own.verdict).toBe('correct');
      return;
    }
    case 'matching': {
      expect(question.items.length).toBeGreaterThanOrEqual(4);
      expect(question.items.length).toBeLessThanOrEqual(6);
      expect(new Set(question.items.map((item) => item.prompt)).size).toBe(question.items.length);
      for (const [index, item] of question.items.entries()) {
        expect(matchingFace(cardOf(cards, item.cardId))).toEqual({
          prompt: item.prompt,
          answer: item.answer,
        });
        for (const later of question.items.slice(index + 1)) {
          expect(isNearEqual(item.answer, later.answer, question.lang)).toBe(false);
        }
      }
      expect([...question.answerOrder].sort()).toEqual(question.items.map((_, index) => index));
      return;
    }
  }
}

describe.each(['bpo-vs-kpo-sk', 'bpo-tr'])('generateQuiz on %s', (deckId) => {
  const cards = quizCardsOf(deckId);

  it.each<QuestionType>(['multiple-choice', 'true-false', 'typed', 'matching'])(
    'asks well-formed %s questions, each card at most once',
    (type) => {
      for (const seed of SEEDS) {
        // Five questions leave the 11 Turkish cards enough to spare for a matching question.
        const quiz = quizOf(cards, { types: [type], seed, questionCount: 5 });
        expect(quiz.questions.length).toBeGreaterThan(0);
        expect(quiz.questions.some((question) => question.type === type)).toBe(true);
        const asked = quiz.questions.flatMap(cardIdsOf);
        expect(new Set(asked).size).toBe(asked.length);
        for (const question of quiz.questions) {
          expectWellFormed(question, cards);
          expect(question.deckId).toBe(deckId);
          expect(question.lang).toBe(cards[0]?.lang);
        }
      }
    },
  );

  it('mixes all four types by default and asks 10 questions', () => {
    for (const seed of SEEDS) {
      const quiz = quizOf(cards, { seed });
      expect(quiz.questions).toHaveLength(10);
      const types = new Set(quiz.questions.map((question) => question.type));
      expect(types.size).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives the same quiz for the same seed, and another for another seed', () => {
    expect(quizOf(cards, { seed: 42 })).toEqual(quizOf(cards, { seed: 42 }));
    expect(quizOf(cards, { seed: 42 }).questions).not.toEqual(
      quizOf(cards, { seed: 43 }).questions,
    );
  });
});

describe('which cards suit which type', () => {
  const slovak = quizCardsOf('bpo-vs-kpo-sk');
  const turkish = quizCardsOf('bpo-tr');
  const find = (cards: QuizCard[], front: string) =>
    cards.find((card) => card.front === front || card.front.startsWith(front)) as QuizCard;

  it.each([
    [
      'a comparison cell',
      slovak,
      'KPO — služby?',
      { prompt: 'KPO — služby?', answer: 'Vysoko kvalitné služby' },
    ],
    [
      'a definition asked for its term',
      slovak,
      'BPO',
      { prompt: find(slovak, 'BPO').back, answer: 'BPO' },
    ],
    ['a long comparison cell', slovak, 'BPO — definícia?', null],
    [
      'a Turkish hidden term',
      turkish,
      'Satıcı veya taşeron',
      {
        prompt: find(turkish, 'Satıcı veya taşeron').front,
        answer: 'offshore dış kaynak kullanımı',
      },
    ],
    [
      'a Turkish term from its definition',
      turkish,
      'kıyıya yakın dış kaynak kullanımı',
      { prompt: find(turkish, 'kıyıya yakın').back, answer: 'kıyıya yakın dış kaynak kullanımı' },
    ],
    ['a "What is …?" definition', turkish, 'İş Süreci Dış Kaynak Kullanımı (BPO) Nedir?', null],
    ['an FAQ', turkish, 'BPO Şirketlerinin Türleri Nelerdir?', null],
  ])('typed: %s', (_, cards, front, expected) => {
    expect(typedFace(find(cards, front))).toEqual(expected);
  });

  it.each([
    [
      'a comparison row',
      slovak,
      'BPO — služby?',
      { prompt: 'BPO — služby?', answer: 'Služby nízkeho konca' },
    ],
    ['a list card (its front is the whole list)', slovak, 'Segmenty KPO sú:', null],
    [
      'a Turkish definition',
      turkish,
      'kıyıya yakın dış kaynak kullanımı',
      {
        prompt: 'kıyıya yakın dış kaynak kullanımı',
        answer: find(turkish, 'kıyıya yakın dış kaynak kullanımı').back,
      },
    ],
    ['a Turkish definition too long to match', turkish, 'Arka ofis BPO', null],
    ['an FAQ with a long answer', turkish, "BPO'nun Amacı Nedir ve Türleri Nelerdir?", null],
  ])('matching: %s', (_, cards, front, expected) => {
    expect(matchingFace(find(cards, front))).toEqual(expected);
  });
});

describe('decks too small for a type', () => {
  it.each<[string, QuizCard[], QuestionType[], number, unknown[]]>([
    [
      'two cards cannot make four options: true/false instead',
      [quizCard('A — x?', 'alpha'), quizCard('B — x?', 'beta ray')],
      ['multiple-choice'],
      2,
      [{ code: 'type-unavailable', type: 'multiple-choice', planned: 2, made: 0 }],
    ],
    [
      'three short pairs cannot be matched',
      [quizCard('A — x?', 'alpha'), quizCard('B — x?', 'beta ray'), quizCard('C — x?', 'gamma')],
      ['matching'],
      1,
      [{ code: 'type-unavailable', type: 'matching', planned: 1, made: 0 }],
    ],
    [
      'one card alone: no true/false, but it can be typed',
      [quizCard('A — x?', 'alpha')],
      ['true-false'],
      1,
      [{ code: 'type-unavailable', type: 'true-false', planned: 1, made: 0 }],
    ],
    [
      'fewer cards than questions',
      [quizCard('A — x?', 'alpha'), quizCard('B — x?', 'beta ray'), quizCard('C — x?', 'gamma')],
      ['true-false'],
      10,
      [
        { code: 'type-unavailable', type: 'true-false', planned: 10, made: 3 },
        { code: 'fewer-questions', requested: 10, made: 3 },
      ],
    ],
    [
      'an empty pool',
      [],
      [],
      10,
      [
        { code: 'type-unavailable', type: 'multiple-choice', planned: 3, made: 0 },
        { code: 'type-unavailable', type: 'true-false', planned: 3, made: 0 },
        { code: 'type-unavailable', type: 'typed', planned: 2, made: 0 },
        { code: 'type-unavailable', type: 'matching', planned: 2, made: 0 },
        { code: 'fewer-questions', requested: 10, made: 0 },
      ],
    ],
  ])('%s', (_, cards, types, questionCount, notices) => {
    const quiz = quizOf(cards, { types, questionCount });
    expect(quiz.notices).toEqual(notices);
    for (const question of quiz.questions) expectWellFormed(question, cards);
  });

  it('falls back from matching on the Turkish deck, whose 13 cards must last for 10 questions', () => {
    const cards = quizCardsOf('bpo-tr');
    expect(cards).toHaveLength(13);
    const quiz = quizOf(cards, { types: ['matching', 'true-false'], questionCount: 10 });
    expect(quiz.questions).toHaveLength(10);
    expect(quiz.notices).toEqual([
      { code: 'type-unavailable', type: 'matching', planned: 5, made: 1 },
    ]);
  });

  it('finds a matching set on the Slovak deck whatever the shuffle, when the first cards clash', () => {
    // From the first card on, one shuffle in about seventy left fewer than four pairs that do not
    // clash (seeds 38, 109, 112, …), and a quiz of matching only got another type.
    const cards = quizCardsOf('bpo-vs-kpo-sk');
    const types = Array.from({ length: 500 }, (_, seed) => {
      const quiz = quizOf(cards, { types: ['matching'], questionCount: 1, seed: seed + 1 });
      return quiz.questions[0]?.type;
    });
    expect(types.filter((type) => type !== 'matching')).toEqual([]);
  });

  it('never asks a card with an empty side', () => {
    const cards = [
      quizCard('A — x?', 'alpha'),
      quizCard('B — x?', '   '),
      quizCard('  ', 'gamma'),
      quizCard('D — x?', 'delta'),
    ];
    const quiz = quizOf(cards, { types: ['typed'] });
    expect(quiz.questions.flatMap(cardIdsOf).sort()).toEqual([cards[0]?.id, cards[3]?.id].sort());
  });
});

describe('pool order', () => {
  it('takes the first cards of a weakest-first pool, and shuffles only the question order', () => {
    const cards = quizCardsOf('bpo-vs-kpo-sk');
    const weakest = cards.slice(20, 23);
    const quiz = quizOf(weakest, {
      questionCount: 3,
      types: ['typed', 'true-false'],
      keepPoolOrder: true,
      deckCards: cards,
      pool: [...weakest, ...cards.slice(0, 20)],
    });
    expect(quiz.questions.flatMap(cardIdsOf).sort()).toEqual(weakest.map((card) => card.id).sort());
  });
});

describe('a quiz across decks', () => {
  it('asks about every deck in turn, each question with distractors of its own deck', () => {
    const slovak = quizCardsOf('bpo-vs-kpo-sk');
    const turkish = quizCardsOf('bpo-tr');
    const cards = [...slovak, ...turkish];
    for (const seed of SEEDS) {
      const quiz = quizOf(cards, { seed, types: ['true-false', 'typed'] });
      expect(quiz.questions).toHaveLength(10);
      const perDeck = new Map<string, number>();
      for (const question of quiz.questions) {
        perDeck.set(question.deckId, (perDeck.get(question.deckId) ?? 0) + 1);
        expectWellFormed(question, cards);
        if (question.type === 'true-false' && !question.isTrue) {
          const source = cards.find((card) => card.back === question.shown);
          expect(source?.deckId).toBe(question.deckId);
        }
      }
      expect(perDeck.get('bpo-vs-kpo-sk')).toBeGreaterThanOrEqual(4);
      expect(perDeck.get('bpo-tr')).toBeGreaterThanOrEqual(4);
    }
  });
});
