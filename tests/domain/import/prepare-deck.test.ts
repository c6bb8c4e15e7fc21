// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DeckCard } from '../../../src/domain/deck/deck-types.ts';
import {
  applyChoices,
  mergeIdenticalCards,
  withDeckId,
} from '../../../src/domain/import/prepare-deck.ts';
import { prepareDeck } from '../../../src/domain/import/generate-user-deck.ts';
import { makeDeck } from '../../helpers/decks.ts';

function card(id: string, front: string, back: string): DeckCard {
  return { id, kind: 'faq', front, back, context: '', lines: [1, 1] };
}

describe('mergeIdenticalCards', () => {
  it.each([
    [
      'the same question and answer twice',
      [card('a', 'What is BPO?', 'Outsourcing'), card('b', 'What is BPO?', 'Outsourcing')],
      ['a'],
    ],
    [
      'letter case and spacing aside',
      [card('a', 'What is  BPO?', 'Outsourcing'), card('b', 'what is BPO? ', 'outsourcing')],
      ['a'],
    ],
    [
      'same question, other answer: both stay',
      [card('a', 'What is BPO?', 'Outsourcing'), card('b', 'What is BPO?', 'A model')],
      ['a', 'b'],
    ],
    ['accents matter', [card('a', 'Hlavné', 'x'), card('b', 'Hlavne', 'x')], ['a', 'b']],
  ])('%s', (_name, cards, kept) => {
    expect(mergeIdenticalCards(cards).map((c) => c.id)).toEqual(kept);
  });
});

describe('withDeckId', () => {
  it('moves the deck and every card id to the new id', () => {
    const deck = withDeckId(makeDeck('notes', 2), 'notes-2');
    expect([deck.id, ...deck.cards.map((c) => c.id)]).toEqual([
      'notes-2',
      'notes-2:list:0000',
      'notes-2:list:0001',
    ]);
  });
});

describe('applyChoices', () => {
  it('keeps the ticked cards with their edits, the title and language chosen', () => {
    const deck = applyChoices(makeDeck('d', 3), {
      title: '  My deck ',
      language: 'da',
      excluded: new Set(['d:list:0001']),
      edits: new Map([['d:list:0002', { front: 'Edited?', back: 'Yes' }]]),
    });
    expect([deck.title, deck.language]).toEqual(['My deck', 'da']);
    expect(deck.cards.map((c) => [c.id, c.front, c.back])).toEqual([
      ['d:list:0000', 'Question 1', 'Answer 1'],
      ['d:list:0002', 'Edited?', 'Yes'],
    ]);
  });

  it('keeps the generated title when the learner empties it', () => {
    const choices = { title: ' ', language: 'en', excluded: new Set<string>(), edits: new Map() };
    expect(applyChoices(makeDeck('d', 1), choices).title).toBe('Deck d');
  });
});

describe('prepareDeck', () => {
  it('merges a repeated list (the generator keeps every list card) and counts it', async () => {
    // The generator itself drops a repeated question; a list repeated gives the same cards again.
    const list =
      'Cloud computing has two benefits:\n\n- Lower upfront cost\n- Access from anywhere\n\n';
    const result = await prepareDeck(`# Cloud\n\n## Why\n\n${list}## Again\n\n${list}`, 'cloud.md');
    expect(result.ok && [result.merged, result.deck.cards.map((card) => card.back)]).toEqual([
      2,
      ['Lower upfront cost', 'Access from anywhere'],
    ]);
  });

  it.each([
    ['', 'empty'],
    ['Just a paragraph of prose.\n\nAnd another one.\n', 'noCards'],
  ])('%j → %s', async (text, problem) => {
    expect(await prepareDeck(text, 'notes.md')).toEqual({ ok: false, problem });
  });
});
