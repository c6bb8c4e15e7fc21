/**
 * Notes what sync must send, inside the very transaction that writes it (a Dexie middleware like
 * stats-summaries.ts, so every write path — answers, undo, edits, imports, ones added later — is
 * covered and a rolled-back write leaves no note):
 *
 * - every new review-log row gets its `uid` (unique across devices);
 * - a deleted log row (undo) puts its document in the outbox, to be deleted on the server too;
 * - a card whose shared part (text, flags; not its FSRS state) changed, and any written deck or
 *   deck document, puts its document in the outbox with the time of the change, which becomes
 *   its last-writer-wins stamp;
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
import type { CardRecord, ReviewLogRecord, SyncOutboxRecord } from '../db.ts';
import { cardContent } from './sync-docs.ts';
import { randomId, randomIds } from '../../config/random-id.ts';

/** The outbox key asking for every record to be compared with what was sent. */
export const COMPARE_ALL = '*';

const TRACKED: Readonly<Record<string, DocKind>> = {
  reviewLog: 'review',
  cards: 'card',
  decks: 'deck',
  deckSources: 'source',
};

function withUids(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  const rows = req.values as ReviewLogRecord[];
  // One batch of random ids for the whole write (an import adds a million rows).
  const uids = randomIds(rows.length);
  const values = rows.map((row, index) =>
    row.uid === undefined ? { ...row, uid: uids[index] ?? randomId() } : row,
  );
  return { ...req, values };
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
  if (kind === 'review') {
    if (req.type !== 'delete') return Dexie.Promise.resolve([]);
    return table
      .getMany({ trans, keys: req.keys })
      .then((rows) =>
        (rows as (ReviewLogRecord | undefined)[]).flatMap((row) =>
          row?.uid === undefined ? [] : [{ key: docId('review', row.uid), at }],
        ),
      );
  }
  // Deleting a card or deck is not synced (see the README's Sync section).
  if (req.type === 'delete') return Dexie.Promise.resolve([]);
  const rowKey = (row: unknown): string =>
    kind === 'source' ? (row as { deckId: string }).deckId : (row as { id: string }).id;
  if (kind !== 'card') {
    return Dexie.Promise.resolve(req.values.map((row) => ({ key: docId(kind, rowKey(row)), at })));
  }
  // A card is written on every answer: note it only when its shared part changed. An add writes
  // only new cards (it fails on a stored one), so there is nothing to read (an import adds
  // 100,000).
  const cards = req.values as CardRecord[];
  if (req.type === 'add') {
    return Dexie.Promise.resolve(cards.map((card) => ({ key: docId('card', card.id), at })));
  }
  return table.getMany({ trans, keys: cards.map((card) => card.id) }).then((before) =>
    cards.flatMap((card, index) => {
      const old = before[index] as CardRecord | undefined;
      if (old !== undefined && sameContent(cardContent(old), cardContent(card))) return [];
      return [{ key: docId('card', card.id), at }];
    }),
  );
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
            const req = kind === 'review' ? withUids(original) : original;
            // The time of the change (this middleware has no caller to pass it in); the clock
            // rule (domain/sync/clock.ts) orders stamps even when this device's clock is behind.
            const at = Date.now();
            return Dexie.Promise.resolve(notesFor(kind, table, req, at)).then((notes) =>
              table.mutate(req).then((response) => {
                // An add's notes are one per row, in order: none for a row that was not added.
                const written =
                  req.type === 'add'
                    ? notes.filter((_, index) => !(index in response.failures))
                    : notes;
                return written.length === 0
                  ? response
                  : // Looked up only now: an upgrade from before version 7 runs without it.
                    down
                      .table('syncOutbox')
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
