/**
 * Keeps the two summaries the statistics read — `cardDigest` (cards packed by column, see
 * domain/stats/card-digest.ts) and `reviewDays` (the review log by quarter hour, see
 * domain/stats/review-days.ts) — in step with `cards`, `reviewLog` and `logBlocks`, inside the very
 * transaction that writes them. It is a Dexie middleware rather than calls in each repository:
 * every write path (answers, undo, bury, edits, deck sync, imports, backups, ones added later)
 * goes through it, so a summary can never miss a write or outlive a rolled-back one. Like Dexie
 * Cloud's change tracking, it adds the summary's store to every read-write transaction that
 * covers the source table.
 *
 * A card that moves to another deck is deleted and written again (see card-actions.ts), so
 * replacing a card only rewrites its own page; only deletions read the rows first, to know which
 * pages they leave.
 */
import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreMutateResponse,
  type DBCoreTable,
  type DBCoreTransaction,
  type Middleware,
} from 'dexie';
import {
  digestBucketOf,
  updateDigestPage,
  type CardDigestPage,
  type DigestCard,
} from '../domain/stats/card-digest.ts';
import {
  countReview,
  emptyReviewDay,
  reviewDayNumber,
  type DeckLog,
  type ReviewDay,
} from '../domain/stats/review-days.ts';

type SummaryKey = readonly [deckId: string, number: number];

/** How one source table is summed up: records keyed by deck and a number. */
interface Summary<Row> {
  readonly table: string;
  /** The rows a stored record counts as (a block of answers: each of its answers). */
  readonly rowsOf?: (record: unknown) => readonly unknown[];
  /** Whether a replaced row must be read before it is written over. */
  readonly readsReplaced: boolean;
  keyOf(row: Row): SummaryKey;
  /** The record after the change, or `null` when it is left empty and goes. */
  update(key: SummaryKey, stored: unknown, added: Row[], removed: Row[]): unknown;
}

const digest: Summary<DigestCard> = {
  table: 'cardDigest',
  readsReplaced: false,
  keyOf: (card) => [card.deckId, digestBucketOf(card.id)],
  update([deckId, bucket], stored, added, removed) {
    const removedIds = removed.map((card) => card.id);
    const page = updateDigestPage(
      stored as CardDigestPage | undefined,
      deckId,
      bucket,
      added,
      removedIds,
    );
    return page.idEnds.length === 0 ? null : page;
  },
};

const reviewDays: Summary<DeckLog> = {
  table: 'reviewDays',
  // A backup merge may write a log row over one with the same id.
  readsReplaced: true,
  keyOf: (log) => [log.deckId, reviewDayNumber(log.review)],
  update([deckId, day], stored, added, removed) {
    const record = (stored as ReviewDay | undefined) ?? emptyReviewDay(deckId, day);
    for (const log of removed) countReview(record, log, -1);
    for (const log of added) countReview(record, log, 1);
    return record;
  },
};

/** Answers packed in blocks (answer-log.ts) count in the same summary, each on its own day. */
const blockDays: Summary<DeckLog> = {
  ...reviewDays,
  rowsOf: (block) => (block as { rows: readonly unknown[] }).rows,
};

const SUMMARIES: Readonly<Record<string, Summary<never>>> = {
  cards: digest,
  reviewLog: reviewDays,
  logBlocks: blockDays,
};

// `DBCoreRangeType.Any` (a const enum, which isolated modules cannot read from Dexie's types).
const ANY_RANGE: number = 3;

/**
 * The rows a mutation replaces or deletes, read before it runs. Like everything below, chained
 * on Dexie's own promises: the middlewares under this one find their transaction in the zone
 * those promises carry, which a native promise or `await` would lose.
 */
function rowsBefore(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  readsReplaced: boolean,
): PromiseLike<unknown[]> {
  const { trans } = req;
  switch (req.type) {
    case 'add':
      return Dexie.Promise.resolve([]);
    case 'put': {
      const keys = readsReplaced
        ? req.values
            .map((value: unknown) => (value as { id?: unknown }).id)
            .filter((key) => key !== undefined)
        : [];
      return keys.length === 0 ? Dexie.Promise.resolve([]) : table.getMany({ trans, keys });
    }
    case 'delete':
      return table.getMany({ trans, keys: req.keys });
    case 'deleteRange': {
      const query = { index: table.schema.primaryKey, range: req.range };
      return table
        .query({ trans, query, values: true })
        .then((response) => response.result as unknown[]);
    }
  }
}

function present<Row>(rows: readonly unknown[]): Row[] {
  return rows.filter((row): row is Row => row !== undefined && row !== null);
}

/** Groups rows by the summary record they count in. */
function byRecord<Row>(summary: Summary<Row>, rows: readonly Row[]) {
  const groups = new Map<string, { key: SummaryKey; rows: Row[] }>();
  for (const row of rows) {
    const key = summary.keyOf(row);
    const id = `${String(key[1])} ${key[0]}`;
    const group = groups.get(id);
    if (group === undefined) groups.set(id, { key, rows: [row] });
    else group.rows.push(row);
  }
  return groups;
}

type Groups<Row> = ReturnType<typeof byRecord<Row>>;

/** The summary records after the change, as writes, from the rows added and removed by record. */
function summaryWrites<Row>(
  summary: Summary<Row>,
  touched: readonly { key: SummaryKey }[],
  stored: readonly unknown[],
  addedByRecord: Groups<Row>,
  removedByRecord: Groups<Row>,
) {
  const puts: unknown[] = [];
  const deletes: SummaryKey[] = [];
  touched.forEach(({ key }, index) => {
    const id = `${String(key[1])} ${key[0]}`;
    const record = summary.update(
      key,
      stored[index],
      addedByRecord.get(id)?.rows ?? [],
      removedByRecord.get(id)?.rows ?? [],
    );
    if (record === null) deletes.push(key);
    else puts.push(record);
  });
  return { puts, deletes };
}

function mutateWithSummary<Row>(
  table: DBCoreTable,
  target: DBCoreTable,
  summary: Summary<Row>,
  req: DBCoreMutateRequest,
): PromiseLike<DBCoreMutateResponse> {
  const { trans } = req;
  if (req.type === 'deleteRange' && ANY_RANGE === req.range.type.valueOf()) {
    // The whole table is cleared (a backup restore): so is the summary, without reading every
    // row first.
    return table
      .mutate(req)
      .then((response) =>
        target.mutate({ type: 'deleteRange', trans, range: req.range }).then(() => response),
      );
  }
  const values = req.type === 'add' || req.type === 'put' ? req.values : [];
  const rowsOf = (records: readonly unknown[]): Row[] => {
    const rows = present<Row>(records);
    return summary.rowsOf === undefined ? rows : present<Row>(rows.flatMap(summary.rowsOf));
  };
  return rowsBefore(table, req, summary.readsReplaced).then((before) => {
    const removed = rowsOf(before);
    const groups = byRecord(summary, [...removed, ...rowsOf(values)]);
    const touched = [...groups.values()];
    // The summary's records are read while the source write runs (one round trip, not two).
    return Dexie.Promise.all([
      table.mutate(req),
      touched.length === 0
        ? Dexie.Promise.resolve([])
        : target.getMany({ trans, keys: touched.map((group) => group.key) }),
    ]).then(([response, stored]) => {
      // Nothing replaced and nothing failed (every add of an import): the rows added are the
      // rows just grouped, so they are not keyed again (a card's key hashes its id).
      const added =
        removed.length === 0 && response.numFailures === 0
          ? groups
          : byRecord(summary, rowsOf(values.filter((_, index) => !(index in response.failures))));
      const { puts, deletes } = summaryWrites(
        summary,
        touched,
        stored,
        added,
        byRecord(summary, removed),
      );
      const writes: PromiseLike<DBCoreMutateResponse>[] = [];
      if (puts.length > 0) writes.push(target.mutate({ type: 'put', trans, values: puts }));
      if (deletes.length > 0) writes.push(target.mutate({ type: 'delete', trans, keys: deletes }));
      // The source write's result goes back once the summary's writes are sent, not done: the
      // transaction runs its requests in order, so whatever it asks next sees them, and an
      // answer's next write need not wait another round trip. A summary write that fails
      // aborts the whole transaction (a failed request alone would not): no row is stored
      // without its summary.
      Dexie.Promise.all(writes).then(
        (responses) => {
          if (responses.some((written) => written.numFailures > 0)) trans.abort();
        },
        () => {
          trans.abort();
        },
      );
      return response;
    });
  });
}

// Mutations of one transaction update a summary one after another, so two writes issued in
// parallel never read the same record and lose each other's change. The two summaries have
// separate queues: an answer's card and log row update theirs at the same time.
const queues = new WeakMap<DBCoreTransaction, Map<string, PromiseLike<unknown>>>();

function serially<T>(
  trans: DBCoreTransaction,
  summary: string,
  work: () => PromiseLike<T>,
): Promise<T> {
  let ofTrans = queues.get(trans);
  if (ofTrans === undefined) {
    ofTrans = new Map();
    queues.set(trans, ofTrans);
  }
  const result = Dexie.Promise.resolve(ofTrans.get(summary)).then(work, work);
  ofTrans.set(
    summary,
    result.catch(() => undefined),
  );
  return result;
}

/** The middleware; `db.use(statsSummaries)` before the database opens. */
export const statsSummaries: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'stats-summaries',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        if (mode !== 'readwrite') return down.transaction(stores, mode, options);
        const summaries = stores.flatMap((store) => SUMMARIES[store]?.table ?? []);
        return down.transaction([...new Set([...stores, ...summaries])], mode, options);
      },
      table(name) {
        const table = down.table(name);
        const summary = SUMMARIES[name];
        if (summary === undefined) return table;
        return {
          ...table,
          mutate: (req) =>
            serially(req.trans, summary.table, () =>
              mutateWithSummary(table, down.table(summary.table), summary, req),
            ),
        };
      },
    };
  },
};
