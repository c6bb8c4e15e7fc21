// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DeckCard } from '../../../src/domain/deck/deck-types.ts';
import { evaluateDeck, ruleBreaks } from '../../../src/domain/generator/deck-quality.ts';
import { MAX_BACK_WORDS, splitAnswer } from '../../../src/domain/generator/sentences.ts';
import { BLANK, wordCount } from '../../../src/domain/generator/text.ts';
import { build, cardWithFront } from './generator-test-helpers.ts';

const LONG_REST = Array.from({ length: 12 }, (_, index) => `Reason ${index + 1} is cost.`).join(
  ' ',
);

describe('splitAnswer', () => {
  it.each([
    ['a short answer stays whole', 'Yes. Most do.', 'Do they?', 'Yes. Most do.', ''],
    [
      'the first sentences up to 40 words, the rest as context',
      `Hayır. Büyüme şirketleri kâr dağıtmaz. ${LONG_REST}`,
      'Her şirket öder mi?',
      `Hayır. Büyüme şirketleri kâr dağıtmaz. ${LONG_REST.split('. ').slice(0, 8).join('. ')}.`,
      LONG_REST.split('. ').slice(8).join('. '),
    ],
    [
      'an opening sentence that repeats the question is skipped',
      `Der er mange fordele ved BPO. Det sænker omkostningerne. ${LONG_REST}`,
      'Hvad er fordelene ved BPO?',
      `Det sænker omkostningerne. ${LONG_REST.split('. ').slice(0, 9).join('. ')}.`,
      LONG_REST.split('. ').slice(9).join('. '),
    ],
  ])('%s', (_name, text, question, back, context) => {
    expect(splitAnswer(text, question)).toEqual({ back, context });
  });

  it('cuts one endless sentence at a word and keeps it all in the context', () => {
    const sentence = `${Array.from({ length: 60 }, (_, index) => `word${index}`).join(' ')}.`;
    const answer = splitAnswer(sentence);
    expect(answer.back.endsWith(' …')).toBe(true);
    expect(wordCount(answer.back)).toBeLessThanOrEqual(MAX_BACK_WORDS);
    expect(answer.context).toBe(sentence);
  });

  it('gives FAQ cards short backs and the rest as context', () => {
    const deck = build(`## FAQ\n\n### Why outsource?\n\nIt saves money. ${LONG_REST}\n`);
    const card = cardWithFront(deck, 'Why outsource?');
    expect(wordCount(card.back)).toBeLessThanOrEqual(MAX_BACK_WORDS);
    expect(card.context).toMatch(/Reason 12 is cost\.$/);
  });
});

describe('titles and duplicates', () => {
  it('names the compared terms when the title would be a Key difference sentence', () => {
    const text =
      'Key difference: BPO is the outsourcing of business processes. On the other hand, KPO is the outsourcing of knowledge processes.\n\nSegments are:\n\n- analytics\n- research\n';
    expect(build(text).title).toBe('BPO vs. KPO');
  });

  it('keeps one card when two parts of a document ask the same question', () => {
    const text =
      '## FAQ\n\n### What is KPO?\n\nKPO is outsourcing.\n\n### What is KPO?\n\nKPO is knowledge work.\n';
    expect(build(text).cards.map((card) => card.back)).toEqual(['KPO is outsourcing.']);
  });

  it('keeps one card when a highlight says in nearly the same words what a definition asks', () => {
    const text = [
      '# Offshoring',
      '',
      'Auf der anderen Seite bedeutet Captive Offshoring, dass das Unternehmen im Ausland eine eigene Tochtergesellschaft gründet.',
      '',
      '## Das Wichtigste in Kürze',
      '',
      '- Beim Captive Offshoring gründet das Unternehmen eine eigene Tochtergesellschaft im Ausland.',
      '',
    ].join('\n');
    const deck = build(text, 'offshoring.de.md');
    expect(deck.cards.map((card) => [card.kind, card.front])).toEqual([
      ['definition', 'Captive Offshoring'],
    ]);
  });
});

describe('evaluateDeck', () => {
  const text = [
    '# Bonds',
    '',
    'A callable bond is a bond that the issuer may repay early.',
    '',
    '## Key Takeaways',
    '',
    '- Callable bonds pay more interest.',
    '',
    '## FAQ',
    '',
    '### Why buy bonds?',
    '',
    `Bonds pay interest. ${LONG_REST}`,
    '',
  ].join('\n');

  it('counts the gold a card asks, filling a cloze blank with its answer', () => {
    const quality = evaluateDeck(text, 'bonds.en.txt', [
      { ask: 'Callable bond', all: ['callable bond', 'repay early'] },
      { ask: 'Never asked', all: ['perpetual bond'] },
    ]);
    expect(quality.covered.map((item) => item.ask)).toEqual(['Callable bond']);
    expect(quality.missed.map((item) => item.ask)).toEqual(['Never asked']);
    expect(quality.kinds).toMatchObject({ definition: 1, faq: 1 });
    expect(quality.breaks).toEqual([]);
  });

  it('counts a formula card as asking its whole formula', () => {
    const quality = evaluateDeck(
      '# Balance sheet\n\nThe balance sheet follows one equation.\n\nAssets = Liabilities + Equity\n',
      'balance.en.txt',
      [{ ask: 'The equation', all: ['assets = liabilities + equity'] }],
    );
    expect(quality.cards.map((card) => [card.front, card.back])).toContainEqual([
      'Assets = ?',
      'Liabilities + Equity',
    ]);
    expect(quality.covered.map((item) => item.ask)).toEqual(['The equation']);
  });

  it('scores a document with nothing to learn as no card and every gold item missed', () => {
    const quality = evaluateDeck('Just a line without anything to ask', 'empty.en.txt', [
      { ask: 'Anything', all: ['line'] },
    ]);
    expect(quality.cards).toEqual([]);
    expect(quality.missed.map((item) => item.ask)).toEqual(['Anything']);
    expect(quality.breaks).toEqual([]);
  });

  it('reports each kind of rule break', () => {
    const deck = build(text, 'bonds.en.txt');
    const card = (front: string, back: string, kind: DeckCard['kind'] = 'highlight'): DeckCard => ({
      id: `bonds-en:${kind}:${front}`,
      kind,
      front,
      back,
      context: '',
      lines: [1, 1],
    });
    const broken = {
      ...deck,
      cards: [
        card('Why?', `${LONG_REST} ${LONG_REST}`, 'faq'),
        card(`Callable bonds ${BLANK} more interest.`, 'pay'),
        card('Why?', 'Because.', 'faq'),
        card('Callable bond or not?', 'Callable bond', 'definition'),
      ],
    };
    expect(ruleBreaks(broken, text).map((item) => [item.rule, item.detail])).toEqual([
      ['long back', '96 words'],
      ['cloze target', 'not a term: pay'],
      ['duplicate', 'of bonds-en:faq:Why?'],
      ['front has answer', 'Callable bond'],
    ]);
  });
});
