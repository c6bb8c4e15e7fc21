/**
 * Merging a backup into the stored collection instead of replacing it: nothing stored is
 * deleted, review history from both sides is kept once, and each card ends up in the newer of
 * its two states. The result is the list of rows to write; storage writes them in one
 * transaction.
 */
import { rowKey, type BackupRow, type BackupTable, type TableRows } from './backup-format.ts';

export interface MergePlan {
  /**
   * Rows to write per table. Rows of auto-increment tables come without their key (they are
   * added and get a fresh one); other rows are written over any stored row with the same key.
   */
  readonly writes: TableRows;
  /** Rows new to the collection, per table. */
  readonly added: Record<string, number>;
  /** Stored rows replaced by the backup's newer version, per table. */
  readonly updated: Record<string, number>;
}

function time(value: unknown): number {
  return value instanceof Date ? value.getTime() : Number.NEGATIVE_INFINITY;
}

/**
 * Whether the backup's card should replace the stored one: it was reviewed later, or both were
 * last reviewed at the same moment and only the backup's text was edited by the learner.
 */
function isNewerCard(incoming: BackupRow, stored: BackupRow): boolean {
  const difference = time(incoming.last_review) - time(stored.last_review);
  if (difference !== 0) return difference > 0;
  return incoming.edited === true && stored.edited !== true;
}

/**
 * A review-log row's identity across databases: the same answer has another auto-increment id in
 * each database, but the same card, moment and rating.
 */
function reviewIdentity(row: BackupRow): string {
  return `${String(row.cardId)}|${time(row.review)}|${String(row.rating)}`;
}

/** JSON with sorted keys, so two copies of a row compare equal whatever their key order. */
function canonical(value: unknown): string {
  if (value instanceof Date) return `date:${value.getTime()}`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

function withoutKey(row: BackupRow, table: BackupTable): BackupRow {
  if (typeof table.primaryKey !== 'string') return row;
  const key = table.primaryKey;
  return Object.fromEntries(Object.entries(row).filter(([name]) => name !== key));
}

/** Identity of a row of an auto-increment table: everything but the local key. */
function contentIdentity(table: BackupTable): (row: BackupRow) => string {
  if (table.name === 'reviewLog') return reviewIdentity;
  return (row) => canonical(withoutKey(row, table));
}

function mergeAppended(table: BackupTable, stored: BackupRow[], incoming: BackupRow[]) {
  const identity = contentIdentity(table);
  const seen = new Set(stored.map(identity));
  const added: BackupRow[] = [];
  for (const row of incoming) {
    const id = identity(row);
    if (seen.has(id)) continue;
    seen.add(id);
    added.push(withoutKey(row, table));
  }
  // Fresh ids then follow the order of the answers, as if they had been given here.
  if (table.name === 'reviewLog') added.sort((a, b) => time(a.review) - time(b.review));
  return { writes: added, added: added.length, updated: 0 };
}

function mergeKeyed(table: BackupTable, stored: BackupRow[], incoming: BackupRow[]) {
  const byKey = new Map(stored.map((row) => [JSON.stringify(rowKey(row, table)), row]));
  const writes: BackupRow[] = [];
  let added = 0;
  let updated = 0;
  for (const row of incoming) {
    const current = byKey.get(JSON.stringify(rowKey(row, table)));
    if (current === undefined) {
      writes.push(row);
      added += 1;
    } else if (table.name === 'cards' && isNewerCard(row, current)) {
      writes.push(row);
      updated += 1;
    }
    // Otherwise the stored row wins: decks, options and settings have no time to compare, and
    // the learner is looking at the stored ones.
  }
  return { writes, added, updated };
}

/**
 * Plans the merge of `incoming` (a validated backup's tables) into `stored` (the collection now):
 * - cards: a card missing here is added; a card on both sides takes the state with the later
 *   last review (the stored one on a tie, unless only the backup's text was edited);
 * - review log and other auto-increment tables: the union without duplicates, a review identified
 *   by card, review time and rating rather than by its local id;
 * - decks, settings and other keyed tables: rows missing here are added, stored rows are kept.
 *
 * @example
 * const cards = { name: 'cards', primaryKey: 'id', autoIncrement: false };
 * const plan = mergeBackup(
 *   { cards: [{ id: 'c1', last_review: new Date('2026-03-01') }] },
 *   { cards: [{ id: 'c1', last_review: new Date('2026-03-10') }] },
 *   [cards],
 * );
 * plan.updated; // { cards: 1 } — the backup reviewed c1 later
 */
export function mergeBackup(
  stored: TableRows,
  incoming: TableRows,
  tables: readonly BackupTable[],
): MergePlan {
  const writes: TableRows = {};
  const added: Record<string, number> = {};
  const updated: Record<string, number> = {};
  for (const table of tables) {
    const rows = incoming[table.name];
    if (rows === undefined) continue;
    const here = stored[table.name] ?? [];
    const result = table.autoIncrement
      ? mergeAppended(table, here, rows)
      : mergeKeyed(table, here, rows);
    writes[table.name] = result.writes;
    added[table.name] = result.added;
    updated[table.name] = result.updated;
  }
  return { writes, added, updated };
}
