/**
 * Shared helpers for the generator tests: reading the seed and test documents, building decks
 * synchronously, and the invariants every generated card must keep whatever the input.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Deck, DeckCard } from '../../../src/domain/deck/deck-types.ts';
import { buildDeck } from '../../../src/domain/generator/generate-deck.ts';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const sourcesDir = `${repoRoot}decks/sources/`;
export const documentsDir = fileURLToPath(new URL('./documents/', import.meta.url));

export const SEEDS = ['bpo.tr.md', 'bpo.da.md', 'bpo-vs-kpo.sk.txt', 'kpo.da.md'] as const;
export type Seed = (typeof SEEDS)[number];

export function readSeed(name: Seed): string {
  return readFileSync(`${sourcesDir}${name}`, 'utf8');
}

export function testDocumentNames(): string[] {
  return readdirSync(documentsDir).sort();
}

export function readTestDocument(name: string): string {
  return readFileSync(`${documentsDir}${name}`, 'utf8');
}

/** A fixed stand-in hash: the tests that care about hashing use generateDeck instead. */
export const TEST_SHA = '0'.repeat(64);

/** Builds a deck synchronously (no hashing), for table tests and property tests. */
export function build(text: string, fileName = 'doc.md'): Deck {
  return buildDeck(text, fileName, TEST_SHA);
}

export function cardsOf(deck: Deck, kind: DeckCard['kind']): DeckCard[] {
  return deck.cards.filter((card) => card.kind === kind);
}

/** The one card with this front; fails the test when there is none or several. */
export function cardWithFront(deck: Deck, front: string): DeckCard {
  const found = deck.cards.filter((card) => card.front === front);
  expect(found, `cards with front ${JSON.stringify(front)}`).toHaveLength(1);
  return found[0] as DeckCard;
}

/** Independent of the generator's own folding, on purpose: lower case, no diacritics. */
function normalise(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

const MARKUP: readonly [string, RegExp][] = [
  ['a link remnant "]("', /\]\(/],
  ['a bracket', /[[\]]/],
  ['an HTML tag', /<\/?[a-zA-Z][^>]*>/],
  ['an HTML entity', /&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);/],
  ['an HTML comment', /<!--/],
  // eslint-disable-next-line no-control-regex -- finding control characters is the point.
  ['a control character', /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/],
  ['emphasis markers', /\*\*/],
];

/**
 * Every way a deck breaks the rules for learner-facing cards; empty when the deck is fine.
 */
export function deckProblems(deck: Deck): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  for (const card of deck.cards) {
    const where = `${card.id} (${card.kind})`;
    if (ids.has(card.id)) problems.push(`${where}: duplicate id`);
    ids.add(card.id);
    if (!card.id.startsWith(`${deck.id}:${card.kind}:`)) problems.push(`${where}: id shape`);
    if (card.front.trim() === '') problems.push(`${where}: empty front`);
    if (card.back.trim() === '') problems.push(`${where}: empty back`);
    const [from, to] = card.lines;
    if (!(Number.isInteger(from) && from >= 1 && to >= from)) {
      problems.push(`${where}: bad lines ${from}-${to}`);
    }
    for (const [name, pattern] of MARKUP) {
      for (const [field, text] of Object.entries({ front: card.front, back: card.back })) {
        if (pattern.test(text)) problems.push(`${where}: ${field} has ${name}: ${text}`);
      }
      if (pattern.test(card.context)) problems.push(`${where}: context has ${name}`);
    }
    if (card.kind === 'highlight' && normalise(card.front).includes(normalise(card.back))) {
      problems.push(`${where}: front gives its answer away: ${card.front} / ${card.back}`);
    }
  }
  for (const [name, text] of Object.entries({ title: deck.title, description: deck.description })) {
    for (const [markup, pattern] of MARKUP) {
      if (pattern.test(text)) problems.push(`deck ${name} has ${markup}`);
    }
  }
  return problems;
}
