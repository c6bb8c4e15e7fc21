// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { inlineList } from '../../../src/domain/generator/inline-lists.ts';
import { BLANK } from '../../../src/domain/generator/text.ts';
import { build, cardsOf } from './generator-test-helpers.ts';

/** The list cards a document gives, as [front, back]. */
function lists(text: string): [string, string][] {
  return cardsOf(build(text), 'list').map((card) => [card.front, card.back]);
}

describe('lists written inside one sentence', () => {
  it.each([
    [
      'da, "og"',
      'Supplerende frivillige beretninger kan være: socialt ansvar, videnregnskab, etisk regnskab og miljøregnskab.',
      'Supplerende frivillige beretninger kan være: socialt ansvar, _____, etisk regnskab og miljøregnskab.',
      'videnregnskab',
      4,
    ],
    [
      'tr, "ve", an item with its translation in parentheses',
      'Poliçede üçlü bir ilişki vardır: düzenleyen (keşideci), lehtar ve muhatap.',
      'Poliçede üçlü bir ilişki vardır: düzenleyen (keşideci), _____ ve muhatap.',
      'lehtar',
      3,
    ],
    [
      'sk, commas only',
      'Ak sa nedohodnú, nárok sa uplatní v poradí: matka, otec, iná oprávnená osoba.',
      'Ak sa nedohodnú, nárok sa uplatní v poradí: matka, otec, _____.',
      'iná oprávnená osoba',
      3,
    ],
    [
      'de, "oder"',
      'Die Steuer kann auf drei Wegen gezahlt werden: Überweisung, Lastschrift oder Barzahlung.',
      'Die Steuer kann auf drei Wegen gezahlt werden: _____, Lastschrift oder Barzahlung.',
      'Überweisung',
      3,
    ],
    [
      'en, "and"',
      'The balance sheet has three main parts: assets, liabilities and equity.',
      'The balance sheet has three main parts: assets, _____ and equity.',
      'liabilities',
      3,
    ],
    [
      'da, "fx" before the first item stays in the front',
      'Variable omkostninger følger direkte med salget af en vare: fx råvarer, transport eller emballage.',
      'Variable omkostninger følger direkte med salget af en vare: fx _____, transport eller emballage.',
      'råvarer',
      3,
    ],
  ])('asks each item from the lead and the others: %s', (_case, text, front, back, count) => {
    const cards = lists(`# Title\n\n${text}\n`);
    expect(cards).toHaveLength(count);
    expect(cards).toContainEqual([front.replace('_____', BLANK), back]);
  });

  it.each([
    [
      'tr',
      'İznin iki temel unsuru vardır: izin (serbest zaman) ve ücret.',
      ['izin (serbest zaman)', 'ücret'],
    ],
    [
      'sk',
      'Predstavíme dva nástroje proti porušovaniu zmlúv: úroky z omeškania a zmluvnú pokutu.',
      ['úroky z omeškania', 'zmluvnú pokutu'],
    ],
    [
      'de',
      'Für Unternehmen gibt es bei der Bank zwei Arten von Krediten: Kontokorrentkredit und Investitionskredit.',
      ['Kontokorrentkredit', 'Investitionskredit'],
    ],
  ])('%s: two items make a list when the lead says two', (_lang, text, backs) => {
    expect(lists(`# Title\n\n${text}\n`).map(([, back]) => back)).toEqual(backs);
  });

  it('asks no item its own front spells out', () => {
    const text =
      '# Topskat\n\nFra 2026 deles topskatten op i tre: mellemskat, topskat og top-topskat.\n';
    expect(lists(text).map(([, back]) => back)).toEqual(['mellemskat', 'top-topskat']);
  });

  it.each([
    [
      'a label over a sentence',
      'tr',
      'Franchisor (franchise veren): İş sistemini, ticari adını ve markasını kullandıran ana firmadır.',
    ],
    ['single letters', 'da', 'Der er 4 regnskabsklasser i loven: A, B, C og D.'],
    [
      'the Danish count "to" with three items',
      'da',
      'Der findes to slags kreditter: kassekredit, byggekredit og lån.',
    ],
    [
      'an item longer than a name',
      'da',
      'Dit indbo er alle de ting, der ville falde ud: møbler, tøj, cykler og endda små både op til fem meters længde.',
    ],
    ['figures', 'en', 'The rates changed in three years: 2019, 2020 and 2021.'],
    ['a lead of two words', 'en', 'Three parts: assets, liabilities and equity.'],
    [
      'a count the items do not match',
      'de',
      'Es gibt drei Formen des Leasings: Finanzierungsleasing und Operating-Leasing.',
    ],
    ['two items and no count', 'en', 'The balance sheet has main parts: assets and liabilities.'],
    [
      'Turkish verbs',
      'tr',
      'İznin "izin öğesi" işçinin kişiliğine bağlıdır: başkasına devredilemez, haczedilemez ve ondan vazgeçilemez.',
    ],
  ])('no list in %s', (_case, lang, sentence) => {
    expect(inlineList(sentence, lang)).toBeUndefined();
  });
});
