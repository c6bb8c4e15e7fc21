// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeBackup } from '../../../src/domain/backup/merge-backup.ts';
import { blockRow, cardRow, reviewRow, TABLES } from './backup-fixtures.ts';

const MARCH_1 = new Date('2026-03-01T08:00:00.000Z');
const MARCH_10 = new Date('2026-03-10T08:00:00.000Z');
const MARCH_20 = new Date('2026-03-20T08:00:00.000Z');

describe('mergeBackup: answers packed in blocks (an imported history)', () => {
  const inDeck = (deckId: string, last_review: Date) => cardRow('d1:c1', { deckId, last_review });
  const packed = blockRow('b1', [reviewRow('d1:c1', MARCH_1), reviewRow('d1:c2', MARCH_1)]);

  it('adds no answer from the review log that the collection holds in a block', () => {
    const plan = mergeBackup(
      { logBlocks: [packed], reviewLog: [] },
      {
        logBlocks: [{ ...packed, rows: [], cardIds: [] }],
        reviewLog: [
          { id: 1, ...reviewRow('d1:c1', MARCH_1) },
          { id: 2, ...reviewRow('d1:c1', MARCH_10) },
        ],
      },
      TABLES,
    );
    expect(plan.writes.reviewLog).toEqual([{ ...reviewRow('d1:c1', MARCH_10), id: 1 }]);
    expect(plan.writes.logBlocks).toEqual([]);
  });

  it.each([
    [
      'the backup moved the card: a stored block',
      { cards: [inDeck('d1', MARCH_1)], logBlocks: [packed] },
      { cards: [inDeck('d2', MARCH_10)] },
      { 'd1:c1': 'd2' },
    ],
    [
      'the card moved here: a block the backup adds',
      { cards: [inDeck('d2', MARCH_20)] },
      { cards: [inDeck('d1', MARCH_10)], logBlocks: [packed] },
      { 'd1:c1': 'd2' },
    ],
    [
      'the stored card stays in its deck',
      { cards: [inDeck('d1', MARCH_20)], logBlocks: [packed] },
      { cards: [inDeck('d2', MARCH_10)] },
      {},
    ],
    ['a card neither side has', {}, { logBlocks: [packed] }, {}],
  ])('lists the cards to take out of their blocks: %s', (_name, stored, incoming, refile) => {
    expect(mergeBackup(stored, incoming, TABLES).refilePacked).toEqual(refile);
  });
});
