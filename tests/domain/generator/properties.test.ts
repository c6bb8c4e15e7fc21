// @vitest-environment node
/**
 * Property-based tests: whatever the input — random text, or a seed document with pieces cut
 * out, markup and binary junk pushed in, lines shuffled — the generator either throws its own
 * DeckGenerationError or returns cards that keep every rule.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Deck } from '../../../src/domain/deck/deck-types.ts';
import { DeckGenerationError } from '../../../src/domain/generator/generator-error.ts';
import { SEEDS, build, deckProblems, readSeed } from './generator-test-helpers.ts';

const seedTexts = SEEDS.map((seed) => readSeed(seed));

/** Builds the deck; a DeckGenerationError is a valid outcome, any other throw fails the property. */
function outcome(text: string): Deck | undefined {
  try {
    return build(text, 'mangled.md');
  } catch (error) {
    if (error instanceof DeckGenerationError) return undefined;
    throw error;
  }
}

function assertValid(text: string): void {
  const deck = outcome(text);
  if (deck) expect(deckProblems(deck)).toEqual([]);
}

/** Bits of markup and scraper debris that must never reach a card. */
const DEBRIS = [
  '[',
  ']',
  '](',
  '[.](/vendor)',
  '[](/x)',
  '[text](/slug',
  '<b>',
  '</div>',
  '<!--',
  '-->',
  '&amp;',
  '&quot;',
  '&#8211;',
  '&nbsp;',
  '**',
  '"',
  '„',
  '“',
  '(',
  ')',
  '\n',
  '\n\n',
  '\n## ',
  '\n### ',
  '\n- ',
  '\n • ',
  '\n1. ',
  '\n> ',
  '\n>\n',
  ':',
  '?',
  '|',
  '\n| a | b | c |\n|---|---|---|\n',
  '\n---\n',
  'BPO',
  '(BPO)',
  '\nSúvisiace Články\n',
  '\nKey Takeaways\n',
  '\nFAQ\n',
  '\u0000',
  '\uFFFD',
  '\u200B',
];

type Edit =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'swap-lines'; a: number; b: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.nat({ max: 300 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...DEBRIS),
      fc.string({ unit: 'binary', maxLength: 20 }),
      fc.uint8Array({ maxLength: 24 }).map((bytes) => String.fromCharCode(...bytes)),
    ),
  }),
  fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
);

function applyEdit(text: string, change: Edit): string {
  switch (change.kind) {
    case 'delete': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + text.slice(at + change.length);
    }
    case 'insert': {
      const at = change.at % (text.length + 1);
      return text.slice(0, at) + change.text + text.slice(at);
    }
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = change.a % lines.length;
      const b = change.b % lines.length;
      [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
      return lines.join('\n');
    }
  }
}

describe('generator properties', () => {
  it('random text: only DeckGenerationError, never a broken card', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 400 }),
          fc.string({ unit: 'binary', maxLength: 400 }),
          fc
            .array(fc.constantFrom(...DEBRIS, 'word ', 'Term ', 'KPO ', '. '), { maxLength: 120 })
            .map((parts) => parts.join('')),
        ),
        (text) => {
          assertValid(text);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('mangled seeds: deletions, insertions of markup and junk, swapped lines', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seedTexts),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        (seed, edits) => {
          assertValid(edits.reduce(applyEdit, seed));
        },
      ),
      { numRuns: 150 },
    );
  }, 20_000);

  it('seeds with their lines shuffled', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...seedTexts).chain((seed) => {
          const lines = seed.split('\n');
          return fc.shuffledSubarray(lines, { minLength: lines.length });
        }),
        (lines) => {
          assertValid(lines.join('\n'));
        },
      ),
      { numRuns: 60 },
    );
  }, 20_000);

  // Each of these once took seconds to minutes (quadratic scans, a card per repeated quote).
  it.each([
    ['unclosed links', '[x]('.repeat(50_000)],
    ['unclosed brackets', '['.repeat(100_000)],
    ['many leads ending in a colon', 'x:\n\n'.repeat(30_000)],
    ['one sentence of many quoted terms', 'is called "x" '.repeat(30_000)],
    ['a huge highlight', `## Highlights\n\n- ${'BPO (BPO) "a" 12 word '.repeat(20_000)}\n`],
  ])(
    'stays fast on %s',
    (_name, text) => {
      assertValid(text);
    },
    5_000,
  );
});
