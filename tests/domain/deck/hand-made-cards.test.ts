// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { handMadeCards, parseCloze } from '../../../src/domain/deck/hand-made-cards.ts';
import { isHandMadeCard } from '../../../src/domain/deck/hand-made-card-ids.ts';

describe('parseCloze', () => {
  it.each([
    [
      'one cloze',
      'Oslo is in {{c1::Norway}}.',
      ['Oslo is in ', { number: 1, answer: 'Norway', hint: null }, '.'],
    ],
    [
      'a hint',
      '{{c1::Oslo::capital}} is in {{c2::Norway}}',
      [
        { number: 1, answer: 'Oslo', hint: 'capital' },
        ' is in ',
        { number: 2, answer: 'Norway', hint: null },
      ],
    ],
    [
      'spaces around the answer and hint',
      '{{c3:: BPO :: acronym }}',
      [{ number: 3, answer: 'BPO', hint: 'acronym' }],
    ],
    [
      'braces that are no cloze',
      '{{x}} and {{c1::y}}',
      ['{{x}} and ', { number: 1, answer: 'y', hint: null }],
    ],
    ['two-digit numbers', '{{c12::twelve}}', [{ number: 12, answer: 'twelve', hint: null }]],
  ])('reads %s', (_name, text, segments) => {
    expect(parseCloze(text)).toEqual({ ok: true, segments });
  });

  it.each([
    ['no cloze at all', 'Oslo is in Norway', { code: 'noCloze' }],
    ['an unclosed cloze', 'Oslo is in {{c1::Norway', { code: 'unclosed', number: 1 }],
    [
      'an unclosed second cloze',
      '{{c1::Oslo}} is in {{c2::Norway',
      { code: 'unclosed', number: 2 },
    ],
    ['a nested cloze', '{{c1::Oslo is in {{c2::Norway}}}}', { code: 'nested', number: 1 }],
    ['an empty cloze', 'Oslo is in {{c1::}}', { code: 'empty', number: 1 }],
    ['a blank cloze with a hint', '{{c2::  ::country}}', { code: 'empty', number: 2 }],
    ['cloze number 0', '{{c0::Oslo}}', { code: 'zero' }],
  ])('refuses %s', (_name, text, problem) => {
    expect(parseCloze(text)).toEqual({ ok: false, problem });
  });
});

describe('handMadeCards', () => {
  it('makes one basic card with its context, trimmed', () => {
    expect(
      handMadeCards('geo', 'n1', {
        type: 'basic',
        front: ' Capital of Norway? ',
        back: 'Oslo\n',
        context: '',
      }),
    ).toEqual({
      ok: true,
      cards: [
        {
          id: 'geo:added:n1',
          kind: 'definition',
          front: 'Capital of Norway?',
          back: 'Oslo',
          context: '',
          lines: [0, 0],
        },
      ],
    });
  });

  it.each([
    ['no front', { type: 'basic', front: ' ', back: 'b', context: 'c' }, { code: 'noFront' }],
    ['no back', { type: 'basic', front: 'f', back: '', context: 'c' }, { code: 'noBack' }],
    [
      'an empty cloze',
      { type: 'cloze', text: 'a {{c1::}}', extra: '' },
      { code: 'empty', number: 1 },
    ],
  ] as const)('refuses %s', (_name, input, problem) => {
    expect(handMadeCards('geo', 'n1', input)).toEqual({ ok: false, problem });
  });

  it.each([
    [
      'one card per cloze number, in number order, the other cloze shown',
      '{{c2::Oslo}} is the capital of {{c1::Norway}}.',
      '',
      [
        ['geo:added:n1-c1', 'Oslo is the capital of _____.', 'Norway'],
        ['geo:added:n1-c2', '_____ is the capital of Norway.', 'Oslo'],
      ],
      'Oslo is the capital of Norway.',
    ],
    [
      'every occurrence of a number hidden together',
      '{{c1::BPO}} and {{c2::KPO}} differ; {{c1::BPO}} costs less, {{c1::cheap}} work.',
      'From the BPO deck.',
      [
        ['geo:added:n1-c1', '_____ and KPO differ; _____ costs less, _____ work.', 'BPO, cheap'],
        ['geo:added:n1-c2', 'BPO and _____ differ; BPO costs less, cheap work.', 'KPO'],
      ],
      'BPO and KPO differ; BPO costs less, cheap work.\n\nFrom the BPO deck.',
    ],
    [
      'a hint beside its blank',
      'The capital is {{c1::Oslo::city}}.',
      '',
      [['geo:added:n1-c1', 'The capital is _____ [city].', 'Oslo']],
      'The capital is Oslo.',
    ],
  ])('cloze: %s', (_name, text, extra, expected, context) => {
    const result = handMadeCards('geo', 'n1', { type: 'cloze', text, extra });
    expect(result.ok && result.cards.map((card) => [card.id, card.front, card.back])).toEqual(
      expected,
    );
    expect(result.ok && result.cards.map((card) => [card.kind, card.context])).toEqual(
      expected.map(() => ['highlight', context]),
    );
  });

  it.each([
    ['geo:added:n1-c1', 'geo', true],
    ['geo:added:n1', 'geo', true],
    ['geo:definition:1a2b3c4d', 'geo', false],
    ['geo-2:added:n1', 'geo', false],
    ['other:added:n1', 'geo', false],
  ])('isHandMadeCard(%s in %s) is %s', (cardId, deckId, expected) => {
    expect(isHandMadeCard(deckId, cardId)).toBe(expected);
  });
});
