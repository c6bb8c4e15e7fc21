// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  answerKey,
  defaultIgnoreAccents,
  foldCase,
} from '../../../src/domain/quiz/normalize-answer.ts';

describe('foldCase', () => {
  it.each([
    ['Turkish dotted capital İ becomes i', 'İŞ SÜREÇLERİ', 'tr', 'iş süreçleri'],
    ['Turkish capital I becomes dotless ı', 'DIŞ KAYNAK', 'tr', 'dış kaynak'],
    ['outside Turkish, I becomes i', 'DIŞ', 'sk', 'diş'],
    [
      'Slovak keeps its diacritics',
      'Outsourcing Finančného Výskumu',
      'sk',
      'outsourcing finančného výskumu',
    ],
    ['Danish keeps ø, å and æ', 'ØKONOMISKE Rådgivere', 'da', 'økonomiske rådgivere'],
    [
      'whitespace runs become one space',
      '  Služby \t  technickej\npodpory ',
      'sk',
      'služby technickej podpory',
    ],
    ['a decomposed letter is composed (NFC)', 'c\u030Cas', 'sk', 'čas'],
    ['compatibility forms are unified (NFKC)', 'ﬁnančné', 'sk', 'finančné'],
    ['a malformed language tag still lowercases', 'ABC', 'not a tag!', 'abc'],
  ])('%s', (_, text, lang, expected) => {
    expect(foldCase(text, lang)).toBe(expected);
  });
});

describe('answerKey', () => {
  it.each([
    ['punctuation and spaces go', "BPO'ya", 'tr', false, 'bpoya'],
    [
      'parentheses go',
      'Outsourcing právnych procesov (LPO)',
      'sk',
      false,
      'outsourcingprávnychprocesovlpo',
    ],
    [
      'slashes and dashes go',
      'zadávania údajov / spracovania',
      'sk',
      false,
      'zadávaniaúdajovspracovania',
    ],
    ['accents kept when not ignored', 'Návrh a animácia', 'sk', false, 'návrhaanimácia'],
    ['accents dropped when ignored', 'Návrh a animácia', 'sk', true, 'navrhaanimacia'],
    [
      'ø and æ map to base letters when ignored',
      'Økonomiske æbler',
      'da',
      true,
      'okonomiskeaebler',
    ],
    ['Turkish ı folds to i only when accents are ignored', 'dış', 'tr', true, 'dis'],
    ['Turkish ı stays ı otherwise', 'dış', 'tr', false, 'dış'],
  ])('%s', (_, text, lang, ignoreAccents, expected) => {
    expect(answerKey(text, { lang, ignoreAccents })).toBe(expected);
  });
});

describe('defaultIgnoreAccents', () => {
  it.each([
    ['en', true],
    ['en-GB', true],
    ['da', false],
    ['sk', false],
    ['tr', false],
  ])('%s → %s', (lang, expected) => {
    expect(defaultIgnoreAccents(lang)).toBe(expected);
  });
});
