// @vitest-environment node
/*
 * Properties of every question of every bundled deck and of every document of the team's corpus
 * (tests/fixtures/corpus, when present), whatever the decks hold (they are regenerated as the
 * generator improves): for each quiz type alone and for the mix, 50 seeds. A question must not
 * be answerable by elimination, and a matching set must not pair itself.
 */
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck/deck-types.ts';
import { buildDeck } from '../../../src/domain/generator/generate-deck.ts';
import { DeckGenerationError } from '../../../src/domain/generator/generator-error.ts';
import { generateQuiz } from '../../../src/domain/quiz/generate-quiz.ts';
import { gradeResponse } from '../../../src/domain/quiz/grade-question.ts';
import {
  QUESTION_TYPES,
  type MatchingQuestion,
  type QuestionType,
  type QuizCard,
  type QuizQuestion,
} from '../../../src/domain/quiz/quiz-types.ts';
import { bundledDecks } from '../../helpers/bundled-decks.ts';

const SEEDS = Array.from({ length: 50 }, (_, index) => index * 104_729 + 11);
const TYPE_SETS: readonly (readonly QuestionType[])[] = [
  ...QUESTION_TYPES.map((type) => [type]),
  [],
];

const corpusFiles = import.meta.glob<string>(
  ['../../fixtures/corpus/**/*.txt', '../../fixtures/corpus/**/*.md', '!**/README.md'],
  { eager: true, query: '?raw', import: 'default' },
);

/** The corpus documents as decks; a document the generator finds nothing in has no quiz. */
function corpusDecks(): Deck[] {
  return Object.keys(corpusFiles)
    .sort()
    .flatMap((path) => {
      try {
        return [buildDeck(corpusFiles[path] ?? '', path.split('/').pop() ?? path, 'corpus')];
      } catch (error) {
        if (error instanceof DeckGenerationError) return [];
        throw error;
      }
    });
}

const DECKS: readonly { readonly source: string; readonly deck: Deck }[] = [
  ...bundledDecks.map((deck) => ({ source: 'bundled', deck })),
  ...corpusDecks().map((deck) => ({ source: 'corpus', deck })),
];

function cardsOf(deck: Deck): QuizCard[] {
  return deck.cards.map((card) => ({ ...card, deckId: deck.id, lang: deck.language }));
}

function questionsOf(cards: readonly QuizCard[], types: readonly QuestionType[]) {
  return SEEDS.flatMap(
    (seed) =>
      generateQuiz({
        questionCount: 10,
        types,
        seed,
        pool: cards,
        keepPoolOrder: false,
        deckCards: cards,
      }).questions,
  );
}

/** Whether `option` can be read in `text`: a substring, case aside. */
function visibleIn(option: string, text: string, lang: string): boolean {
  return text.toLocaleLowerCase(lang).includes(option.trim().toLocaleLowerCase(lang));
}

/** The options a question offers besides the right one, and the text it shows. */
function wrongOptions(question: QuizQuestion): { shown: string; wrong: string[] }[] {
  switch (question.type) {
    case 'multiple-choice':
      return [
        {
          shown: question.prompt,
          wrong: question.options.filter((_, index) => index !== question.correctIndex),
        },
      ];
    case 'true-false':
      return [{ shown: question.prompt, wrong: question.isTrue ? [] : [question.shown] }];
    case 'typed':
      return [];
    case 'matching':
      return question.items.map((item) => ({
        shown: item.prompt,
        wrong: question.items.filter((other) => other !== item).map((other) => other.answer),
      }));
  }
}

/** What a matching prompt asks about: a table row ("BPO — services?") or a term ("KPO"). */
function subjectOf(prompt: string, lang: string): { term: string; row: string | null } {
  const dash = prompt.lastIndexOf(' — ');
  const fold = (text: string) => text.trim().replace(/\?$/u, '').toLocaleLowerCase(lang);
  if (dash === -1) return { term: fold(prompt), row: null };
  return { term: fold(prompt.slice(0, dash)), row: fold(prompt.slice(dash + 3)) };
}

function expectOneSubjectEach(question: MatchingQuestion) {
  const subjects = question.items.map((item) => subjectOf(item.prompt, question.lang));
  const rows = subjects.flatMap((subject) => (subject.row === null ? [] : [subject.row]));
  expect(new Set(rows).size).toBe(rows.length);
  // A term asked on its own (a definition) is not asked again, alone or as a table's side.
  const terms = subjects.filter((subject) => subject.row === null).map((subject) => subject.term);
  expect(new Set(terms).size).toBe(terms.length);
  const sides = subjects.filter((subject) => subject.row !== null).map((subject) => subject.term);
  expect(terms.filter((term) => sides.includes(term))).toEqual([]);
}

describe.each(DECKS.map(({ source, deck }) => [`${source} ${deck.id}`, source, deck] as const))(
  'every question of %s',
  (_, source, deck) => {
    const cards = cardsOf(deck);

    it.each(TYPE_SETS.map((types) => [types.join(', ') || 'mixed', types] as const))(
      '%s: no wrong option can be read in the question',
      (_name, types) => {
        const questions = questionsOf(cards, types);
        // A corpus document may be too small for any quiz; the bundled decks never are.
        if (source === 'bundled') expect(questions.length).toBeGreaterThan(0);
        for (const question of questions) {
          for (const { shown, wrong } of wrongOptions(question)) {
            const visible = wrong.filter((option) => visibleIn(option, shown, question.lang));
            expect({ shown, visible }).toEqual({ shown, visible: [] });
          }
        }
      },
    );

    it('matching sets: never two items on the same subject, scored per pair', () => {
      const sets = questionsOf(cards, ['matching']).filter(
        (question): question is MatchingQuestion => question.type === 'matching',
      );
      for (const question of sets) {
        expectOneSubjectEach(question);
        const size = question.items.length;
        // The first two answers swapped: every other pair right.
        const pairs = question.items.map((_item, index) => (index < 2 ? 1 - index : index));
        const result = gradeResponse(
          question,
          { type: 'matching', pairs },
          { ignoreAccents: false },
        );
        expect(result.score).toBeCloseTo((size - 2) / size, 10);
        expect(result.items.filter((item) => item.verdict === 'correct')).toHaveLength(size - 2);
      }
    });
  },
);
