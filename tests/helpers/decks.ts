import type { Deck, DeckCard } from '../../src/domain/deck/deck-types.ts';

/** A small generated-looking deck: `count` list cards with predictable ids and texts. */
export function makeDeck(id: string, count: number, overrides: Partial<Deck> = {}): Deck {
  const cards: DeckCard[] = Array.from({ length: count }, (_, index) => ({
    id: `${id}:list:${String(index).padStart(4, '0')}`,
    kind: 'list',
    front: `Question ${index + 1}`,
    back: `Answer ${index + 1}`,
    context: '',
    lines: [index + 1, index + 1],
  }));
  return {
    id,
    title: `Deck ${id}`,
    language: 'en',
    description: `Test deck ${id}`,
    source: { file: `${id}.md`, sha256: `sha-${id}-${count}` },
    generator: { version: 'test' },
    cards,
    ...overrides,
  };
}
