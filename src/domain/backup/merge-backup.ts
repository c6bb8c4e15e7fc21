/**
 * Merging a backup into the stored collection instead of replacing it: nothing stored is
 * deleted, review history from both sides is kept once, and each card ends up in the newer of
 * its two states. The result is the list of rows to write; storage writes them in one
 * transaction.
 */
import { rowKey, type BackupRow, type BackupTable, type TableRows } from './backup-format.ts';
import { REFERENCES } from './backup-schema.ts';

export interface MergePlan {
  /**
   * Rows to write per table, over any stored row with the same key. New rows of auto-increment
   * tables carry fresh ids after the stored ones, and links to them (a quiz answer's quiz) follow.
   */
  readonly writes: TableRows;
  /** Rows new to the collection, per table. */
  readonly added: Record<string, number>;
  /** Stored rows replaced by the backup's newer version, per table. */
  readonly updated: Record<string, number>;
  /**
   * Cards whose answers sit packed in a block (`logBlocks`, stored or added) of another deck than
   * the one the card ends up in, each with that deck: storage takes those answers out of their
   * blocks as review-log rows filed under it (a block holds one deck's answers and is never
   * rewritten but smaller; see storage/answer-log.ts).
   */
  readonly refilePacked: Record<string, string>;
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
  const key = table.primaryKey;
  if (typeof key !== 'string') return row;
  return Object.fromEntries(Object.entries(row).filter(([name]) => name !== key));
}

/** Identity of a row of an auto-increment table: everything but the local key. */
function contentIdentity(table: BackupTable): (row: BackupRow) => string {
  if (table.name === 'reviewLog') return reviewIdentity;
  return (row) => canonical(withoutKey(row, table));
}

/** Backup id → id in the merged collection, per auto-increment table, for following links. */
type IdMaps = Map<string, Map<unknown, unknown>>;

/** The row with every link to an auto-increment parent pointing at the parent's merged id. */
function relinked(row: BackupRow, table: BackupTable, idMaps: IdMaps): BackupRow {
  let result = row;
  for (const { table: name, field, parent } of REFERENCES) {
    const ids = idMaps.get(parent);
    if (name !== table.name || ids === undefined || !ids.has(row[field])) continue;
    result = { ...result, [field]: ids.get(row[field]) };
  }
  return result;
}

function largestId(rows: BackupRow[], key: string): number {
  return rows.reduce((largest, row) => {
    const id = row[key];
    return typeof id === 'number' && id > largest ? id : largest;
  }, 0);
}

/**
 * Adds the backup's rows that the collection lacks, each under a fresh id after the stored ones
 * (the backup's ids are another database's counter), and records which id each backup row has
 * now, so rows linking to it can follow.
 */
function mergeAppended(
  table: BackupTable,
  stored: BackupRow[],
  incoming: BackupRow[],
  idMaps: IdMaps,
) {
  const key = typeof table.primaryKey === 'string' ? table.primaryKey : null;
  const identity = contentIdentity(table);
  const merged = new Map(stored.map((row) => [identity(row), key === null ? null : row[key]]));
  const ids = new Map<unknown, unknown>();
  idMaps.set(table.name, ids);
  let nextId = key === null ? 0 : largestId(stored, key) + 1;
  const rows = incoming.map((row) => relinked(row, table, idMaps));
  // New answers get ids in the order they were given, as if they had been given here.
  if (table.name === 'reviewLog') rows.sort((a, b) => time(a.review) - time(b.review));
  const added: BackupRow[] = [];
  for (const row of rows) {
    const id = identity(row);
    if (merged.has(id)) {
      if (key !== null) ids.set(row[key], merged.get(id));
      continue;
    }
    if (key === null) {
      added.push(row);
      merged.set(id, null);
      continue;
    }
    ids.set(row[key], nextId);
    merged.set(id, nextId);
    added.push({ ...row, [key]: nextId });
    nextId += 1;
  }
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

/** The deck each card ends up in: the stored one's, unless the merge writes the card. */
function finalDecks(stored: TableRows, writes: TableRows): Map<unknown, unknown> {
  const deckOf = new Map<unknown, unknown>();
  for (const card of [...(stored.cards ?? []), ...(writes.cards ?? [])]) {
    deckOf.set(card.id, card.deckId);
  }
  return deckOf;
}

/**
 * Files every review under the deck its card ends up in. A card moved to another deck on one
 * side (moves keep a card's id) wins or loses by its last review like any card, and its history
 * from both sides follows it: stored reviews filed elsewhere are rewritten (counted as updated),
 * added ones are filed there from the start.
 */
function refileReviews(
  stored: TableRows,
  writes: TableRows,
  updated: Record<string, number>,
  deckOf: ReadonlyMap<unknown, unknown>,
): void {
  const refiled = (row: BackupRow): BackupRow | null => {
    const deckId = deckOf.get(row.cardId);
    return deckId === undefined || deckId === row.deckId ? null : { ...row, deckId };
  };
  const added = (writes.reviewLog ?? []).map((row) => refiled(row) ?? row);
  const moved = (stored.reviewLog ?? []).flatMap((row): BackupRow[] => {
    const refiledRow = refiled(row);
    return refiledRow === null ? [] : [refiledRow];
  });
  if (writes.reviewLog === undefined && moved.length === 0) return;
  writes.reviewLog = [...moved, ...added];
  updated.reviewLog = (updated.reviewLog ?? 0) + moved.length;
}

/** The answers packed in `blocks`, as rows. */
function packedRows(blocks: readonly BackupRow[]): BackupRow[] {
  return blocks.flatMap((block) => (Array.isArray(block.rows) ? (block.rows as BackupRow[]) : []));
}

/** {@link MergePlan.refilePacked}: cards answered in a block of another deck than their own. */
function misfiledPacked(
  stored: TableRows,
  writes: TableRows,
  deckOf: ReadonlyMap<unknown, unknown>,
): Record<string, string> {
  const refile: Record<string, string> = {};
  for (const block of [...(stored.logBlocks ?? []), ...(writes.logBlocks ?? [])]) {
    const cardIds = Array.isArray(block.cardIds) ? (block.cardIds as unknown[]) : [];
    for (const cardId of cardIds) {
      const deckId = deckOf.get(cardId);
      if (typeof deckId === 'string' && deckId !== block.deckId) refile[String(cardId)] = deckId;
    }
  }
  return refile;
}

/**
 * Plans the merge of `incoming` (a validated backup's tables) into `stored` (the collection now):
 * - cards: a card missing here is added; a card on both sides takes the state with the later
 *   last review (the stored one on a tie, unless only the backup's text was edited);
 * - review log and other auto-increment tables: the union without duplicates, a review identified
 *   by card, review time and rating (an answer stored here packed in a block counts as stored),
 *   any other row by its content, never by its local id; rows added get fresh ids and rows
 *   linking to them (see REFERENCES) are updated to match;
 * - decks, settings, blocks of packed answers and other keyed tables: rows missing here are
 *   added, stored rows are kept;
 * - then every review is filed under the deck its card ends up in (see `refileReviews`), and
 *   cards answered in a block of another deck are listed in `refilePacked`.
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
  const idMaps: IdMaps = new Map();
  // Parents first, so links from their children can follow their new ids.
  const isChild = (table: BackupTable) => REFERENCES.some((link) => link.table === table.name);
  const ordered = [...tables].sort((a, b) => Number(isChild(a)) - Number(isChild(b)));
  for (const table of ordered) {
    const rows = incoming[table.name];
    if (rows === undefined) continue;
    const here =
      table.name === 'reviewLog'
        ? [...(stored.reviewLog ?? []), ...packedRows(stored.logBlocks ?? [])]
        : (stored[table.name] ?? []);
    const result = table.autoIncrement
      ? mergeAppended(table, here, rows, idMaps)
      : mergeKeyed(table, here, rows);
    writes[table.name] = result.writes;
    added[table.name] = result.added;
    updated[table.name] = result.updated;
  }
  const deckOf = finalDecks(stored, writes);
  refileReviews(stored, writes, updated, deckOf);
  return { writes, added, updated, refilePacked: misfiledPacked(stored, writes, deckOf) };
}
