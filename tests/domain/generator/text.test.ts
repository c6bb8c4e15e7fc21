import { describe, expect, it } from 'vitest';
import {
  capitalizeFirst,
  foldForCompare,
  lastWordOf,
  rememberBounded,
  replaceWholeTerm,
  trimEndOf,
  withMemosFor,
  wordCharLength,
  wordCount,
} from '../../../src/domain/generator/text.ts';

describe('capitalizeFirst', () => {
  it.each([
    ['skratka pre BPO', undefined, 'Skratka pre BPO'],
    ['işverenin payı', 'tr', 'İşverenin payı'],
    ['ısı yalıtımı', 'tr', 'Isı yalıtımı'],
    ['indkomst', 'da', 'Indkomst'],
  ])('%s (%s) → %s', (text, lang, expected) => {
    expect(capitalizeFirst(text, lang)).toBe(expected);
  });
});

describe('replaceWholeTerm', () => {
  it.each([
    ['BPO, BPO-firma, BPOS', 'bpo', '_, _-firma, BPOS'],
    ['Outsourcing af vidensprocesser', 'vidensprocesser', 'Outsourcing af _'],
    ['BPO’nun hizmetleri', 'BPO', '_’nun hizmetleri'],
    ['A term not here at all', 'KPO', 'A term not here at all'],
    ['kpo inside a word: akpoz', 'KPO', '_ inside a word: akpoz'],
  ])('%j without %j → %j', (text, term, expected) => {
    expect(replaceWholeTerm(text, term, '_')).toBe(expected);
  });
});

describe('rememberBounded', () => {
  it('drops the oldest entry when the map is full', () => {
    const map = new Map([
      ['a', 1],
      ['b', 2],
    ]);
    expect(rememberBounded(map, 2, 'c', () => 3)).toBe(3);
    expect([...map]).toEqual([
      ['b', 2],
      ['c', 3],
    ]);
  });

  it('gives the value it holds without making it again', () => {
    const map = new Map([['a', 1]]);
    expect(rememberBounded(map, 2, 'a', () => 9)).toBe(1);
    expect([...map]).toEqual([['a', 1]]);
  });

  it('keeps every entry below the bound', () => {
    const map = new Map([['a', 1]]);
    rememberBounded(map, 3, 'b', () => 2);
    expect([...map.keys()]).toEqual(['a', 'b']);
  });

  it('neither looks up nor keeps while a long document is worked on, and does again after', () => {
    const map = new Map([['a', 1]]);
    const made = withMemosFor(1_000_000, () => [
      rememberBounded(map, 3, 'a', () => 9),
      rememberBounded(map, 3, 'b', () => 2),
    ]);
    expect(made).toEqual([9, 2]);
    expect([...map.keys()]).toEqual(['a']);
    expect(withMemosFor(10_000, () => rememberBounded(map, 3, 'a', () => 9))).toBe(1);
    rememberBounded(map, 3, 'b', () => 2);
    expect([...map.keys()]).toEqual(['a', 'b']);
  });
});

describe('foldForCompare', () => {
  it.each([
    ['ASCII', `  ${'The Vendor  runs the PROCESS. '.repeat(5)}`, 'the vendor runs the process. '],
    ['Latin', 'Kľúčový  ROZDIEL medzi BPO a KPO. '.repeat(5), 'klucovy rozdiel medzi bpo a kpo. '],
  ])('folds a long %s text alike again, also after many other texts', (_, text, unit) => {
    const expected = unit.repeat(5).trim();
    expect(foldForCompare(text)).toBe(expected);
    expect(foldForCompare(text)).toBe(expected);
    for (let index = 0; index < 2000; index += 1) foldForCompare(`${text} ${index}`);
    expect(foldForCompare(text)).toBe(expected);
  });

  /** The definition the fast paths must agree with. */
  const byNormalizing = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      .replace(/ı/g, 'i')
      .replace(/\s+/g, ' ')
      .trim();

  it.each([
    ['  Kľúčový  ROZDIEL ', 'klucovy rozdiel'],
    ['İŞ SÜREÇLERİ dış kaynak', 'is surecleri dis kaynak'],
    ['Højdepunkter Æble Øre', 'højdepunkter æble øre'],
    ['Straße\u00a0Größe', 'straße große'],
    ['ﬁnance ½ Ω', 'finance 1⁄2 ω'],
    ['Kupon – „Rente“\u2009… • ENDE', 'kupon – „rente“ ... • ende'],
    ['  Back  OFFICE, Front-Office (BPO)  ', 'back office, front-office (bpo)'],
    ['\tOne\r\nTWO \n\n three\n', 'one two three'],
    ['already folded', 'already folded'],
  ])('%s → %s', (text, folded) => {
    expect(foldForCompare(text)).toBe(folded);
  });

  it('folds every character up to U+2FFF as Unicode normalisation does, alone and in words', () => {
    const differing: string[] = [];
    for (let code = 0; code < 0x3000; code += 1) {
      const char = String.fromCharCode(code);
      for (const text of [
        char,
        `Ab${char}ç D`,
        `${char}\u0301x`,
        `  Ab ${char}  D `,
        `\nAb\t${char} D\n`,
      ]) {
        if (foldForCompare(text) !== byNormalizing(text)) differing.push(JSON.stringify(text));
      }
    }
    expect(differing).toEqual([]);
  });
});

describe('trimEndOf', () => {
  it.each([
    ['Kosten, Zeit; –  ', 'Kosten, Zeit'],
    ['no change', 'no change'],
    [' ,;: ', ''],
    ['a-b -', 'a-b'],
    ['', ''],
  ])('%j → %j', (text, trimmed) => {
    expect(trimEndOf(text, ',;:–-')).toBe(trimmed);
    expect(trimEndOf(text, ',;:–-')).toBe(text.replace(/[\s,;:–-]+$/u, ''));
  });
});

describe('lastWordOf', () => {
  it.each([
    ['see e.g.', 'e.g.'],
    ['one', 'one'],
    ['ends with space ', ''],
    ['', ''],
  ])('%j → %j', (text, word) => {
    expect(lastWordOf(text)).toBe(word);
  });
});

describe('wordCount', () => {
  it.each([
    ['Forskning og udvikling (F&U)', 5],
    ['İş süreçleri, dış kaynak!', 4],
    ['Kľúčový rozdiel: 50 000 eur', 5],
    ['𝐀𝐁 and 𝐂', 3],
    ['  ', 0],
    ['co-op 3.5', 4],
  ])('%j has %i words, as the Unicode word pattern counts them', (text, count) => {
    expect(wordCount(text)).toBe(count);
    expect(wordCount(text)).toBe(text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
  });
});

describe('wordCharLength', () => {
  it.each([
    ['F&U', 0, 1],
    ['F&U', 1, 0],
    ['ış', 0, 1],
    ['𝐀𝐁', 0, 2],
    ['→', 0, 0],
    ['\ud835', 0, 0],
  ])('%j at %i is a letter or digit of %i code units', (text, index, length) => {
    expect(wordCharLength(text, index)).toBe(length);
  });
});
