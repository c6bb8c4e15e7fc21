/**
 * Notes what sync must send, inside the very transaction that writes it (a Dexie middleware like
 * stats-summaries.ts, so every write path — answers, undo, edits, imports, ones added later — is
 * covered and a rolled-back write leaves no note):
 *
 * - a deleted log row (undo, or its card deleted) puts its document in the outbox, to be deleted
 *   on the server too; so does a log row put back or moved (an undone card action, a card moved
 *   to another deck), and a new or deleted quiz;
 * - a card whose shared part (text, flags; not its FSRS state) changed, any written deck, deck
 *   document or collection setting (settings.ts), and any deleted one puts its document in the
 *   outbox with the time of the change, which becomes its last-writer-wins stamp (a deletion's
 *   tombstone's);
 * - clearing a table (a backup restore) asks for a full comparison (`*`).
 *
 * New log rows need no note: they are sent by local id above the last one sent. Their `uid`, and
 * a finished quiz's, comes from tracking-slot.ts, which loads this module once sync is set up.
 *
 * A card written on every answer is compared with the row it replaces, taken from the reads of
 * the same transaction when it made one (an answer reads the card it checks), so the answer's
 * path gains no read of its own.
 *
 * What sync itself writes when it applies arriving documents (sync-apply.ts, which names them
 * with {@link applyingFromSync}) is no change of this device: those writes get no note, so they
 * are not sent back, and a first sync's outbox does not fill with the whole collection. What
 * applying them sets off is noted as ever (the answers of a card deleted elsewhere go out as
 * deletions).
 */
import {
  Dexie,
  type Transaction,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type Middleware,
} from 'dexie';
import { docId, sameContent, type DocKind } from '../../domain/sync/merge.ts';
import type { CardRecord, QuizRecord, ReviewLogRecord, SyncOutboxRecord } from '../db.ts';
import { isCollectionSetting } from '../settings.ts';
import { cardContent } from './sync-docs.ts';

/** The outbox key asking for every record to be compared with what was sent. */
export const COMPARE_ALL = '*';

/**
 * Per read-write transaction (keyed by its IndexedDB transaction, so it goes with it), the ids
 * of the documents sync applies in it: their writes are what the server holds already.
 */
const fromSync = new WeakMap<object, Set<string>>();

/**
 * Tells the tracking that `trans` is writing the documents `ids` as they arrived by sync, so
 * their writes are not noted (a note would send them back to the server). Call it before the
 * writes, inside the transaction.
 */
export function applyingFromSync(trans: Transaction, ids: Iterable<string>): void {
  const applied = fromSync.get(trans.idbtrans) ?? new Set<string>();
  for (const id of ids) applied.add(id);
  fromSync.set(trans.idbtrans, applied);
}

const TRACKED: Readonly<Record<string, DocKind>> = {
  reviewLog: 'review',
  cards: 'card',
  decks: 'deck',
  deckSources: 'source',
  quizzes: 'quiz',
  settings: 'setting',
};

type CardContent = ReturnType<typeof cardContent>;

/** Rows of tables whose rows are documents of their own, keyed by a uid (tracking-slot.ts). */
type UidRow = ReviewLogRecord | QuizRecord;

/**
 * The shared part of the cards each read-write transaction read or wrote, by id, as it is in
 * the transaction now (a copy, so a row changed in place before it is written still differs).
 */
type SeenCards = WeakMap<object, Map<string, CardContent | undefined>>;

function seenIn(seen: SeenCards, trans: object): Map<string, CardContent | undefined> {
  let cards = seen.get(trans);
  if (cards === undefined) {
    cards = new Map();
    seen.set(trans, cards);
  }
  return cards;
}

function keep(seen: SeenCards, trans: object, ids: readonly unknown[], rows: readonly unknown[]) {
  const cards = seenIn(seen, trans);
  ids.forEach((id, index) => {
    const row = rows[index] as CardRecord | undefined;
    cards.set(id as string, row && cardContent(row));
  });
}

/** The shared part of the rows `cards` replace: seen in the transaction already, else read. */
function contentBefore(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  seen: SeenCards,
  cards: readonly CardRecord[],
): PromiseLike<(CardContent | undefined)[]> {
  const inTransaction = seenIn(seen, req.trans);
  const missing = cards.filter((card) => !inTransaction.has(card.id)).map((card) => card.id);
  const read =
    missing.length === 0
      ? Dexie.Promise.resolve([])
      : table.getMany({ trans: req.trans, keys: missing });
  return read.then((rows) => {
    keep(seen, req.trans, missing, rows);
    return cards.map((card) => inTransaction.get(card.id));
  });
}

/** Notes for the rows of `req.keys`, read before they are deleted, by their uids. */
function deletedUidNotes(
  kind: 'review' | 'quiz',
  table: DBCoreTable,
  req: DBCoreMutateRequest & { type: 'delete' },
  at: number,
): PromiseLike<SyncOutboxRecord[]> {
  return table.getMany({ trans: req.trans, keys: req.keys }).then((rows) =>
    (rows as (UidRow | undefined)[]).flatMap((row): SyncOutboxRecord[] => {
      if (row?.uid === undefined) return [];
      const card = 'cardId' in row ? { cardId: row.cardId } : {};
      return [{ key: docId(kind, row.uid), at, ...card }];
    }),
  );
}

/** The outbox notes for one mutation of a tracked table, read before it runs. */
function notesFor(
  kind: DocKind,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  at: number,
  seen: SeenCards,
): PromiseLike<SyncOutboxRecord[]> {
  if (req.type === 'deleteRange') return Dexie.Promise.resolve([{ key: COMPARE_ALL, at }]);
  if (kind === 'review' || kind === 'quiz') {
    if (req.type === 'delete') return deletedUidNotes(kind, table, req, at);
    // New answers are added and sent by id; one put back (an undone card action) or moved to
    // another deck is noted.
    if (kind === 'review' && req.type === 'add') return Dexie.Promise.resolve([]);
    return Dexie.Promise.resolve(
      (req.values as UidRow[]).flatMap((row) =>
        row.uid === undefined ? [] : [{ key: docId(kind, row.uid), at }],
      ),
    );
  }
  const shared = (key: string) => kind !== 'setting' || isCollectionSetting(key);
  const noted = (keys: readonly string[]) =>
    Dexie.Promise.resolve(keys.filter(shared).map((key) => ({ key: docId(kind, key), at })));
  if (req.type === 'delete') return noted(req.keys.map(String));
  const rowKey = (row: unknown): string =>
    kind === 'source'
      ? (row as { deckId: string }).deckId
      : kind === 'setting'
        ? (row as { key: string }).key
        : (row as { id: string }).id;
  if (kind !== 'card') return noted(req.values.map(rowKey));
  // A card is written on every answer: note it only when its shared part changed. An add writes
  // only new cards (it fails on a stored one), so there is nothing to read (an import adds
  // 100,000).
  const cards = req.values as CardRecord[];
  if (req.type === 'add') {
    return Dexie.Promise.resolve(cards.map((card) => ({ key: docId('card', card.id), at })));
  }
  return contentBefore(table, req, seen, cards).then((before) => {
    keep(
      seen,
      req.trans,
      cards.map((card) => card.id),
      cards,
    );
    return cards.flatMap((card, index) => {
      const old = before[index];
      if (old !== undefined && sameContent(old, cardContent(card))) return [];
      return [{ key: docId('card', card.id), at }];
    });
  });
}

/** `table` remembering, per read-write transaction, the cards it reads. */
function rememberingReads(table: DBCoreTable, seen: SeenCards): DBCoreTable {
  const writable = (trans: object) => (trans as IDBTransaction).mode === 'readwrite';
  return {
    ...table,
    get: (req) =>
      table.get(req).then((row: unknown) => {
        if (writable(req.trans)) keep(seen, req.trans, [req.key], [row]);
        return row;
      }),
    getMany: (req) =>
      table.getMany(req).then((rows: unknown[]) => {
        if (writable(req.trans)) keep(seen, req.trans, req.keys, rows);
        return rows;
      }),
  };
}

/**
 * The outbox table, looked up only when a note is written: the upgrades from before version 7
 * (which gives stored answers their uids) run without it, and nothing was synced then.
 */
function outboxOf(down: DBCore): DBCoreTable | null {
  try {
    return down.table('syncOutbox');
  } catch {
    return null;
  }
}

/** The middleware; `db.use(syncTracking)` before the database opens. */
export const syncTracking: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'sync-tracking',
  create(down) {
    const seen: SeenCards = new WeakMap();
    return {
      ...down,
      transaction(stores, mode, options) {
        if (mode !== 'readwrite' || !stores.some((store) => store in TRACKED)) {
          return down.transaction(stores, mode, options);
        }
        return down.transaction([...new Set([...stores, 'syncOutbox'])], mode, options);
      },
      table(name) {
        const kind = TRACKED[name];
        if (kind === undefined) return down.table(name);
        const table = kind === 'card' ? rememberingReads(down.table(name), seen) : down.table(name);
        return {
          ...table,
          mutate: (req) => {
            // The time of the change (this middleware has no caller to pass it in); the clock
            // rule (domain/sync/clock.ts) orders stamps even when this device's clock is behind.
            const at = Date.now();
            return Dexie.Promise.resolve(notesFor(kind, table, req, at, seen)).then((notes) =>
              table.mutate(req).then((response) => {
                // A card add's notes are one per row, in order: none for a row not added.
                const added =
                  kind === 'card' && req.type === 'add'
                    ? notes.filter((_, index) => !(index in response.failures))
                    : notes;
                const applied = fromSync.get(req.trans);
                const written =
                  applied === undefined ? added : added.filter((note) => !applied.has(note.key));
                const outbox = outboxOf(down);
                return written.length === 0 || outbox === null
                  ? response
                  : outbox
                      .mutate({ type: 'put', trans: req.trans, values: written })
                      .then(() => response);
              }),
            );
          },
        };
      },
    };
  },
};
