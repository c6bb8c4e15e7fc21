// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeBackup } from '../../../src/domain/backup/merge-backup.ts';
import { Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { cardRow, deckRow, quizAnswerRow, quizRow, reviewRow, TABLES } from './backup-fixtures.ts';

const MARCH_1 = new Date('2026-03-01T08:00:00.000Z');
const MARCH_10 = new Date('2026-03-10T08:00:00.000Z');
const MARCH_20 = new Date('2026-03-20T08:00:00.000Z');

describe('mergeBackup: cards keep their newer state by last review', () => {
  it.each([
    ['the backup reviewed it later', { last_review: MARCH_1 }, { last_review: MARCH_10 }, 'backup'],
    [
      'the collection reviewed it later',
      { last_review: MARCH_10 },
      { last_review: MARCH_1 },
      'stored',
    ],
    ['only the backup reviewed it', {}, { last_review: MARCH_1 }, 'backup'],
    ['only the collection reviewed it', { last_review: MARCH_1 }, {}, 'stored'],
    ['same review, neither edited', { last_review: MARCH_1 }, { last_review: MARCH_1 }, 'stored'],
    [
      'same review, backup edited',
      { last_review: MARCH_1 },
      { last_review: MARCH_1, edited: true },
      'backup',
    ],
    ['never reviewed, both edited', { edited: true }, { edited: true }, 'stored'],
  ] as const)('%s → %s', (_name, stored, incoming, winner) => {
    const storedCard = cardRow('d1:c1', { ...stored, front: 'stored text' });
    const backupCard = cardRow('d1:c1', { ...incoming, front: 'backup text' });
    const plan = mergeBackup({ cards: [storedCard] }, { cards: [backupCard] }, TABLES);
    expect(plan.writes.cards).toEqual(winner === 'backup' ? [backupCard] : []);
    expect(plan.updated.cards).toBe(winner === 'backup' ? 1 : 0);
    expect(plan.added.cards).toBe(0);
  });

  it('adds cards and decks the collection does not have, and keeps its own', () => {
    const plan = mergeBackup(
      { decks: [deckRow('d1')], cards: [cardRow('d1:c1')] },
      {
        decks: [{ ...deckRow('d1'), title: 'Renamed' }, deckRow('d2')],
        cards: [cardRow('d2:c1', { deckId: 'd2' })],
      },
      TABLES,
    );
    expect(plan.writes.decks).toEqual([deckRow('d2')]);
    expect(plan.writes.cards).toEqual([cardRow('d2:c1', { deckId: 'd2' })]);
    expect(plan.added).toEqual({ decks: 1, cards: 1 });
  });

  it('keeps stored settings and adds missing ones', () => {
    const plan = mergeBackup(
      { settings: [{ key: 'theme', value: 'dark' }] },
      {
        settings: [
          { key: 'theme', value: 'light' },
          { key: 'sound', value: false },
        ],
      },
      TABLES,
    );
    expect(plan.writes.settings).toEqual([{ key: 'sound', value: false }]);
  });
});

describe('mergeBackup: review logs are united without duplicates', () => {
  const answer = (cardId: string, at: Date, rating: number, id: number) => ({
    id,
    ...reviewRow(cardId, at, { rating }),
  });
  const stored = [
    answer('d1:c1', MARCH_1, Rating.Good, 1),
    answer('d1:c1', MARCH_10, Rating.Hard, 4),
  ];

  it.each([
    ['the same answer under another id', answer('d1:c1', MARCH_1, Rating.Good, 7), false],
    ['another card at the same moment', answer('d1:c2', MARCH_1, Rating.Good, 1), true],
    ['the same card at another moment', answer('d1:c1', MARCH_20, Rating.Good, 1), true],
    ['the same card and moment, another rating', answer('d1:c1', MARCH_1, Rating.Again, 1), true],
  ])('%s', (_name, incoming, isNew) => {
    const plan = mergeBackup({ reviewLog: stored }, { reviewLog: [incoming] }, TABLES);
    expect(plan.added.reviewLog).toBe(isNew ? 1 : 0);
    // A new answer gets the next id here, never the backup's (1 is taken by another answer).
    expect(plan.writes.reviewLog).toEqual(isNew ? [{ ...incoming, id: 5 }] : []);
  });

  it('adds new answers in time order, once even when the backup repeats them', () => {
    const late = reviewRow('d1:c1', MARCH_10);
    const early = reviewRow('d1:c2', MARCH_1);
    const plan = mergeBackup(
      { reviewLog: [] },
      {
        reviewLog: [
          { id: 1, ...late },
          { id: 2, ...early },
          { id: 3, ...late },
        ],
      },
      TABLES,
    );
    expect(plan.writes.reviewLog).toEqual([
      { ...early, id: 1 },
      { ...late, id: 2 },
    ]);
  });
});

describe('mergeBackup: a card moved to another deck on one side', () => {
  const inDeck = (deckId: string, last_review: Date) => cardRow('d1:c1', { deckId, last_review });
  const review = (deckId: string, at: Date, id: number) => ({
    id,
    ...reviewRow('d1:c1', at, { deckId }),
  });

  it('follows the backup when its card is newer: every review is filed under the new deck', () => {
    const plan = mergeBackup(
      { cards: [inDeck('d1', MARCH_1)], reviewLog: [review('d1', MARCH_1, 1)] },
      {
        cards: [inDeck('d2', MARCH_10)],
        reviewLog: [review('d2', MARCH_1, 1), review('d2', MARCH_10, 2)],
      },
      TABLES,
    );
    expect(plan.writes.cards).toEqual([inDeck('d2', MARCH_10)]);
    expect(plan.writes.reviewLog).toEqual([review('d2', MARCH_1, 1), review('d2', MARCH_10, 2)]);
    expect(plan.updated.reviewLog).toBe(1);
    expect(plan.added.reviewLog).toBe(1);
  });

  it("keeps the stored deck when its card is newer: the backup's reviews are filed there", () => {
    const plan = mergeBackup(
      { cards: [inDeck('d2', MARCH_20)], reviewLog: [review('d2', MARCH_20, 1)] },
      { cards: [inDeck('d1', MARCH_10)], reviewLog: [review('d1', MARCH_10, 1)] },
      TABLES,
    );
    expect(plan.writes.cards).toEqual([]);
    expect(plan.writes.reviewLog).toEqual([review('d2', MARCH_10, 2)]);
    expect(plan.updated.reviewLog).toBe(0);
  });
});

describe('mergeBackup: quiz history', () => {
  it('adds a quiz under a new id and points its answers at it', () => {
    const plan = mergeBackup(
      { quizzes: [quizRow(1, MARCH_1)], quizAnswers: [quizAnswerRow(1, 1)] },
      {
        quizzes: [quizRow(1, MARCH_10), quizRow(2, MARCH_1)],
        quizAnswers: [quizAnswerRow(1, 1, 'd1:c9'), quizAnswerRow(2, 2)],
      },
      TABLES,
    );
    // Backup quiz 1 (March 10) is new here and becomes quiz 2; backup quiz 2 is stored quiz 1.
    expect(plan.writes.quizzes).toEqual([quizRow(2, MARCH_10)]);
    expect(plan.writes.quizAnswers).toEqual([quizAnswerRow(2, 2, 'd1:c9')]);
    expect(plan.added).toMatchObject({ quizzes: 1, quizAnswers: 1 });
  });

  it('unites a table it has no schema for by content, not by id', () => {
    const attempt = { deckId: 'd1', score: 3, at: MARCH_1 };
    const plan = mergeBackup(
      { quizResults: [{ id: 1, ...attempt }] },
      {
        quizResults: [
          { id: 9, at: MARCH_1, score: 3, deckId: 'd1' },
          { id: 1, ...attempt, score: 4 },
        ],
      },
      TABLES,
    );
    expect(plan.writes.quizResults).toEqual([{ id: 2, ...attempt, score: 4 }]);
  });

  it('leaves tables the backup does not have alone', () => {
    const plan = mergeBackup({ cards: [cardRow('d1:c1')] }, {}, TABLES);
    expect(plan.writes).toEqual({});
  });
});
