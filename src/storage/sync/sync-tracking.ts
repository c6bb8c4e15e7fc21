/**
 * Notes what sync must send, inside the very transaction that writes it (a Dexie middleware like
 * stats-summaries.ts, so every write path — answers, undo, edits, imports, ones added later — is
 * covered and a rolled-back write leaves no note):
 *
 * - every new review-log row and finished quiz gets its `uid` (unique across devices);
 * - a deleted log row (undo, or its card deleted) puts its document in the outbox, to be deleted
 *   on the server too; so does a log row put back or moved (an undone card action, a card moved
 *   to another deck), and a new or deleted quiz;
 * - a card whose shared part (text, flags; not its FSRS state) changed, any written deck, deck
 *   document or collection setting (settings.ts), and any deleted one puts its document in the outbox with
 *   the time of the change, which becomes its last-writer-wins stamp (a deletion's tombstone's);
 * - clearing a table (a backup restore) asks for a full comparison (`*`).
 *
 * New log rows need no note: they are sent by local id above the last one sent.
 */
import {
  Dexie,
  type DBCore,
  type DBCoreMutateRequest,
  type DBCoreTable,
  type Middleware,
} from 'dexie';
import { docId, sameContent, type DocKind } from '../../domain/sync/merge.ts';
import type { CardRecord, QuizRecord, ReviewLogRecord, SyncOutboxRecord } from '../db.ts';
import { isCollectionSetting } from '../settings.ts';
import { cardContent } from './sync-docs.ts';
import { randomId } from '../../config/random-id.ts';

/** The outbox key asking for every record to be compared with what was sent. */
export const COMPARE_ALL = '*';

const TRACKED: Readonly<Record<string, DocKind>> = {
  reviewLog: 'review',
  cards: 'card',
  decks: 'deck',
  deckSources: 'source',
  quizzes: 'quiz',
  settings: 'setting',
};

/** Rows of tables whose rows are documents of their own, keyed by a uid. */
type UidRow = ReviewLogRecord | QuizRecord;

function withUids(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  const values = req.values.map((value) => {
    const row = value as UidRow;
    return row.uid === undefined ? { ...row, uid: randomId() } : row;
  });
  return { ...req, values };
}

/** Notes for the rows of `req.keys`, read before they are deleted, by their uids. */
function deletedUidNotes(
  kind: 'review' | 'quiz',
  table: DBCoreTable,
  req: DBCoreMutateRequest & { type: 'delete' },
  at: number,
): PromiseLike<SyncOutboxRecord[]> {
  return table
    .getMany({ trans: req.trans, keys: req.keys })
    .then((rows) =>
      (rows as (UidRow | undefined)[]).flatMap((row) =>
        row?.uid === undefined ? [] : [{ key: docId(kind, row.uid), at }],
      ),
    );
}

/** The outbox notes for one mutation of a tracked table, read before it runs. */
function notesFor(
  kind: DocKind,
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  at: number,
): PromiseLike<SyncOutboxRecord[]> {
  const { trans } = req;
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
  // A card is written on every answer: note it only when its shared part changed.
  const cards = req.values as CardRecord[];
  return table.getMany({ trans, keys: cards.map((card) => card.id) }).then((before) =>
    cards.flatMap((card, index) => {
      const old = before[index] as CardRecord | undefined;
      if (old !== undefined && sameContent(cardContent(old), cardContent(card))) return [];
      return [{ key: docId('card', card.id), at }];
    }),
  );
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
    return {
      ...down,
      transaction(stores, mode, options) {
        if (mode !== 'readwrite' || !stores.some((store) => store in TRACKED)) {
          return down.transaction(stores, mode, options);
        }
        return down.transaction([...new Set([...stores, 'syncOutbox'])], mode, options);
      },
      table(name) {
        const table = down.table(name);
        const kind = TRACKED[name];
        if (kind === undefined) return table;
        return {
          ...table,
          mutate: (original) => {
            const req = kind === 'review' || kind === 'quiz' ? withUids(original) : original;
            // The time of the change (this middleware has no caller to pass it in); the clock
            // rule (domain/sync/clock.ts) orders stamps even when this device's clock is behind.
            const at = Date.now();
            return Dexie.Promise.resolve(notesFor(kind, table, req, at)).then((notes) =>
              table.mutate(req).then((response) => {
                const outbox = outboxOf(down);
                return notes.length === 0 || outbox === null
                  ? response
                  : outbox
                      .mutate({ type: 'put', trans: req.trans, values: notes })
                      .then(() => response);
              }),
            );
          },
        };
      },
    };
  },
};
