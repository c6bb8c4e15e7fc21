/**
 * The place of sync's change tracking (sync-tracking.ts) in the database's middleware stack,
 * filled only once sync is set up: on a device that never syncs, neither the tracking's code nor
 * its reads load. Dexie builds its middleware stack when the database opens, so the slot is a
 * middleware from the start that passes everything through until the tracking is put in.
 *
 * What stays on always, because a later first sync needs it: every new review-log row and
 * finished quiz gets its `uid` (unique across devices).
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { randomId, randomIds } from '../../config/random-id.ts';

/** Tables whose rows are sync documents of their own, keyed by a uid. */
const UID_TABLES: ReadonlySet<string> = new Set(['reviewLog', 'quizzes']);

function withUids(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  // One batch of random ids for the whole write (an import adds a million rows).
  const uids = randomIds(req.values.length);
  const values = req.values.map((value, index) => {
    const row = value as { uid?: string };
    return row.uid === undefined ? { ...row, uid: uids[index] ?? randomId() } : row;
  });
  return { ...req, values };
}

export interface TrackingSlot {
  readonly middleware: Middleware<DBCore>;
  /** Puts `tracking` into the slot, for every transaction that starts from now on. */
  fill(tracking: Middleware<DBCore>): void;
  readonly filled: boolean;
}

/** A slot for one database (its middleware keeps what that database's stack gave it). */
export function trackingSlot(): TrackingSlot {
  let down: DBCore | undefined;
  let tracked: DBCore | undefined;
  let tracking: Middleware<DBCore> | undefined;
  // Transactions begun through the tracking (which adds the outbox to their stores). One begun
  // before the slot was filled keeps the plain core to its end: the tracking's outbox writes
  // would fail in it, and with them the write itself.
  const trackedTransactions = new WeakSet<DBCoreTransaction>();
  return {
    middleware: {
      stack: 'dbcore',
      name: 'sync-tracking',
      create(plain) {
        down = plain;
        tracked = tracking === undefined ? undefined : { ...plain, ...tracking.create(plain) };
        const coreOf = (trans: DBCoreTransaction) =>
          tracked !== undefined && trackedTransactions.has(trans) ? tracked : plain;
        return {
          ...plain,
          transaction: (stores, mode, options) => {
            if (tracked === undefined) return plain.transaction(stores, mode, options);
            const trans = tracked.transaction(stores, mode, options);
            trackedTransactions.add(trans);
            return trans;
          },
          table(name): DBCoreTable {
            const table = plain.table(name);
            return {
              ...table,
              get: (req) => coreOf(req.trans).table(name).get(req),
              getMany: (req) => coreOf(req.trans).table(name).getMany(req),
              mutate: (req) =>
                coreOf(req.trans)
                  .table(name)
                  .mutate(UID_TABLES.has(name) ? withUids(req) : req),
            };
          },
        };
      },
    },
    fill(middleware) {
      tracking = middleware;
      if (down !== undefined) tracked = { ...down, ...middleware.create(down) };
    },
    get filled() {
      return tracking !== undefined;
    },
  };
}
