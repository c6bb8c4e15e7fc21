// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDeckFile } from '../../../src/domain/import/deck-file.ts';
import { serializeDeck } from '../../../src/domain/generator/serialize-deck.ts';
import { makeDeck } from '../../helpers/decks.ts';

const good = serializeDeck(makeDeck('notes', 2));
const edit = (change: (deck: Record<string, unknown>) => void) => {
  const deck = JSON.parse(good) as Record<string, unknown>;
  change(deck);
  return JSON.stringify(deck);
};

describe('parseDeckFile', () => {
  it('reads an exported deck back as it was', () => {
    const parsed = parseDeckFile(good);
    expect(parsed.ok && serializeDeck(parsed.deck)).toBe(good);
  });

  it.each([
    ['cut off', good.slice(0, 100), { code: 'notJson' }],
    ['a list', '[1, 2]', { code: 'foreign' }],
    ['some other JSON', '{"name": "package"}', { code: 'foreign' }],
    ['a backup', '{"format": "deckwright-backup", "tables": {}}', { code: 'backup' }],
    [
      'an unknown card kind',
      edit((deck) => {
        (deck.cards as Record<string, unknown>[])[1] = {
          ...(deck.cards as Record<string, unknown>[])[1],
          kind: 'essay',
        };
      }),
      { code: 'damaged', path: 'cards.1.kind' },
    ],
    [
      'no cards',
      edit((deck) => {
        deck.cards = [];
      }),
      { code: 'damaged', path: 'cards' },
    ],
    [
      'a card of another deck',
      edit((deck) => {
        (deck.cards as Record<string, unknown>[])[0] = {
          ...(deck.cards as Record<string, unknown>[])[0],
          id: 'other:list:0000',
        };
      }),
      { code: 'damaged', path: 'cards.0.id' },
    ],
    [
      'an id that is no slug',
      edit((deck) => {
        deck.id = '../x';
      }),
      { code: 'damaged', path: 'id' },
    ],
  ])('refuses %s', (_name, text, problem) => {
    expect(parseDeckFile(text)).toEqual({ ok: false, problem });
  });
});
