/**
 * Reading a backup file the learner picked: the whole file is checked before anything is
 * stored, and the first problem found is returned as a code with its parameters (the settings
 * screen turns it into a sentence), never thrown.
 */
import * as v from 'valibot';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  parseBackupJson,
  rowKey,
  tablesChecksum,
  type Backup,
  type BackupRow,
  type BackupTable,
} from './backup-format.ts';
import { MEDIA_TABLE, mediaRowBytes, type BackupMediaRow } from './backup-media.ts';
import {
  genericRow,
  headerSchema,
  PAST_DATE_TOLERANCE_MS,
  PAST_DATES,
  REFERENCES,
  ROW_SCHEMAS,
} from './backup-schema.ts';

/** Why a file was refused. `index` is 0-based; `path` is a dot path inside the row. */
export type BackupProblem =
  | { readonly code: 'empty' }
  | { readonly code: 'truncated' }
  | { readonly code: 'notJson'; readonly detail: string }
  | { readonly code: 'foreign' }
  | { readonly code: 'newerFormat'; readonly formatVersion: number }
  | { readonly code: 'newerSchema'; readonly schemaVersion: number }
  | { readonly code: 'invalidHeader'; readonly path: string; readonly expected: string }
  | { readonly code: 'unknownTable'; readonly table: string }
  | {
      readonly code: 'countMismatch';
      readonly table: string;
      readonly expected: number;
      readonly actual: number;
    }
  | {
      readonly code: 'invalidRecord';
      readonly table: string;
      readonly index: number;
      readonly path: string;
      readonly expected: string;
      readonly received: string;
    }
  | { readonly code: 'duplicateKey'; readonly table: string; readonly key: string }
  | {
      readonly code: 'missingReference';
      readonly table: string;
      readonly index: number;
      readonly field: string;
      readonly parent: string;
      readonly value: string;
    }
  /** The rows do not match the checksum the file was written with. */
  | { readonly code: 'checksumMismatch' }
  /** A date of something that happened (an answer, a last review) lies after now. */
  | {
      readonly code: 'futureDate';
      readonly table: string;
      readonly index: number;
      readonly field: string;
      readonly value: Date;
    }
  /** A media file whose contents are not base64, or not the picture type the row names. */
  | { readonly code: 'damagedMedia'; readonly index: number; readonly name: string }
  /** A review filed under another deck than its card's. */
  | {
      readonly code: 'wrongDeck';
      readonly index: number;
      readonly cardId: string;
      readonly deckId: string;
    };

export type BackupParseResult =
  | { readonly ok: true; readonly backup: Backup }
  | { readonly ok: false; readonly problem: BackupProblem };

/**
 * What the reading side knows: its tables (all must be listed), its schema version, and the time
 * (dates of past events after it are refused).
 */
export interface BackupTarget {
  readonly tables: readonly BackupTable[];
  readonly schemaVersion: number;
  readonly now: Date;
}

function fail(problem: BackupProblem): BackupParseResult {
  return { ok: false, problem };
}

function firstIssue(issues: readonly v.BaseIssue<unknown>[]) {
  const [issue] = issues;
  return {
    path: issue === undefined ? '' : (v.getDotPath(issue) ?? ''),
    expected: issue?.expected ?? issue?.message ?? '',
    received: issue?.received ?? '',
  };
}

function isValidKey(key: unknown): boolean {
  if (typeof key === 'string') return true;
  if (typeof key === 'number') return !Number.isNaN(key);
  if (key instanceof Date) return !Number.isNaN(key.getTime());
  return Array.isArray(key) && key.length > 0 && key.every(isValidKey);
}

/** Checks one table's rows: shape, primary key present and unique. */
function checkRows(table: BackupTable, rows: readonly unknown[]): BackupProblem | null {
  const schema = ROW_SCHEMAS[table.name] ?? genericRow;
  const seen = new Set<string>();
  for (const [index, row] of rows.entries()) {
    const result = v.safeParse(schema, row);
    if (!result.success) {
      return { code: 'invalidRecord', table: table.name, index, ...firstIssue(result.issues) };
    }
    const key = rowKey(row as BackupRow, table);
    if (key === undefined && table.autoIncrement) continue;
    if (!isValidKey(key)) {
      const path = Array.isArray(table.primaryKey)
        ? table.primaryKey.join('+')
        : String(table.primaryKey);
      return {
        code: 'invalidRecord',
        table: table.name,
        index,
        path,
        expected: 'key',
        received: String(key),
      };
    }
    const id = JSON.stringify(key);
    if (seen.has(id)) return { code: 'duplicateKey', table: table.name, key: id };
    seen.add(id);
  }
  return null;
}

/**
 * True when `text` opens an object (as every backup does) and ends before closing all it opened
 * or inside a string: the file was cut off, rather than damaged in the middle.
 */
function endsInsideValue(text: string): boolean {
  if (!text.startsWith('{')) return false;
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      depth += 1;
    } else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 0) return false;
    }
  }
  return true;
}

/** Every {@link REFERENCES} link points at a row the backup has (tables it lacks are skipped). */
function checkReferences(
  tables: Record<string, BackupRow[]>,
  known: ReadonlyMap<string, BackupTable>,
): BackupProblem | null {
  for (const { table, field, parent } of REFERENCES) {
    const parentTable = known.get(parent);
    const rows = tables[table];
    if (parentTable === undefined || rows === undefined) continue;
    const keys = new Set((tables[parent] ?? []).map((row) => rowKey(row, parentTable)));
    for (const [index, row] of rows.entries()) {
      if (keys.has(row[field])) continue;
      return { code: 'missingReference', table, index, field, parent, value: String(row[field]) };
    }
  }
  return null;
}

/** No past event (an answer, a last review, a quiz) lies after `now`, give or take a clock's drift. */
function checkPastDates(tables: Record<string, BackupRow[]>, now: Date): BackupProblem | null {
  const latest = now.getTime() + PAST_DATE_TOLERANCE_MS;
  for (const { table, field } of PAST_DATES) {
    for (const [index, row] of (tables[table] ?? []).entries()) {
      const value = row[field];
      if (value instanceof Date && value.getTime() > latest) {
        return { code: 'futureDate', table, index, field, value };
      }
    }
  }
  return null;
}

/**
 * Every review is filed under its card's deck. (A card's id need not name its deck: a card
 * moved to another deck keeps its id, so its history stays its own.)
 */
function checkDecks(tables: Record<string, BackupRow[]>): BackupProblem | null {
  const cardDecks = new Map((tables.cards ?? []).map((card) => [card.id, card.deckId]));
  for (const [index, review] of (tables.reviewLog ?? []).entries()) {
    const expected = cardDecks.get(review.cardId);
    if (expected !== undefined && expected !== review.deckId) {
      const cardId = String(review.cardId);
      return {
        code: 'wrongDeck',
        index,
        cardId,
        deckId: String(review.deckId),
      };
    }
  }
  return null;
}

/** Every media file decodes, and is the picture type (or non-picture) its row says. */
function checkMedia(tables: Record<string, BackupRow[]>): BackupProblem | null {
  const rows = (tables[MEDIA_TABLE] ?? []) as unknown as BackupMediaRow[];
  for (const [index, row] of rows.entries()) {
    if (mediaRowBytes(row) === null) return { code: 'damagedMedia', index, name: row.name };
  }
  return null;
}

function parseText(text: string): { value: unknown } | { problem: BackupProblem } {
  const trimmed = text.trim();
  if (trimmed === '') return { problem: { code: 'empty' } };
  try {
    return { value: parseBackupJson(trimmed) };
  } catch (error) {
    if (endsInsideValue(trimmed)) return { problem: { code: 'truncated' } };
    return { problem: { code: 'notJson', detail: error instanceof Error ? error.message : '' } };
  }
}

/**
 * Parses and checks backup text against the reading app's tables, in this order: JSON, our format,
 * not newer than this app, header, tables known, row counts as announced, every row valid,
 * primary keys unique, every link between tables intact (each card's deck, each review's card,
 * each quiz answer's quiz), each card in the deck its id names and each review in its card's
 * deck, no past event dated after `target.now`, every media file readable as the type it names,
 * and last the checksum (when the file has one).
 * Returns the backup or the first problem.
 *
 * @example
 * const decks = { name: 'decks', primaryKey: 'id', autoIncrement: false };
 * const target = { tables: [decks], schemaVersion: 3, now: new Date() };
 * parseBackup('{"format":"deckwright-backup","formatVersion":1', target);
 * // { ok: false, problem: { code: 'truncated' } }
 * parseBackup('{"name":"my-package"}', target);
 * // { ok: false, problem: { code: 'foreign' } }
 */
export function parseBackup(text: string, target: BackupTarget): BackupParseResult {
  const parsed = parseText(text);
  if ('problem' in parsed) return fail(parsed.problem);
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail({ code: 'foreign' });
  }
  const raw = value as Record<string, unknown>;
  if (raw.format !== BACKUP_FORMAT) return fail({ code: 'foreign' });
  if (typeof raw.formatVersion === 'number' && raw.formatVersion > BACKUP_FORMAT_VERSION) {
    return fail({ code: 'newerFormat', formatVersion: raw.formatVersion });
  }
  const header = v.safeParse(headerSchema, raw);
  if (!header.success) {
    const { path, expected } = firstIssue(header.issues);
    return fail({ code: 'invalidHeader', path, expected });
  }
  const backup = header.output;
  if (backup.schemaVersion > target.schemaVersion) {
    return fail({ code: 'newerSchema', schemaVersion: backup.schemaVersion });
  }
  const known = new Map(target.tables.map((table) => [table.name, table]));
  const names = new Set([...Object.keys(backup.tables), ...Object.keys(backup.counts)]);
  for (const name of names) {
    const table = known.get(name);
    if (table === undefined) return fail({ code: 'unknownTable', table: name });
    const actual = backup.tables[name]?.length ?? 0;
    const expected = backup.counts[name] ?? 0;
    if (actual !== expected) return fail({ code: 'countMismatch', table: name, expected, actual });
  }
  for (const [name, rows] of Object.entries(backup.tables)) {
    const table = known.get(name);
    const problem = table === undefined ? null : checkRows(table, rows);
    if (problem !== null) return fail(problem);
  }
  const tables = backup.tables as Record<string, BackupRow[]>;
  const problem =
    checkReferences(tables, known) ??
    checkDecks(tables) ??
    checkPastDates(tables, target.now) ??
    checkMedia(tables);
  if (problem !== null) return fail(problem);
  // Last: a damaged row is better named by the checks above than by "does not match".
  if (backup.checksum !== undefined && tablesChecksum(tables) !== backup.checksum) {
    return fail({ code: 'checksumMismatch' });
  }
  return { ok: true, backup: { ...backup, format: BACKUP_FORMAT, tables } };
}
