// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  appearsIn,
  characterDiff,
  checkTypedAnswer,
  isNearEqual,
} from '../../../src/domain/quiz/check-answer.ts';
import type { Verdict } from '../../../src/domain/quiz/quiz-types.ts';
import { answerIn, quizCardsOf } from './quiz-test-helpers.ts';

const slovak = quizCardsOf('bpo-vs-kpo-sk');
const turkish = quizCardsOf('bpo-tr');

describe('checkTypedAnswer on the Slovak comparison deck', () => {
  it.each<[string, string, string, boolean, Verdict]>([
    ['exact', 'analytika', 'analytika', false, 'correct'],
    ['upper case', 'ANALYTIKA', 'analytika', false, 'correct'],
    ['surrounding spaces and a full stop', '  analytika. ', 'analytika', false, 'correct'],
    ['one wrong letter', 'analitika', 'analytika', false, 'close'],
    ['diacritics left out, deck strict', 'podnikovy vyskum', 'Podnikový výskum', false, 'close'],
    [
      'diacritics left out, deck ignores accents',
      'podnikovy vyskum',
      'Podnikový výskum',
      true,
      'correct',
    ],
    [
      'without the parentheses',
      'Outsourcing finančného výskumu FRO',
      'Outsourcing finančného výskumu (FRO)',
      false,
      'correct',
    ],
    ['the other side of the table', 'vedomosti', 'proces', false, 'wrong'],
    ['BPO for KPO: short answers have no "close"', 'BPO', 'KPO', false, 'wrong'],
    ['a typo in a list item', 'poistenia', 'poistenie', false, 'close'],
    ['nothing typed', '   ', 'poistenie', false, 'wrong'],
    ['only punctuation typed', '…', 'poistenie', false, 'wrong'],
  ])('%s', (_, given, expected, ignoreAccents, verdict) => {
    expect(
      checkTypedAnswer(given, answerIn(slovak, expected), { lang: 'sk', ignoreAccents }).verdict,
    ).toBe(verdict);
  });
});

describe('checkTypedAnswer on the Turkish deck (İ/ı)', () => {
  // A phrase of the deck with both İ and ı (the name the article gives BPO).
  const hiddenTerm = 'İş süreçleri dış kaynak kullanımı (BPO)';
  it.each<[string, string, string, string, boolean, Verdict]>([
    [
      'lower-case i for İ',
      'iş süreçleri dış kaynak kullanımı (bpo)',
      hiddenTerm,
      'tr',
      false,
      'correct',
    ],
    [
      'all capitals: İ → i and I → ı',
      'İŞ SÜREÇLERİ DIŞ KAYNAK KULLANIMI BPO',
      hiddenTerm,
      'tr',
      false,
      'correct',
    ],
    [
      'capital I is ı in Turkish, so "KULLANIMI" is right',
      'OFFSHORE DIŞ KAYNAK KULLANIMI',
      'offshore dış kaynak kullanımı',
      'tr',
      false,
      'correct',
    ],
    [
      'dotless ı typed as i twice: close',
      'offshore dış kaynak kullanimi',
      'offshore dış kaynak kullanımı',
      'tr',
      false,
      'close',
    ],
    [
      'no Turkish letters at all, deck strict',
      'is surecleri dis kaynak kullanimi bpo',
      hiddenTerm,
      'tr',
      false,
      'wrong',
    ],
    [
      'no Turkish letters at all, deck ignores accents',
      'is surecleri dis kaynak kullanimi bpo',
      hiddenTerm,
      'tr',
      true,
      'correct',
    ],
    ['the abbreviation alone', 'bpo', 'BPO', 'tr', false, 'correct'],
    [
      'English case rules (I → i) make it only close',
      'OFFSHORE DIŞ KAYNAK KULLANIMI',
      'offshore dış kaynak kullanımı',
      'en',
      false,
      'close',
    ],
    [
      'Turkish case rules take the reversed definition term as written',
      'YERLİ KAYNAK KULLANIMI',
      'yerli kaynak kullanımı',
      'tr',
      false,
      'correct',
    ],
    [
      'English case rules (İ → i + dot, I → i) make the same answer wrong',
      'YERLİ KAYNAK KULLANIMI',
      'yerli kaynak kullanımı',
      'en',
      false,
      'wrong',
    ],
  ])('%s', (_, given, expected, lang, ignoreAccents, verdict) => {
    expect(
      checkTypedAnswer(given, answerIn(turkish, expected), { lang, ignoreAccents }).verdict,
    ).toBe(verdict);
  });
});

describe('the character diff', () => {
  it.each([
    [
      'a wrong letter',
      'analitika',
      'analytika',
      'sk',
      [
        { kind: 'same', text: 'anal' },
        { kind: 'extra', text: 'i' },
        { kind: 'missing', text: 'y' },
        { kind: 'same', text: 'tika' },
      ],
    ],
    [
      'a missing word',
      'Služby podpory',
      'Služby technickej podpory',
      'sk',
      [
        { kind: 'same', text: 'služby ' },
        { kind: 'missing', text: 'technickej ' },
        { kind: 'same', text: 'podpory' },
      ],
    ],
    [
      'dotless ı for i, case folded the Turkish way',
      'KULLANIMI',
      'kullanimi',
      'tr',
      [
        { kind: 'same', text: 'kullan' },
        { kind: 'extra', text: 'ı' },
        { kind: 'missing', text: 'i' },
        { kind: 'same', text: 'm' },
        { kind: 'extra', text: 'ı' },
        { kind: 'missing', text: 'i' },
      ],
    ],
  ])('%s', (_, given, expected, lang, parts) => {
    expect(characterDiff(given, expected, lang)).toEqual(parts);
  });

  it.each<[string, string, string, Verdict, boolean]>([
    ['right', 'analytika', 'analytika', 'correct', false],
    ['a near miss', 'analitika', 'analytika', 'close', true],
    ['wrong, but half of it right', 'Služby podpory', 'Služby technickej podpory', 'wrong', true],
    ['one letter', 'x', 'analytika', 'wrong', false],
    ['two letters of a long answer', 'sl', 'Služby technickej podpory', 'wrong', false],
    ['a guess sharing a few letters', 'vedomosti', 'Služby nízkeho konca', 'wrong', false],
    ['only spaces and punctuation', ' - ', 'analytika', 'wrong', false],
  ])('%s: verdict %s, diff shown %s', (_, given, expected, verdict, hasDiff) => {
    const check = checkTypedAnswer(given, expected, { lang: 'sk', ignoreAccents: false });
    expect(check.verdict).toBe(verdict);
    expect(check.diff.length > 0).toBe(hasDiff);
  });
});

describe('appearsIn', () => {
  const list = 'Segmenty KPO sú:\n• analytika\n• _____\n• Návrh a animácia';
  it.each([
    ['an item of the list shown', 'analytika', list, true],
    ['in another case', 'NÁVRH A ANIMÁCIA', list, true],
    ['without its accents, as words', 'Navrh a animacia', list, true],
    ['a word of a table row', 'proces', 'BPO — proces?', true],
    ['an item not shown', 'Marketingové služby', list, false],
    ['inside a longer word', 'proces', 'BPO — procesy?', true],
    ['an empty answer', '', list, false],
  ])('%s', (_, answer, text, expected) => {
    expect(appearsIn(answer, text, 'sk')).toBe(expected);
  });
});

describe('isNearEqual', () => {
  it.each([
    ['accents and case', 'Služby nízkeho konca', 'sluzby nizkeho konca', 'sk', true],
    ['a full stop', 'Telemarketingové služby', 'Telemarketingove sluzby.', 'sk', true],
    ['one answer inside the other', 'proces', 'Preddefinovaný proces', 'sk', true],
    ['an abbreviation inside a name', 'BPO', 'İş süreçleri dış kaynak kullanımı (BPO)', 'tr', true],
    ['BPO and KPO differ', 'BPO', 'KPO', 'sk', false],
    [
      'the two sides of a row',
      'Outsourcing podnikového spracovania',
      'Outsourcing spracovania poznatkov',
      'sk',
      false,
    ],
    [
      'two items of one list',
      'Služby technickej podpory',
      'Služby zákazníckej podpory',
      'sk',
      false,
    ],
    ['an inflected form is another answer', 'proces', 'procesov', 'sk', false],
    ['different words sharing letters', 'analytika', 'Marketingové služby', 'sk', false],
  ])('%s', (_, a, b, lang, expected) => {
    expect(isNearEqual(a, b, lang)).toBe(expected);
    expect(isNearEqual(b, a, lang)).toBe(expected);
  });
});
