// @vitest-environment node
/**
 * Articles of the same families as the seeds, in languages and shapes the seeds do not have:
 * the rules must hold for documents the generator has never seen.
 */
import { describe, expect, it } from 'vitest';
import type { CardKind, Deck } from '../../../src/domain/deck/deck-types.ts';
import { BLANK } from '../../../src/domain/generator/text.ts';
import {
  build,
  cardWithFront,
  cardsOf,
  deckProblems,
  readTestDocument,
  testDocumentNames,
} from './generator-test-helpers.ts';

function deckOf(name: string): Deck {
  return build(readTestDocument(name), name);
}

function counts(deck: Deck): Partial<Record<CardKind, number>> {
  const out: Partial<Record<CardKind, number>> = {};
  for (const card of deck.cards) out[card.kind] = (out[card.kind] ?? 0) + 1;
  return out;
}

it.each(testDocumentNames())('%s keeps every card rule', (name) => {
  expect(deckProblems(deckOf(name))).toEqual([]);
});

describe('nearshoring.en.md (English, Investopedia-style)', () => {
  const deck = deckOf('nearshoring.en.md');

  it('has all five kinds of cards', () => {
    expect(deck).toMatchObject({ id: 'nearshoring-en', title: 'Nearshoring', language: 'en' });
    expect(counts(deck)).toEqual({
      definition: 4,
      list: 4,
      comparison: 6,
      highlight: 4,
      faq: 3,
    });
  });

  it('defines the what-is term once (the description says the same)', () => {
    expect(cardWithFront(deck, 'What Is Nearshoring?').back).toBe(
      'Nearshoring is the practice of moving business work to a company in a nearby country, often one that shares a border or a time zone with the home country.',
    );
    expect(deck.cards.some((card) => card.front === 'Nearshoring')).toBe(false);
  });

  it('defines quoted terms, but not a quoted statement or scare quotes', () => {
    expect(cardWithFront(deck, 'offshoring').back).toBe(
      'When the work goes to a distant country instead, the arrangement is known as "…".',
    );
    // The two synonyms of one sentence make one card, which names the other.
    expect(cardWithFront(deck, 'onshoring').back).toBe(
      'Work that stays inside the home country is called "…" or "domestic outsourcing."',
    );
    expect(deck.cards.some((card) => card.front === 'domestic outsourcing')).toBe(false);
    const fronts = deck.cards.map((card) => card.front);
    expect(fronts.some((front) => front.startsWith('We win'))).toBe(false);
    expect(fronts).not.toContain('real-time');
  });

  it('reads a list mixing 1., 3) and an indented - bullet', () => {
    expect(cardsOf(deck, 'list').map((card) => card.back)).toEqual([
      'Similar time zones',
      'Cultural closeness',
      'Lower travel costs',
      'Easier legal oversight',
    ]);
  });

  it('compares the pipe table', () => {
    expect(cardWithFront(deck, 'Offshoring — Labor costs?')).toMatchObject({
      back: 'Largest savings',
      context: 'Nearshoring: Moderate savings',
    });
  });

  it('keeps a what-is question inside the FAQ a FAQ card', () => {
    expect(
      cardWithFront(deck, 'What Is the Difference Between Nearshoring and Offshoring?').kind,
    ).toBe('faq');
  });

  it('drops the related articles', () => {
    expect(JSON.stringify(deck)).not.toMatch(/Bourbon|Whisky/i);
  });
});

describe('shared-services.de.md (German)', () => {
  const deck = deckOf('shared-services.de.md');

  it('has the expected cards', () => {
    expect(deck).toMatchObject({ id: 'shared-services-de', language: 'de' });
    expect(counts(deck)).toEqual({ definition: 3, list: 4, highlight: 3, faq: 2 });
  });

  it('reads „…“ quotes with the verb after the term', () => {
    expect(cardWithFront(deck, 'Offshore-Center').back).toBe(
      'Liegt das Center im Ausland, wird es häufig als „…“ bezeichnet.',
    );
    expect(cardWithFront(deck, 'Nearshoring').back).toBe(
      'Befindet es sich in einem Nachbarland, spricht man von „…“.',
    );
  });

  it('finds an acronym expansion by its initials', () => {
    expect(cardsOf(deck, 'highlight')[0]).toMatchObject({
      front: `Ein ${BLANK} bündelt Unterstützungsprozesse mehrerer Geschäftsbereiche.`,
      back: 'Shared Service Center (SSC)',
    });
  });

  it('asks the FAQ questions and leaves the related articles out', () => {
    expect(cardsOf(deck, 'faq').map((card) => card.front)).toEqual([
      'Was ist der Unterschied zwischen Shared Services und Outsourcing?',
      'Für wen lohnen sich Shared Services?',
    ]);
    expect(JSON.stringify(deck)).not.toContain('Überblick');
  });
});

describe('lan-vs-wan.cs.txt (Czech plain text, like the Slovak seed)', () => {
  const deck = deckOf('lan-vs-wan.cs.txt');

  it('has the expected cards', () => {
    expect(deck).toMatchObject({ title: 'Rozdíl mezi LAN a WAN', language: 'cs' });
    expect(counts(deck)).toEqual({ definition: 2, list: 7, comparison: 6 });
  });

  it('defines both terms of the Klíčový rozdíl lead', () => {
    expect(cardWithFront(deck, 'WAN').back).toBe(
      'Zkratka pro Wide Area Network, je síť, která propojuje místní sítě na velké vzdálenosti, například mezi městy nebo státy.',
    );
  });

  it('reads the flattened table up to the closing prose', () => {
    expect(cardsOf(deck, 'comparison').map((card) => [card.front, card.back])).toEqual([
      ['LAN — rozsah?', 'Jedna budova nebo areál'],
      ['WAN — rozsah?', 'Města, státy i kontinenty'],
      ['LAN — rychlost?', 'Vysoká, obvykle 1 Gb/s a více'],
      ['WAN — rychlost?', 'Nižší, závisí na poskytovateli'],
      ['LAN — vlastnictví?', 'Soukromá organizace'],
      ['WAN — vlastnictví?', 'Často pronajaté linky poskytovatele'],
    ]);
  });

  it('says nothing about coffee, matcha or ghí', () => {
    expect(JSON.stringify(deck)).not.toMatch(/káv|matcha|ghí|čaj/i);
  });
});

describe('yakin-kiyi.tr.txt (Turkish plain text, headings as plain lines)', () => {
  const deck = deckOf('yakin-kiyi.tr.txt');

  it('finds the what-is question, highlights and SSS without # headings', () => {
    expect(counts(deck)).toEqual({ definition: 2, highlight: 2, faq: 2 });
    expect(cardWithFront(deck, 'Yakın Kıyı Dış Kaynak Kullanımı Nedir?').kind).toBe('definition');
    expect(cardWithFront(deck, 'Offshore ile farkı nedir?').kind).toBe('faq');
    expect(cardWithFront(deck, 'yakın kıyı ortağı').back).toBe(
      'Komşu ülkedeki tedarikçiye "…" denir.',
    );
  });
});

describe('kontraktstillverkning.sv.md (Swedish, no what-is section)', () => {
  const deck = deckOf('kontraktstillverkning.sv.md');

  it('turns the description into a title → description card', () => {
    expect(deck.language).toBe('sv');
    expect(cardWithFront(deck, 'Kontraktstillverkning')).toMatchObject({
      kind: 'definition',
      back: 'Kontraktstillverkning innebär att ett företag anlitar en annan tillverkare för att producera delar eller hela produkter åt sig.',
      lines: [3, 3],
    });
    expect(counts(deck)).toEqual({ definition: 1, highlight: 3, faq: 1 });
  });
});
