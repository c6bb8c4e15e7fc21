// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  comparisonParts,
  groupOf,
  sameSubject,
  sameTerm,
} from '../../../src/domain/quiz/question-subject.ts';
import type { QuizCard } from '../../../src/domain/quiz/quiz-types.ts';
import { quizCard } from './quiz-test-helpers.ts';

const kpo = quizCard('KPO', 'Knowledge process outsourcing', { kind: 'definition' });
const kpoLower = quizCard('kpo', 'Outsourcing of knowledge work', { kind: 'definition' });
const bpo = quizCard('BPO', 'Business process outsourcing', { kind: 'definition' });
const kpoMeans = quizCard('KPO — Znamenať?', 'Outsourcing spracovania poznatkov');
const kpoServices = quizCard('KPO — služby?', 'Vysoko kvalitné služby');
const bpoServices = quizCard('BPO — služby?', 'Služby nízkeho konca');
const listA = quizCard('Segmenty KPO sú:\n• _____\n• výskum', 'analytika', { kind: 'list' });
const listB = quizCard('Segmenty KPO sú:\n• analytika\n• _____', 'výskum', { kind: 'list' });
const otherList = quizCard('Služby BPO sú:\n• _____', 'poistenie', { kind: 'list' });
const cloze = quizCard('_____ needs expert staff.', 'KPO', { kind: 'highlight' });
const kpoCost = quizCard('KPO — Koľko stojí?', 'Viac ako BPO', { kind: 'faq' });
const kpoWho = quizCard('KPO — Kto ho využíva?', 'Banky a poisťovne', { kind: 'faq' });
const plainFaq = quizCard('Koľko stojí BPO?', 'Menej ako KPO', { kind: 'faq' });

describe('comparisonParts', () => {
  it.each([
    ['KPO — Odborné znalosti v?', { side: 'KPO', row: 'Odborné znalosti v' }],
    ['A — B — row?', { side: 'A — B', row: 'row' }],
    ['no dash here', null],
  ])('%s', (front, parts) => {
    expect(comparisonParts(front)).toEqual(parts);
  });
});

describe('groupOf', () => {
  it.each<[string, QuizCard, string | null]>([
    ['a list card: its lead-in', listA, 'list:Segmenty KPO sú:'],
    ['a comparison: its row', kpoServices, 'row:služby'],
    ['a definition: none', kpo, null],
  ])('%s', (_, card, group) => {
    expect(groupOf(card)).toBe(group);
  });
});

describe('sameSubject (one matching set holds one card per subject)', () => {
  it.each<[string, QuizCard, QuizCard, boolean]>([
    ['a definition and a row of its term', kpo, kpoMeans, true],
    ['two definitions of one term, case aside', kpo, kpoLower, true],
    ['both sides of one table row', kpoServices, bpoServices, true],
    ['two items of one list', listA, listB, true],
    ['two rows of one side', kpoMeans, kpoServices, false],
    ['two terms', kpo, bpo, false],
    ['a definition and the other side', kpo, bpoServices, false],
    ['items of two lists', listA, otherList, false],
    ['a cloze and a definition', cloze, kpo, false],
    ['a definition and a question given its subject', kpo, kpoCost, true],
    ['two questions given one subject', kpoCost, kpoWho, false],
    ['a question and a row of one side', kpoCost, kpoServices, false],
    ['a question without a subject and a definition', plainFaq, bpo, false],
  ])('%s: %s', (_, a, b, same) => {
    expect(sameSubject(a, b)).toBe(same);
    expect(sameSubject(b, a)).toBe(same);
  });
});

describe('sameTerm (no distractor says something of the same term)', () => {
  it.each<[string, QuizCard, QuizCard, boolean]>([
    ['two rows of one side', kpoMeans, kpoServices, true],
    ['a definition and a row of its term', kpo, kpoServices, true],
    ['both sides of one row', kpoServices, bpoServices, false],
    ['two list items', listA, listB, false],
  ])('%s', (_, a, b, same) => {
    expect(sameTerm(a, b)).toBe(same);
    expect(sameTerm(b, a)).toBe(same);
  });
});
