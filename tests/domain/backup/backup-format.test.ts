// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  backupFileName,
  countBackupReviews,
  localDayKey,
  parseBackupJson,
  serializeBackupValue,
  type TableRows,
} from '../../../src/domain/backup/backup-format.ts';
import { Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { AT, blockRow, reviewRow } from './backup-fixtures.ts';

describe('dates survive a backup round trip', () => {
  it.each([
    ['a top-level date', { due: new Date('2026-03-15T10:00:00.123Z') }],
    ['nested in arrays and objects', { rows: [{ at: new Date(0) }, { at: null }], n: 1 }],
    [
      'next to a string that looks like a date',
      { at: new Date(86_400_000), text: '1970-01-02T00:00:00.000Z' },
    ],
  ])('%s', (_name, value) => {
    const restored = parseBackupJson(serializeBackupValue(value));
    expect(restored).toEqual(value);
  });

  it('writes a date as a tagged ISO string', () => {
    expect(serializeBackupValue({ due: new Date('2026-03-15T10:00:00Z') })).toBe(
      '{"due":{"$date":"2026-03-15T10:00:00.000Z"}}',
    );
  });

  it('keeps a string that is only date-shaped a string', () => {
    expect(parseBackupJson('{"text":"2026-03-15T10:00:00.000Z"}')).toEqual({
      text: '2026-03-15T10:00:00.000Z',
    });
  });

  it('turns an unreadable tagged date into an invalid Date for validation to catch', () => {
    const value = parseBackupJson('{"due":{"$date":"soon"}}') as { due: Date };
    expect(Number.isNaN(value.due.getTime())).toBe(true);
  });
});

describe('file names and snapshot days use the local date', () => {
  it.each([
    [new Date(2026, 0, 5, 0, 0), '2026-01-05'],
    [new Date(2026, 11, 31, 23, 59), '2026-12-31'],
  ])('%s → %s', (at, day) => {
    expect(localDayKey(at)).toBe(day);
    expect(backupFileName(at)).toBe(`deckwright-backup-${day}.json`);
  });
});

describe('a backup counts its reviews as the app does', () => {
  const answer = (rating: Rating) => reviewRow('d1:c1', AT, { rating });
  it.each<[string, TableRows, number]>([
    ['no history', { decks: [] }, 0],
    ['review-log rows', { reviewLog: [answer(Rating.Good), answer(Rating.Again)] }, 2],
    [
      'a reset by hand is no review',
      { reviewLog: [answer(Rating.Good), answer(Rating.Manual)] },
      1,
    ],
    [
      'answers packed in blocks, each counted',
      {
        reviewLog: [answer(Rating.Good)],
        logBlocks: [
          blockRow('b1', [answer(Rating.Good), answer(Rating.Easy), answer(Rating.Manual)]),
          blockRow('b2', [answer(Rating.Hard)]),
        ],
      },
      4,
    ],
    ['an emptied block', { logBlocks: [blockRow('b1', [])] }, 0],
  ])('%s', (_name, tables, reviews) => {
    expect(countBackupReviews(tables)).toBe(reviews);
  });
});
