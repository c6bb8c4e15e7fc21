// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  matchRanges,
  matchesTerms,
  normalizeForSearch,
  searchTerms,
} from '../../../src/domain/stats/search-text.ts';

describe('normalizeForSearch', () => {
  it.each([
    ['Økonomiske konsulenter', 'da', 'okonomiske konsulenter'],
    ['ÆBLE og BLÅBÆR', 'da', 'aeble og blabaer'],
    ['Straße', 'de', 'strasse'],
    ['STRASSE', 'de', 'strasse'],
    ['Łódź', 'pl', 'lodz'],
    ['Đakovo', 'hr', 'dakovo'],
    ['Rozdiel medzi BPO a KPO: čo je lepšie?', 'sk', 'rozdiel medzi bpo a kpo: co je lepsie?'],
    ['İSTANBUL', 'tr', 'istanbul'],
    ['ISTANBUL', 'tr', 'istanbul'], // Turkish I → ı → i
    ['İstanbul', 'en', 'istanbul'], // the dot above is a combining mark elsewhere
    ['Dış kaynak', 'tr', 'dis kaynak'],
    ['ﬁnance  \n  café', 'en', 'finance cafe'], // ligature, whitespace, accent
    ['Ｆｕｌｌｗｉｄｔｈ', 'en', 'fullwidth'],
    ['Kaffe', 'not a language tag!', 'kaffe'],
  ])('%s (%s) → %s', (text, lang, expected) => {
    expect(normalizeForSearch(text, lang)).toBe(expected);
  });
});

describe('search terms and matching', () => {
  const text = normalizeForSearch('Nogle eksempler:\n• Økonomiske konsulenter\n• Gyldige', 'da');
  it.each([
    ['okonomiske', true],
    ['ØKONOMISKE', true],
    ['konsul okonom', true], // any order, parts of words
    ['okonomiske revisorer', false], // every term must match
    ['', true],
    ['   ', true],
    ['oekonomiske', false],
  ])('“%s” → %s', (query, found) => {
    expect(matchesTerms(text, searchTerms(query, 'da'))).toBe(found);
  });
});

describe('matchRanges', () => {
  it.each([
    ['Økonomiske konsulenter', 'okonom', 'da', [[0, 6]]],
    [
      'Økonomiske konsulenter',
      'KONSULENT ske',
      'da',
      [
        [7, 10],
        [11, 20],
      ],
    ],
    [
      'Straße und strasse',
      'strasse',
      'de',
      [
        [0, 6],
        [11, 18],
      ],
    ],
    ['İSTANBUL', 'istan', 'tr', [[0, 5]]],
    ['aaa', 'aa', 'en', [[0, 3]]],
    ['no match here', 'zebra', 'en', []],
    ['anything', '', 'en', []],
  ] as [string, string, string, [number, number][]][])(
    'marks %j for %j in %s: %j',
    (text, query, lang, expected) => {
      expect(matchRanges(text, searchTerms(query, lang), lang)).toEqual(expected);
    },
  );
});
