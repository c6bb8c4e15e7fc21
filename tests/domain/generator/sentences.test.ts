// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/domain/generator/sentences.ts';

describe('splitSentences', () => {
  it.each([
    [
      'two sentences',
      'BPO je proces. Na druhej strane, KPO je iné.',
      ['BPO je proces.', 'Na druhej strane, KPO je iné.'],
    ],
    ['an abbreviation', 'Costs fell, e.g. Rent. It rose.', ['Costs fell, e.g. Rent.', 'It rose.']],
    [
      'a date',
      'Platí od 1. 5. 2018 pre všetkých. Potom nie.',
      ['Platí od 1. 5. 2018 pre všetkých.', 'Potom nie.'],
    ],
    [
      'an ordinal before a lower-case word (tr, da)',
      "Kanunu'nun 89. maddesi bunu tanımlar. Fristen er 1. januar hvert år.",
      ["Kanunu'nun 89. maddesi bunu tanımlar.", 'Fristen er 1. januar hvert år.'],
    ],
    [
      "a law's collection that ends a sentence (sk)",
      'Upravuje ho zákon č. 381/2001 Z. z. Bolo zavedené na ochranu obetí. Platí zákon č. 461/2003 Z. z. o poistení.',
      [
        'Upravuje ho zákon č. 381/2001 Z. z.',
        'Bolo zavedené na ochranu obetí.',
        'Platí zákon č. 461/2003 Z. z. o poistení.',
      ],
    ],
    [
      'an ordinal after an article (de)',
      'Wer vor dem 25. Geburtstag abschließt, bekommt mehr. Das gilt zum 3. Mal. Die Frist ist 25. Danach nicht.',
      [
        'Wer vor dem 25. Geburtstag abschließt, bekommt mehr.',
        'Das gilt zum 3. Mal.',
        'Die Frist ist 25.',
        'Danach nicht.',
      ],
    ],
    [
      'abbreviations before a capital or a number (de)',
      'Es kostet evtl. Gebühren zzgl. MwSt. und max. 20 Euro. Danach nicht.',
      ['Es kostet evtl. Gebühren zzgl. MwSt. und max. 20 Euro.', 'Danach nicht.'],
    ],
    [
      'an abbreviation before a capital (da)',
      'Det gælder f. eks. Danske Bank. Andre banker gør det ikke.',
      ['Det gælder f. eks. Danske Bank.', 'Andre banker gør det ikke.'],
    ],
    [
      'an abbreviation before a number (sk)',
      'Platí to max. 5 rokov. Potom nie.',
      ['Platí to max. 5 rokov.', 'Potom nie.'],
    ],
  ])('splits %s', (_, text, sentences) => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  it('gives the same frozen sentences for a text split again', () => {
    const text = 'Den første sætning. Den anden sætning.';
    const first = splitSentences(text);
    expect(splitSentences(text)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('splits a text again alike after many other texts', () => {
    const text = 'Bu bir cümle. Bu da ikincisi.';
    const first = splitSentences(text);
    for (let index = 0; index < 1000; index += 1) splitSentences(`Text ${index}. Next ${index}.`);
    const again = splitSentences(text);
    expect(again).not.toBe(first);
    expect(again).toEqual(['Bu bir cümle.', 'Bu da ikincisi.']);
  });
});
