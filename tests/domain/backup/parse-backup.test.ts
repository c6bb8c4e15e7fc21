// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  createBackup,
  serializeBackupValue,
  tablesChecksum,
  type TableRows,
} from '../../../src/domain/backup/backup-format.ts';
import { parseBackup, type BackupProblem } from '../../../src/domain/backup/parse-backup.ts';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import {
  AT,
  blockRow,
  cardRow,
  deckRow,
  quizAnswerRow,
  quizRow,
  reviewRow,
  sampleTables,
  sampleText,
  TARGET,
} from './backup-fixtures.ts';

/** The sample backup as a plain object, changed by `change`, as file text. */
function edited(change: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(sampleText()) as Record<string, unknown>;
  change(file);
  return JSON.stringify(file);
}

function withTables(change: (tables: TableRows) => void): string {
  const tables = sampleTables();
  change(tables);
  return sampleText(tables);
}

const full = sampleText();
const DAY = 86_400_000;

describe('parseBackup refuses bad files with the reason', () => {
  it.each<[string, string, BackupProblem]>([
    ['an empty file', '  \n', { code: 'empty' }],
    ['a file cut in half', full.slice(0, Math.floor(full.length / 2)), { code: 'truncated' }],
    ['a file cut one character short', full.slice(0, -1), { code: 'truncated' }],
    [
      'a file cut inside a string',
      full.slice(0, full.indexOf('Front d1:c2') + 3),
      { code: 'truncated' },
    ],
    [
      'a complete object followed by junk',
      `${full}}`,
      { code: 'notJson', detail: expect.any(String) as string },
    ],
    ['plain text', 'hello, world', { code: 'notJson', detail: expect.any(String) as string }],
    ['JSON of another program', '{"name":"my-package","version":"1.0.0"}', { code: 'foreign' }],
    ['a JSON array', '[1, 2, 3]', { code: 'foreign' }],
    ['a bare JSON string', '"deckwright-backup"', { code: 'foreign' }],
    [
      'a newer format version',
      edited((file) => (file.formatVersion = 2)),
      { code: 'newerFormat', formatVersion: 2 },
    ],
    [
      'a newer schema version',
      edited((file) => (file.schemaVersion = 9)),
      { code: 'newerSchema', schemaVersion: 9 },
    ],
    [
      'a header without its date',
      edited((file) => delete file.exportedAt),
      { code: 'invalidHeader', path: 'exportedAt', expected: '"exportedAt"' },
    ],
    [
      'a table this app does not have',
      edited((file) => {
        (file.tables as Record<string, unknown>).plugins = [];
        (file.counts as Record<string, number>).plugins = 0;
      }),
      { code: 'unknownTable', table: 'plugins' },
    ],
    [
      'fewer rows than the header announces',
      edited((file) => ((file.counts as Record<string, number>).cards = 3)),
      { code: 'countMismatch', table: 'cards', expected: 3, actual: 2 },
    ],
    [
      'a count for a table that is missing',
      edited((file) => delete (file.tables as Record<string, unknown>).settings),
      { code: 'countMismatch', table: 'settings', expected: 1, actual: 0 },
    ],
  ])('%s', (_name, text, problem) => {
    expect(parseBackup(text, TARGET)).toEqual({ ok: false, problem });
  });
});

describe('parseBackup names the record that fails validation', () => {
  it.each<[string, (tables: TableRows) => void, Partial<BackupProblem>]>([
    [
      'a due date that is text',
      (tables) => (tables.cards = [cardRow('d1:c1', { due: 'tomorrow' })]),
      { table: 'cards', index: 0, path: 'due', expected: 'Date', received: '"tomorrow"' },
    ],
    [
      'a date that cannot be read',
      (tables) => (tables.cards = [cardRow('d1:c1'), cardRow('d1:c2', { due: new Date(NaN) })]),
      { table: 'cards', index: 1, path: 'due' },
    ],
    [
      'an FSRS state that does not exist',
      (tables) => (tables.cards = [cardRow('d1:c1', { state: 7 })]),
      { table: 'cards', index: 0, path: 'state', received: '7' },
    ],
    [
      'a card kind that does not exist',
      (tables) => (tables.cards = [cardRow('d1:c1', { kind: 'essay' })]),
      { table: 'cards', index: 0, path: 'kind', received: '"essay"' },
    ],
    [
      'a review with a rating out of range',
      (tables) => ((tables.reviewLog?.[0] as Record<string, unknown>).rating = 5),
      { table: 'reviewLog', index: 0, path: 'rating', received: '5' },
    ],
    [
      'deck options out of range',
      (tables) =>
        (tables.decks = [
          { ...deckRow(), options: { ...DEFAULT_DECK_OPTIONS, desiredRetention: 5 } },
        ]),
      { table: 'decks', index: 0, path: 'options', expected: 'desiredRetention from 0.7 to 0.99' },
    ],
    [
      'a row of a generic table that is not an object',
      (tables) => (tables.quizResults = [42 as unknown as Record<string, unknown>]),
      { table: 'quizResults', index: 0, path: '', received: '42' },
    ],
    [
      'a setting without a key',
      (tables) => (tables.settings = [{ value: 1 }]),
      { table: 'settings', index: 0, path: 'key' },
    ],
    [
      'a packed answer without its uid',
      (tables) => {
        const block = blockRow('b1', [reviewRow('d1:c1', AT), reviewRow('d1:c2', AT)]);
        delete (block.rows as Record<string, unknown>[])[1]?.uid;
        tables.logBlocks = [block];
      },
      { table: 'logBlocks', index: 0, path: 'rows.1.uid' },
    ],
    [
      'a packed answer with a rating out of range',
      (tables) =>
        (tables.logBlocks = [
          blockRow('b1', [reviewRow('d1:c1', AT)]),
          blockRow('b2', [reviewRow('d1:c1', AT), reviewRow('d1:c2', AT, { rating: 9 })]),
        ]),
      { table: 'logBlocks', index: 1, path: 'rows.1.rating', received: '9' },
    ],
    [
      'a block whose answers are not a list',
      (tables) => (tables.logBlocks = [{ ...blockRow('b1', [reviewRow('d1:c1', AT)]), rows: {} }]),
      { table: 'logBlocks', index: 0, path: 'rows', received: 'Object' },
    ],
    [
      'a negative quiz score',
      (tables) => (tables.quizzes = [{ ...quizRow(1, AT), correct: -0.5 }]),
      { table: 'quizzes', index: 0, path: 'correct', received: '-0.5' },
    ],
  ])('%s', (_name, change, problem) => {
    const result = parseBackup(withTables(change), TARGET);
    expect(result).toMatchObject({ ok: false, problem: { code: 'invalidRecord', ...problem } });
  });

  it('refuses two cards with the same id', () => {
    const text = withTables((tables) => (tables.cards = [cardRow('d1:c1'), cardRow('d1:c1')]));
    expect(parseBackup(text, TARGET)).toEqual({
      ok: false,
      problem: { code: 'duplicateKey', table: 'cards', key: '"d1:c1"' },
    });
  });

  it.each<[string, (tables: TableRows) => void, BackupProblem]>([
    [
      'a card whose deck is not in the file',
      (tables) => tables.cards?.push(cardRow('d2:c1', { deckId: 'd2' })),
      {
        code: 'missingReference',
        table: 'cards',
        index: 2,
        field: 'deckId',
        parent: 'decks',
        value: 'd2',
      },
    ],
    [
      'a quiz answer whose quiz is not in the file',
      (tables) => (tables.quizAnswers = [quizAnswerRow(1, 1), quizAnswerRow(2, 5)]),
      {
        code: 'missingReference',
        table: 'quizAnswers',
        index: 1,
        field: 'quizId',
        parent: 'quizzes',
        value: '5',
      },
    ],
    [
      'a review of a card that is not in the file',
      (tables) => tables.reviewLog?.push({ id: 2, ...reviewRow('d1:gone', AT) }),
      {
        code: 'missingReference',
        table: 'reviewLog',
        index: 1,
        field: 'cardId',
        parent: 'cards',
        value: 'd1:gone',
      },
    ],
    [
      "a review filed under another deck than its card's",
      (tables) => {
        tables.decks?.push(deckRow('d2'));
        tables.reviewLog?.push({ id: 2, ...reviewRow('d1:c1', AT, { deckId: 'd2' }) });
      },
      { code: 'wrongDeck', index: 1, cardId: 'd1:c1', deckId: 'd2' },
    ],
    [
      'a last review two days after now',
      (tables) =>
        tables.cards?.push(cardRow('d1:c3', { last_review: new Date(AT.getTime() + 2 * DAY) })),
      {
        code: 'futureDate',
        table: 'cards',
        index: 2,
        field: 'last_review',
        value: new Date(AT.getTime() + 2 * DAY),
      },
    ],
    [
      'an answer in the year 2099',
      (tables) =>
        tables.reviewLog?.push({ id: 2, ...reviewRow('d1:c2', new Date('2099-01-01T00:00:00Z')) }),
      {
        code: 'futureDate',
        table: 'reviewLog',
        index: 1,
        field: 'review',
        value: new Date('2099-01-01T00:00:00Z'),
      },
    ],
    [
      'a block of answers ending in the year 2099',
      (tables) =>
        (tables.logBlocks = [
          blockRow('b1', [reviewRow('d1:c1', AT), reviewRow('d1:c2', new Date('2099-01-01'))]),
        ]),
      {
        code: 'futureDate',
        table: 'logBlocks',
        index: 0,
        field: 'last',
        value: new Date('2099-01-01'),
      },
    ],
  ])('refuses %s', (_name, change, problem) => {
    expect(parseBackup(withTables(change), TARGET)).toEqual({ ok: false, problem });
  });

  it('accepts dates up to a day ahead (another device whose clock runs ahead)', () => {
    const text = withTables((tables) =>
      tables.reviewLog?.push({ id: 2, ...reviewRow('d1:c2', new Date(AT.getTime() + DAY - 1)) }),
    );
    expect(parseBackup(text, TARGET).ok).toBe(true);
  });
});

describe('parseBackup checks the checksum', () => {
  it('refuses a file whose rows were changed after it was written', () => {
    const text = sampleText().replace('Front d1:c2', 'Front changed');
    expect(parseBackup(text, TARGET)).toEqual({ ok: false, problem: { code: 'checksumMismatch' } });
  });

  it('accepts a file without a checksum (written before backups had one)', () => {
    const text = edited((file) => delete file.checksum);
    const result = parseBackup(text, TARGET);
    expect(result.ok && result.backup.tables.cards?.length).toBe(2);
  });

  it('writes the checksum of the rows into every backup', () => {
    const file = JSON.parse(sampleText()) as { checksum: string };
    expect(file.checksum).toBe(tablesChecksum(sampleTables()));
    expect(file.checksum).toMatch(/^fnv1a32:[0-9a-f]{8}$/);
  });
});

describe('parseBackup accepts a valid backup', () => {
  it('returns every table with its dates as Dates', () => {
    const result = parseBackup(sampleText(), TARGET);
    expect(result).toEqual({
      ok: true,
      backup: createBackup({
        tables: sampleTables(),
        appVersion: '0.1.0',
        schemaVersion: 3,
        exportedAt: AT,
      }),
    });
    if (!result.ok) return;
    const card = result.backup.tables.cards?.[0];
    expect(card?.last_review).toBeInstanceOf(Date);
    expect((card?.last_review as Date).toISOString()).toBe('2026-03-14T09:00:00.000Z');
  });

  it('accepts a backup of an older schema without the newer tables', () => {
    const tables = sampleTables();
    delete tables.quizResults;
    delete tables.quizzes;
    delete tables.quizAnswers;
    const text = serializeBackupValue(
      createBackup({ tables, appVersion: '0.0.9', schemaVersion: 1, exportedAt: AT }),
    );
    const result = parseBackup(text, TARGET);
    expect(result.ok).toBe(true);
    expect(result.ok && Object.keys(result.backup.tables)).toEqual([
      'decks',
      'cards',
      'reviewLog',
      'settings',
    ]);
  });

  it.each([
    ['a whole-number quiz score (stored before per-pair scoring)', 1],
    ['a fractional quiz score (a matching set partly right)', 5 / 6],
  ])('accepts %s', (_name, correct) => {
    const result = parseBackup(
      withTables((tables) => (tables.quizzes = [{ ...quizRow(1, AT), correct }])),
      TARGET,
    );
    expect(result.ok && result.backup.tables.quizzes?.[0]?.correct).toBe(correct);
  });

  it('accepts surrounding whitespace, as editors add a final newline', () => {
    expect(parseBackup(`\n${sampleText()}\n\n`, TARGET).ok).toBe(true);
  });
});
