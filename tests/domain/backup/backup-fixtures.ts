import {
  createBackup,
  serializeBackupValue,
  type BackupRow,
  type BackupTable,
  type TableRows,
} from '../../../src/domain/backup/backup-format.ts';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import { Rating, State } from '../../../src/domain/scheduling/scheduler.ts';
import type { BackupTarget } from '../../../src/domain/backup/parse-backup.ts';

export const AT = new Date('2026-03-15T10:00:00.000Z');

/** The tables of the app's schema as the backup code sees them, plus one it has no schema for. */
export const TABLES: BackupTable[] = [
  { name: 'decks', primaryKey: 'id', autoIncrement: false },
  { name: 'cards', primaryKey: 'id', autoIncrement: false },
  { name: 'reviewLog', primaryKey: 'id', autoIncrement: true },
  { name: 'settings', primaryKey: 'key', autoIncrement: false },
  { name: 'quizzes', primaryKey: 'id', autoIncrement: true },
  { name: 'quizAnswers', primaryKey: 'id', autoIncrement: true },
  { name: 'logBlocks', primaryKey: 'id', autoIncrement: false },
  // A table no schema in the backup code knows, as a later version might add.
  { name: 'quizResults', primaryKey: 'id', autoIncrement: true },
];

export const TARGET: BackupTarget = { tables: TABLES, schemaVersion: 3, now: AT };

export function deckRow(id = 'd1'): BackupRow {
  return {
    id,
    title: `Deck ${id}`,
    language: 'en',
    description: '',
    source: { file: `${id}.md`, sha256: 'abc' },
    generatorVersion: '1',
    position: 0,
    options: DEFAULT_DECK_OPTIONS,
  };
}

export function cardRow(id: string, overrides: BackupRow = {}): BackupRow {
  return {
    id,
    deckId: 'd1',
    position: 0,
    kind: 'definition',
    front: `Front ${id}`,
    back: `Back ${id}`,
    context: '',
    lines: [1, 2],
    edited: false,
    suspended: false,
    buriedUntil: null,
    version: 1,
    queue: 0,
    due: AT,
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    reps: 0,
    lapses: 0,
    state: State.New,
    ...overrides,
  };
}

export function reviewRow(cardId: string, review: Date, overrides: BackupRow = {}): BackupRow {
  return {
    cardId,
    deckId: 'd1',
    rating: Rating.Good,
    state: State.New,
    due: review,
    stability: 0,
    difficulty: 0,
    elapsed_days: 0,
    last_elapsed_days: 0,
    scheduled_days: 0,
    learning_steps: 0,
    review,
    durationMs: 1500,
    ...overrides,
  };
}

/** A block of packed answers of deck d1 (an imported history) holding `rows`, each with a uid. */
export function blockRow(id: string, rows: readonly BackupRow[]): BackupRow {
  const times = rows.map((row) => (row.review as Date).getTime());
  return {
    id,
    deckId: 'd1',
    cardIds: [...new Set(rows.map((row) => row.cardId))],
    first: new Date(Math.min(...times)),
    last: new Date(Math.max(...times)),
    answers: rows.filter((row) => row.rating !== Rating.Manual).length,
    rows: rows.map((row, index) => ({ uid: `${id}-${String(index)}`, ...row })),
  };
}

export function quizRow(id: number, finishedAt: Date): BackupRow {
  return {
    id,
    deckIds: ['d1'],
    seed: 7,
    pool: 'all',
    types: ['typed'],
    startedAt: new Date(finishedAt.getTime() - 60_000),
    finishedAt,
    durationMs: 60_000,
    total: 1,
    correct: 1,
  };
}

export function quizAnswerRow(id: number, quizId: number, cardId = 'd1:c1'): BackupRow {
  return {
    id,
    quizId,
    position: 0,
    type: 'typed',
    deckId: 'd1',
    cardIds: [cardId],
    items: [],
    verdict: 'correct',
    durationMs: 5000,
  };
}

/** A small valid collection: one deck, two cards (one reviewed), its review, one setting. */
export function sampleTables(): TableRows {
  const reviewed = new Date('2026-03-14T09:00:00.000Z');
  return {
    decks: [deckRow()],
    cards: [
      cardRow('d1:c1', {
        state: State.Learning,
        reps: 1,
        last_review: reviewed,
        due: new Date('2026-03-14T09:10:00.000Z'),
        queue: 1,
      }),
      cardRow('d1:c2', { position: 1 }),
    ],
    reviewLog: [{ id: 1, ...reviewRow('d1:c1', reviewed) }],
    settings: [{ key: 'theme', value: 'dark' }],
    quizzes: [quizRow(1, reviewed)],
    quizAnswers: [quizAnswerRow(1, 1)],
    quizResults: [{ id: 1, deckId: 'd1', score: 3, at: reviewed }],
  };
}

export function sampleText(tables: TableRows = sampleTables()): string {
  return serializeBackupValue(
    createBackup({ tables, appVersion: '0.1.0', schemaVersion: 3, exportedAt: AT }),
  );
}
