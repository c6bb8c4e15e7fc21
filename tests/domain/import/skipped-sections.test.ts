// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DeckCard } from '../../../src/domain/deck/deck-types.ts';
import { skippedSections } from '../../../src/domain/import/skipped-sections.ts';

function cardOn(from: number, to: number): DeckCard {
  return {
    id: `d:faq:${String(from)}`,
    kind: 'faq',
    front: 'Q',
    back: 'A',
    context: '',
    lines: [from, to],
  };
}

const doc = [
  '# Title', // 1
  '', // 2
  '## History', // 3
  '', // 4
  'It began in 1990 and grew.', // 5
  '', // 6
  '## Prices', // 7
  '', // 8
  '| Plan | Small | Large |', // 9
  '| --- | --- | --- |', // 10
  '| Cost | 1 | 2 |', // 11
  '', // 12
  '## Tools', // 13
  '', // 14
  '- a hammer', // 15
  '- a saw', // 16
  '', // 17
  '## FAQ', // 18
  '### What is it?', // 19
  '', // 20
  'A thing.', // 21
].join('\n');

describe('skippedSections', () => {
  it.each([
    [
      'every section without a card, with what it held',
      [cardOn(19, 21)],
      [
        { heading: 'History', lines: [3, 6], reason: 'prose' },
        { heading: 'Prices', lines: [7, 12], reason: 'table' },
        { heading: 'Tools', lines: [13, 17], reason: 'list' },
      ],
    ],
    [
      'nothing when cards come from every section',
      [cardOn(5, 5), cardOn(9, 11), cardOn(15, 15), cardOn(21, 21)],
      [],
    ],
    ['a card spanning two sections covers both', [cardOn(5, 9), cardOn(15, 21)], []],
    [
      'a card from a heading line covers that section only',
      [cardOn(3, 3), cardOn(13, 13), cardOn(21, 21)],
      [{ heading: 'Prices', lines: [7, 12], reason: 'table' }],
    ],
  ])('%s', (_name, cards, expected) => {
    expect(skippedSections(doc, cards)).toEqual(expected);
  });

  it('leaves out headings with no text of their own, and text before the first heading', () => {
    expect(skippedSections('Intro text.\n\n# A\n## B\n\nText.\n', [cardOn(5, 5)])).toEqual([]);
  });
});
