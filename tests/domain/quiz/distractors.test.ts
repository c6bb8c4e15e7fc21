// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isNearEqual } from '../../../src/domain/quiz/check-answer.ts';
import { pickDistractors } from '../../../src/domain/quiz/distractors.ts';
import { generateQuiz } from '../../../src/domain/quiz/generate-quiz.ts';
import type { QuizCard } from '../../../src/domain/quiz/quiz-types.ts';
import { createRandom } from '../../../src/domain/quiz/seeded-random.ts';
import { cardByBack, quizCard, quizCardsOf } from './quiz-test-helpers.ts';

const DECKS = ['bpo-vs-kpo-sk', 'bpo-tr', 'kpo-da', 'bpo-da'] as const;
const SEEDS = Array.from({ length: 200 }, (_, seed) => seed * 7919 + 1);

function length(text: string): number {
  return Array.from(text).length;
}

describe('pickDistractors', () => {
  const slovak = quizCardsOf('bpo-vs-kpo-sk');

  it.each(DECKS)('%s: never the right answer, never twice the same, same deck and kind', (id) => {
    const cards = quizCardsOf(id);
    for (const card of cards) {
      for (const seed of SEEDS.slice(0, 20)) {
        const picked = pickDistractors(card, cards, 3, createRandom(seed));
        for (const [index, other] of picked.entries()) {
          expect(other.kind).toBe(card.kind);
          expect(other.deckId).toBe(card.deckId);
          expect(isNearEqual(other.back, card.back, card.lang)).toBe(false);
          for (const later of picked.slice(index + 1)) {
            expect(isNearEqual(later.back, other.back, card.lang)).toBe(false);
          }
        }
      }
    }
  });

  it.each([
    ['BPO — služby?', 'Služby nízkeho konca', 'Vysoko kvalitné služby'],
    ['KPO — Znamenať?', 'Outsourcing spracovania poznatkov', 'Outsourcing podnikového spracovania'],
    [
      'KPO — vyžaduje?',
      'Špecializované vedomosti',
      'Dobré komunikačné schopnosti a základné počítačové znalosti',
    ],
  ])(
    '%s: the other side of the table row is offered in most quizzes',
    (front, back, rowPartner) => {
      const card = slovak.find((entry) => entry.front === front && entry.back === back) as QuizCard;
      const offered = SEEDS.filter((seed) =>
        pickDistractors(card, slovak, 3, createRandom(seed)).some(
          (other) => other.back === rowPartner,
        ),
      ).length;
      expect(offered / SEEDS.length).toBeGreaterThan(0.6);
    },
  );

  it("never offers the items of the card's own list, which it shows, but other lists' items", () => {
    const card = cardByBack(slovak, 'Podnikový výskum');
    const lead = card.front.split('\n', 1)[0] as string;
    const picks = SEEDS.flatMap((seed) => pickDistractors(card, slovak, 3, createRandom(seed)));
    expect(picks.length).toBe(SEEDS.length * 3);
    expect(picks.filter((other) => other.front.startsWith(lead))).toEqual([]);
    expect(picks.every((other) => other.kind === 'list')).toBe(true);
    expect(picks.every((other) => !card.front.includes(other.back))).toBe(true);
  });

  it('never offers another cell of the same table column: it may be true of that side too', () => {
    for (const card of slovak.filter((entry) => entry.kind === 'comparison')) {
      const side = card.front.split(' — ')[0] ?? '';
      for (const seed of SEEDS.slice(0, 20)) {
        const picked = pickDistractors(card, slovak, 3, createRandom(seed));
        expect(picked.filter((other) => other.front.startsWith(`${side} — `))).toEqual([]);
      }
    }
  });

  it('leaves out an answer that appears in the question', () => {
    const cards = [
      quizCard('KPO — Odborné znalosti v?', 'proces'),
      quizCard('KPO — služby?', 'Vysoko kvalitné služby'),
      quizCard('BPO — zamestnanci?', 'Nie tak kvalifikovaní'),
      quizCard('X — proces?', 'Pomalý'),
    ];
    const card = quizCard('Y — proces?', 'Rýchly');
    for (const seed of SEEDS.slice(0, 20)) {
      const picked = pickDistractors(card, [card, ...cards], 3, createRandom(seed));
      expect(picked.map((other) => other.back).sort()).toEqual([
        'Nie tak kvalifikovaní',
        'Pomalý',
        'Vysoko kvalitné služby',
      ]);
    }
  });

  it('returns fewer when the deck has too few distinct answers', () => {
    const cards = [
      quizCard('A — x?', 'alpha'),
      quizCard('B — x?', 'ALPHA.'),
      quizCard('C — x?', 'gamma ray'),
    ];
    const picked = pickDistractors(cards[0] as QuizCard, cards, 3, createRandom(1));
    expect(picked.map((other) => other.back)).toEqual(['gamma ray']);
  });
});

describe('multiple-choice options over many seeds', () => {
  it.each(DECKS)(
    '%s: 4 distinct options, exactly one right, right not longest beyond chance',
    (id) => {
      const cards = quizCardsOf(id);
      let questions = 0;
      let longest = 0;
      for (const seed of SEEDS) {
        const quiz = generateQuiz({
          questionCount: 10,
          types: ['multiple-choice'],
          seed,
          pool: cards,
          keepPoolOrder: false,
          deckCards: cards,
        });
        for (const question of quiz.questions) {
          if (question.type !== 'multiple-choice') continue;
          const card = cards.find((entry) => entry.id === question.cardId) as QuizCard;
          questions += 1;
          expect(question.options).toHaveLength(4);
          expect(new Set(question.options).size).toBe(4);
          expect(question.options.every((option) => option.trim() !== '')).toBe(true);
          expect(question.options[question.correctIndex]).toBe(card.back);
          const right = question.options.filter((option) =>
            isNearEqual(option, card.back, card.lang),
          );
          expect(right).toHaveLength(1);
          const lengths = question.options.map(length);
          const correctLength = lengths[question.correctIndex] as number;
          // Ties count against the generator: "as long as the longest" is a give-away too.
          if (lengths.every((other) => other <= correctLength)) longest += 1;
        }
      }
      // A deck whose cards cannot get three distractors each (one list, three clozes) asks
      // other types instead; the rest must not favour the longest option.
      if (questions > SEEDS.length) expect(longest / questions).toBeLessThanOrEqual(0.25);
    },
  );
});
