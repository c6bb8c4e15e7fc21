/**
 * How a block of packed answers (`logBlocks`, answer-log.ts) is stored: its rows by column —
 * the numbers of all rows in one `Float64Array`, each row's card and deck as an index into the
 * block's list of them, the uids as one string — instead of a thousand objects.
 *
 * Why: IndexedDB stores a value as its structured clone, which writes every property name of
 * every object; a block of 1,000 answers as objects is ~14,000 named fields, copied by the worker
 * and written by the browser process. In columns it is a few typed arrays and strings, which
 * clone as plain bytes (docs/performance.md, "Answers stored by column").
 *
 * Only the stored form changes: the middleware of block-columns.ts calls these as a block is
 * written and read, below every other middleware, so every reader (the answer log, statistics,
 * backups, sync, Check database) and every writer still sees {@link LogBlockRecord} with its
 * `rows`. A block stored as rows (written by an earlier version, or holding a row the columns
 * cannot carry exactly) is read as it is: no upgrade rewrites the blocks already stored. This
 * module is not on the first page: it loads when a database holding such blocks opens, or
 * before an import writes them (block-columns.ts).
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTransaction } from 'dexie';
import { Rating, State } from '../domain/scheduling/fsrs-vocabulary.ts';
import { COLUMNS_FLAG, STORAGE_FLAGS } from './storage-flags.ts';
import type { BlockRow, LogBlockRecord } from './db.ts';

/** A block's rows by column, row `i` at index `i` of each (`numbers`: {@link NUMBERS} per row). */
export interface BlockColumns {
  /**
   * The card ids the rows name, each once; `card[i]` is row `i`'s index into it. Absent when it
   * is the block's `cardIds` (always, for blocks this app packs): not stored twice.
   */
  readonly cards?: string[];
  readonly card: Uint32Array;
  /** The deck ids the rows name, each once (one, unless a card moved); `deck[i]` the same way. */
  readonly decks: string[];
  readonly deck: Uint32Array;
  /** Row `i`'s rating and state, as their values in {@link RATINGS} and {@link STATES}. */
  readonly rating: Uint8Array;
  readonly state: Uint8Array;
  /** The rows' numbers and times (milliseconds), {@link NUMBERS} per row in that order. */
  readonly numbers: Float64Array;
  /** The rows' uids, one after another; row `i`'s ends at `uidEnds[i]`. */
  readonly uids: string;
  readonly uidEnds: Uint32Array;
}

/** A block as stored: without `rows` when they are in `columns`. */
export type StoredBlock = Omit<LogBlockRecord, 'rows'> & {
  rows?: BlockRow[];
  columns?: BlockColumns;
};

const NUMBERS = 9;
/** The ratings and states a row may hold, each stored as its value (its index here). */
const RATINGS: readonly Rating[] = [
  Rating.Manual,
  Rating.Again,
  Rating.Hard,
  Rating.Good,
  Rating.Easy,
];
const STATES: readonly State[] = [State.New, State.Learning, State.Review, State.Relearning];
/** Every field of a row, so a row with any other (or one missing) stays stored as it is. */
const FIELDS = 14;

/** True when the columns give `row` back exactly (see {@link encodeBlock}). */
function fitsColumns(row: BlockRow): boolean {
  return (
    Object.keys(row).length === FIELDS &&
    RATINGS[row.rating] === row.rating &&
    STATES[row.state] === row.state &&
    row.due instanceof Date &&
    row.review instanceof Date &&
    typeof row.stability === 'number' &&
    typeof row.difficulty === 'number' &&
    // ts-fsrs 5 still requires these fields on a log; they go away in 6.0.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    typeof row.elapsed_days === 'number' &&
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    typeof row.last_elapsed_days === 'number' &&
    typeof row.scheduled_days === 'number' &&
    typeof row.learning_steps === 'number' &&
    typeof row.durationMs === 'number' &&
    typeof row.cardId === 'string' &&
    typeof row.deckId === 'string' &&
    typeof row.uid === 'string'
  );
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** Index of `value` in `list`, added to it when new. */
function indexIn(value: string, list: string[], seen: Map<string, number>): number {
  let index = seen.get(value);
  if (index === undefined) {
    index = list.length;
    list.push(value);
    seen.set(value, index);
  }
  return index;
}

/**
 * The block as stored: its rows as {@link BlockColumns}, or the block itself when a row would not
 * come back exactly (a field of another type, one missing or added: never the case for rows this
 * app writes, which the property test checks). A new object; `block` is left as it is.
 *
 * @example
 * decodeBlock(encodeBlock(block)) // deep-equal to block
 */
export function encodeBlock(block: LogBlockRecord): StoredBlock {
  const { rows } = block;
  if (!rows.every(fitsColumns)) return block;
  const count = rows.length;
  const cards: string[] = [];
  const decks: string[] = [];
  const cardIndex = new Map<string, number>();
  const deckIndex = new Map<string, number>();
  const card = new Uint32Array(count);
  const deck = new Uint32Array(count);
  const rating = new Uint8Array(count);
  const state = new Uint8Array(count);
  const numbers = new Float64Array(count * NUMBERS);
  const uidEnds = new Uint32Array(count);
  const uids: string[] = [];
  let end = 0;
  rows.forEach((row, i) => {
    card[i] = indexIn(row.cardId, cards, cardIndex);
    deck[i] = indexIn(row.deckId, decks, deckIndex);
    rating[i] = row.rating;
    state[i] = row.state;
    const at = i * NUMBERS;
    numbers[at] = row.due.getTime();
    numbers[at + 1] = row.stability;
    numbers[at + 2] = row.difficulty;
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    numbers[at + 3] = row.elapsed_days;
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    numbers[at + 4] = row.last_elapsed_days;
    numbers[at + 5] = row.scheduled_days;
    numbers[at + 6] = row.learning_steps;
    numbers[at + 7] = row.review.getTime();
    numbers[at + 8] = row.durationMs;
    end += row.uid.length;
    uidEnds[i] = end;
    uids.push(row.uid);
  });
  const columns: BlockColumns = {
    ...(sameIds(cards, block.cardIds) ? {} : { cards }),
    card,
    decks,
    deck,
    rating,
    state,
    numbers,
    uids: uids.join(''),
    uidEnds,
  };
  return {
    id: block.id,
    deckId: block.deckId,
    cardIds: block.cardIds,
    first: block.first,
    last: block.last,
    answers: block.answers,
    columns,
  };
}

/** The rows of `columns`, as objects built field by field (see anki-import.ts's `blockRow`). */
function rowsOf(columns: BlockColumns, cardIds: readonly string[]): BlockRow[] {
  const { cards = cardIds, card, decks, deck, rating, state, numbers, uids, uidEnds } = columns;
  const rows = new Array<BlockRow>(uidEnds.length);
  let start = 0;
  for (let i = 0; i < uidEnds.length; i += 1) {
    const at = i * NUMBERS;
    const end = uidEnds[i] ?? start;
    rows[i] = {
      rating: RATINGS[rating[i] ?? 0] ?? Rating.Manual,
      state: STATES[state[i] ?? 0] ?? State.New,
      due: new Date(numbers[at] ?? NaN),
      stability: numbers[at + 1] ?? NaN,
      difficulty: numbers[at + 2] ?? NaN,
      // ts-fsrs 5 still requires these fields on a log; they go away in 6.0.
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      elapsed_days: numbers[at + 3] ?? NaN,
      // eslint-disable-next-line @typescript-eslint/no-deprecated
      last_elapsed_days: numbers[at + 4] ?? NaN,
      scheduled_days: numbers[at + 5] ?? NaN,
      learning_steps: numbers[at + 6] ?? NaN,
      review: new Date(numbers[at + 7] ?? NaN),
      cardId: cards[card[i] ?? 0] ?? '',
      deckId: decks[deck[i] ?? 0] ?? '',
      durationMs: numbers[at + 8] ?? NaN,
      uid: uids.slice(start, end),
    };
    start = end;
  }
  return rows;
}

/**
 * The block a stored value holds, with its `rows`: decoded from its columns, or as it is when
 * stored as rows.
 */
export function decodeBlock(stored: StoredBlock): LogBlockRecord {
  const { columns } = stored;
  if (columns === undefined) return stored as LogBlockRecord;
  return {
    id: stored.id,
    deckId: stored.deckId,
    cardIds: stored.cardIds,
    first: stored.first,
    last: stored.last,
    answers: stored.answers,
    rows: rowsOf(columns, stored.cardIds),
  };
}

// Transactions that wrote the flag already.
const flagged = new WeakSet<DBCoreTransaction>();

/**
 * Writes `req` to the blocks' table: an add or put by column when its transaction covers the
 * flags' table, writing the flag too (once a transaction), so no block by column is ever stored
 * without it; anything else as it is (a block stored as rows is valid). The transaction is
 * Dexie's IndexedDB transaction (its `DBCoreTransaction`), whose scope says which tables it
 * covers.
 */
export function mutateBlocks(
  down: DBCore,
  req: DBCoreMutateRequest,
): Promise<DBCoreMutateResponse> {
  const table = down.table('logBlocks');
  const { trans } = req;
  if (
    (req.type !== 'add' && req.type !== 'put') ||
    !(trans as unknown as IDBTransaction).objectStoreNames.contains(STORAGE_FLAGS)
  ) {
    return table.mutate(req);
  }
  const values = req.values.map((block) => encodeBlock(block as LogBlockRecord));
  const written = table.mutate({ ...req, values });
  if (flagged.has(trans)) return written;
  flagged.add(trans);
  const flag = down
    .table(STORAGE_FLAGS)
    .mutate({ type: 'put', trans, values: [{ key: COLUMNS_FLAG }] });
  return Promise.all([flag, written]).then(([, result]) => result);
}
