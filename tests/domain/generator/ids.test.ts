// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  assignCardIds,
  deckIdFromFileName,
  type CardDraft,
} from '../../../src/domain/generator/ids.ts';
import { fnv1a32 } from '../../../src/domain/generator/hash.ts';
import type { DeckCard } from '../../../src/domain/deck/deck-types.ts';
import { SEEDS, build, readSeed, type Seed } from './generator-test-helpers.ts';

describe('deckIdFromFileName', () => {
  it.each([
    ['bpo.tr.md', 'bpo-tr'],
    ['bpo-vs-kpo.sk.txt', 'bpo-vs-kpo-sk'],
    ['kpo.da.md', 'kpo-da'],
    ['decks/sources/KPO Notes.MD', 'kpo-notes'],
    ['C:\\docs\\Öne Çıkanlar.txt', 'one-cikanlar'],
    ['Højdepunkter_æble.md', 'hojdepunkter-aeble'],
    ['Straße.md', 'strasse'],
    ['README', 'readme'],
    ['.hidden', 'hidden'],
    ['——.md', 'deck'],
  ])('%s → %s', (fileName, id) => {
    expect(deckIdFromFileName(fileName)).toBe(id);
  });
});

describe('fnv1a32', () => {
  it.each([
    ['', '811c9dc5'],
    ['a', 'e40c292c'],
    ['foobar', 'bf9cf968'],
    ['økonomiske', '4d335492'],
    ['€ 30.000', '953344dc'],
    ['İznin çalışma', '9269bdd8'],
    ['😀', '33a29608'],
    ['a\ud800b', '763177ed'],
    ['\udc00', '03479c4a'],
  ])('%j → %s', (text, hash) => {
    expect(fnv1a32(text)).toBe(hash);
  });
});

describe('assignCardIds', () => {
  const draft = (anchor: string): CardDraft => ({
    kind: 'list',
    anchor,
    front: 'f',
    back: 'b',
    context: '',
    lines: [1, 1],
  });

  it('derives ids from deck id, kind and the folded anchor', () => {
    const [card] = assignCardIds('d', [draft('Økonomiske  konsulenter')]);
    expect(card?.id).toBe(`d:list:${fnv1a32('økonomiske konsulenter')}`);
  });

  it('numbers repeated anchors in document order', () => {
    const ids = assignCardIds('d', [draft('x'), draft('y'), draft('X')]).map((card) => card.id);
    expect(ids).toEqual([
      `d:list:${fnv1a32('x')}`,
      `d:list:${fnv1a32('y')}`,
      `d:list:${fnv1a32('x')}-2`,
    ]);
  });
});

describe('card ids across regenerations', () => {
  // Insert before a section in the middle of each seed: shifts every line below it.
  const insertBefore: Record<Seed, string> = {
    'bpo.tr.md': '## Özel Hususlar',
    'bpo.da.md': '## Særlige overvejelser',
    'bpo-vs-kpo.sk.txt': 'Obidve spoločnosti BPO a KPO',
    'kpo.da.md': '## Årsager til',
  };

  it.each(SEEDS)('%s keeps every id when an unrelated paragraph is added', (seed) => {
    const text = readSeed(seed);
    const before = build(text, seed);
    const at = text.indexOf(insertBefore[seed]);
    expect(at).toBeGreaterThan(0);
    const edited = `${text.slice(0, at)}An unrelated paragraph, added later.\n\nAnd one more.\n\n${text.slice(at)}`;
    const after = build(edited, seed);
    const key = (card: DeckCard) => `${card.id} ${card.front} ${card.back}`;
    expect(after.cards.map(key)).toEqual(before.cards.map(key));
    expect(after.cards.map((card) => card.lines)).not.toEqual(
      before.cards.map((card) => card.lines),
    );
  });

  it('keeps the ids of the other cards when one highlight changes', () => {
    const text = '## Highlights\n\n- KPO needs experts.\n- BPO needs 2 shifts.\n';
    const before = build(text).cards.map((card) => card.id);
    const after = build(text.replace('KPO needs', 'KPO wants')).cards.map((card) => card.id);
    expect(after[1]).toBe(before[1]);
    expect(after[0]).not.toBe(before[0]);
  });
});
