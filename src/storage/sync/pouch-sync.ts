/**
 * The sync engine: PouchDB in the browser as this device's mirror of what syncs, replicating with
 * a CouchDB server by CouchDB's own protocol (checkpoints, resumable transfer, explicit
 * conflicts). One round:
 *
 * 1. check the server: reachable, CouchDB, the password right, the database this app's;
 * 2. write this device's changes into the mirror (sync-outgoing.ts); the first sync receives
 *    the server's documents before;
 * 3. replicate both ways;
 * 4. resolve the conflicts the mirror now holds by the merge rules (the newest stamp wins; the
 *    losing revisions are deleted) and apply what changed to the collection, batch by batch
 *    (sync-apply.ts), from the last applied checkpoint; then derive the states of the cards that
 *    large batches left waiting.
 *
 * This module is loaded only when sync runs, so PouchDB is a chunk of its own.
 */
import PouchDB, { type Pouch } from 'pouchdb-browser';
import { DOC_PREFIX, parseDocId, pickWinner } from '../../domain/sync/merge.ts';
import type { StudyDatabase } from '../db.ts';
import { applyIncoming, deriveWaiting, type IncomingDoc } from './sync-apply.ts';
import { isDiskFull } from './disk-full.ts';
import { MARKER_ID, type CardsDoc } from './sync-docs.ts';
import { collectOutgoing, markSent, type MirrorDoc } from './sync-outgoing.ts';
import {
  ensureSyncDevice,
  readSyncState,
  writeSyncState,
  type SyncConfig,
  type SyncErrorCode,
} from './sync-state.ts';

/** The local mirror's database name (one per browser profile, like the Dexie database). */
export const MIRROR_NAME = 'deckwright-sync';
const APPLY_BATCH = 500;

/** A sync that failed, with the reason in a code the Settings screen puts in words. */
export class SyncError extends Error {
  override readonly name = 'SyncError';
  constructor(
    readonly code: SyncErrorCode,
    detail?: string,
  ) {
    super(detail ?? code);
  }
}

export interface SyncProgress {
  phase: 'checking' | 'sending' | 'receiving' | 'applying' | 'deriving';
  /** Documents handled so far in this phase. */
  done: number;
  /**
   * How many this phase handles in all, when known (receiving and applying; never below `done`).
   * Receiving counts what the server holds beyond the mirror; applying, the mirror's changes since
   * the last applied one (each revision once, so a document changed twice counts twice until
   * applied); deriving, the cards whose states a first sync's batches left to derive.
   */
  total: number | null;
}

/** The number of changes a mirror sequence `seq` is past `since` (local sequences count up by one). */
function changesSince(seq: number | string, since: number | string): number | null {
  return typeof seq === 'number' && typeof since === 'number' ? Math.max(0, seq - since) : null;
}

interface PouchError {
  status?: number;
  name?: string;
  message?: string;
  reason?: string;
}

function asPouchError(error: unknown): PouchError {
  return typeof error === 'object' && error !== null ? error : {};
}

/** The error of a failed request to the server or a failed local write, as a {@link SyncError}. */
function serverError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  if (isDiskFull(error)) return new SyncError('diskFull');
  const { status, name, message, reason } = asPouchError(error);
  // CouchDB's disk monitor answers 507 insufficient_storage; a server whose disk filled up
  // mid-write answers 500 with the file system's enospc.
  if (status === 507 || /insufficient_storage|enospc/i.test(`${String(name)} ${String(reason)}`))
    return new SyncError('serverFull');
  if (status === 401 || status === 403) return new SyncError('wrongPassword');
  if (status === 404) return new SyncError('noDatabase');
  if (status === undefined || status === 0 || status >= 500)
    return new SyncError('unreachable', message);
  return new SyncError('failed', message ?? String(error));
}

function databaseUrl(config: SyncConfig): string {
  let server: URL;
  try {
    server = new URL(config.server);
  } catch {
    throw new SyncError('badAddress');
  }
  if (server.protocol !== 'http:' && server.protocol !== 'https:')
    throw new SyncError('badAddress');
  return new URL(
    encodeURIComponent(config.database),
    server.href.endsWith('/') ? server.href : `${server.href}/`,
  ).href;
}

/** Whether the address answers as CouchDB (or a server that speaks its protocol) does. */
async function checkServer(config: SyncConfig): Promise<void> {
  let response: Response;
  try {
    response = await fetch(new URL(config.server).href, {
      headers: { Accept: 'application/json' },
    });
  } catch (error) {
    throw new SyncError('unreachable', String(error));
  }
  const welcome: unknown = await response.json().catch(() => null);
  const isCouch =
    typeof welcome === 'object' &&
    welcome !== null &&
    ('couchdb' in welcome || 'express-pouchdb' in welcome);
  if (!isCouch) throw new SyncError('notCouch');
}

function basicAuth(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  return `Basic ${btoa(String.fromCharCode(...bytes))}`;
}

/** Creates the missing database (CouchDB lets an administrator; others get 401 or 403). */
async function createDatabase(config: SyncConfig, password: string): Promise<Pouch.Info> {
  let response: Response;
  try {
    response = await fetch(databaseUrl(config), {
      method: 'PUT',
      headers: { Authorization: basicAuth(config.user, password), Accept: 'application/json' },
    });
  } catch (error) {
    throw new SyncError('unreachable', String(error));
  }
  // 412: created meanwhile by another device.
  if (response.ok || response.status === 412) return { doc_count: 0, update_seq: 0 };
  if (response.status === 401 || response.status === 403) throw new SyncError('noDatabase');
  throw new SyncError('failed', `${String(response.status)} ${response.statusText}`);
}

/** Opens the server's database, creating it when allowed, and checks it belongs to this app. */
async function openRemote(config: SyncConfig, password: string): Promise<Pouch.Database> {
  const remote = new PouchDB(databaseUrl(config), {
    auth: { username: config.user, password },
    skip_setup: true,
  });
  let info: Pouch.Info;
  try {
    info = await remote.info();
  } catch (error) {
    if (asPouchError(error).status !== 404) throw serverError(error);
    info = await createDatabase(config, password);
  }
  // PouchDB may answer with CouchDB's error body rather than a rejection.
  const failure = (info as { error?: string }).error;
  if (failure === 'unauthorized' || failure === 'forbidden') throw new SyncError('wrongPassword');
  if (typeof info.doc_count !== 'number') info = await createDatabase(config, password);
  try {
    const marker = await remote.get<{ app?: string }>(MARKER_ID);
    if (marker.app !== 'deckwright') throw new SyncError('otherApp');
  } catch (error) {
    if (error instanceof SyncError) throw error;
    if (asPouchError(error).status !== 404) throw serverError(error);
    if (info.doc_count > 0) throw new SyncError('otherApp');
    await remote.put({ _id: MARKER_ID, app: 'deckwright', format: 1 }).catch((reason: unknown) => {
      throw serverError(reason);
    });
  }
  return remote;
}

/**
 * Writes this device's changes into the mirror (sync-outgoing.ts), batch by batch. Returns the
 * revisions it wrote, by document id: the collection holds them already, so applying the mirror's
 * changes skips them (see {@link applyMirrorChanges}).
 */
export async function sendLocalChanges(
  db: StudyDatabase,
  mirror: Pouch.Database,
  now: () => number,
  progress: (done: number) => void = () => undefined,
): Promise<Map<string, string>> {
  const written = new Map<string, string>();
  let sent = 0;
  for (;;) {
    const state = await readSyncState(db);
    const outgoing = await collectOutgoing(
      db,
      state,
      async (ids) => {
        const result = await mirror.allDocs({ keys: [...ids], include_docs: true });
        const found = new Map<string, MirrorDoc>();
        for (const row of result.rows) {
          if ('error' in row) continue;
          const doc = (row.doc ?? {
            _id: row.id,
            _rev: row.value.rev,
            _deleted: true,
          }) as MirrorDoc;
          if (row.value.deleted === true)
            found.set(row.id, { _id: row.id, _rev: row.value.rev, _deleted: true });
          else found.set(row.id, doc);
        }
        return found;
      },
      async () => {
        const result = await mirror.allDocs({
          startkey: DOC_PREFIX.cards,
          endkey: `${DOC_PREFIX.cards}\uffff`,
          include_docs: true,
        });
        return result.rows.flatMap((row) => (row.doc ? [row.doc as unknown as CardsDoc] : []));
      },
      now(),
    );
    if (outgoing.docs.length > 0) {
      const results = await mirror.bulkDocs(outgoing.docs as unknown as Pouch.Doc[]);
      const failed = results.find((result) => 'error' in result && result.status !== 409);
      if (failed !== undefined && 'error' in failed) throw new SyncError('failed', failed.message);
      for (const result of results) if ('ok' in result) written.set(result.id, result.rev);
    }
    await markSent(db, outgoing);
    sent += outgoing.docs.length;
    progress(sent);
    if (!outgoing.more) return written;
  }
}

/**
 * Replicates the server's changes into the mirror, reporting how many documents arrived of how
 * many the server holds beyond the mirror's count.
 */
async function receive(
  remote: Pouch.Database,
  mirror: Pouch.Database,
  progress: (done: number, total: number) => void,
): Promise<void> {
  const [remoteInfo, mirrorInfo] = await Promise.all([remote.info(), mirror.info()]);
  const arriving = Math.max(
    0,
    remoteInfo.doc_count + (remoteInfo.doc_del_count ?? 0) - mirrorInfo.doc_count,
  );
  progress(0, arriving);
  await mirror.replicate
    .from(remote, { batch_size: 500 })
    .on('change', ({ docs_written }) => {
      progress(docs_written, Math.max(arriving, docs_written));
    })
    .catch((error: unknown) => {
      throw serverError(error);
    });
}

/** The winning revision of a conflicted document after deleting the losers in the mirror. */
async function resolve(
  mirror: Pouch.Database,
  doc: IncomingDoc & { _rev: string; _conflicts?: string[] },
): Promise<IncomingDoc> {
  const conflicts = doc._conflicts ?? [];
  if (conflicts.length === 0) return doc;
  const others = await Promise.all(
    conflicts.map((rev) => mirror.get<IncomingDoc>(doc._id, { rev })),
  );
  const current: IncomingDoc & { _conflicts?: string[] } = { ...doc };
  delete current._conflicts;
  const winner = pickWinner([
    current as IncomingDoc & { stamp?: string },
    ...(others as (IncomingDoc & { stamp?: string })[]),
  ]);
  const writes: Pouch.Doc[] = conflicts.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }));
  if (winner !== current) {
    writes.push({ ...winner, _rev: doc._rev });
  }
  await mirror.bulkDocs(writes);
  return winner;
}

/**
 * The card of an answer deleted by an app version that sent deletions bare (no card named), read
 * from the revision the deletion replaced, when the mirror holds it (it does for every answer it
 * received or sent before): without it, an answer this device holds packed in a block is not
 * found (blocks are found by their cards).
 */
async function cardOfDeletedAnswer(mirror: Pouch.Database, id: string, rev: string) {
  const deletion = await mirror.get(id, { rev, revs: true });
  const history = deletion._revisions;
  const before = history?.ids[1];
  if (history === undefined || before === undefined) return null;
  const replaced = await mirror
    .get(id, { rev: `${String(history.start - 1)}-${before}` })
    .catch(() => null);
  return typeof replaced?.cardId === 'string' ? replaced.cardId : null;
}

/** An arriving deletion; an answer's names its card (see `collectOutgoing`). */
async function deletionOf(mirror: Pouch.Database, doc: Pouch.Doc): Promise<IncomingDoc> {
  const cardId =
    typeof doc.cardId === 'string'
      ? doc.cardId
      : parseDocId(doc._id)?.kind === 'review' && doc._rev !== undefined
        ? await cardOfDeletedAnswer(mirror, doc._id, doc._rev)
        : null;
  return { _id: doc._id, _deleted: true, ...(cardId === null ? {} : { cardId }) };
}

/**
 * Applies the mirror's changes since the last applied one to the collection, batch by batch
 * (each batch one transaction with its checkpoint), then derives the states the batches left
 * waiting. The revisions `written` by this round's sending are skipped: the collection holds them
 * already, and applying them would hold the study tables' lock (an answer given meanwhile waits)
 * to re-derive the states of the cards just answered. A batch of those only moves the checkpoint.
 * Returns whether a conflict was resolved.
 */
export async function applyMirrorChanges(
  db: StudyDatabase,
  mirror: Pouch.Database,
  written: ReadonlyMap<string, string>,
  now: () => Date,
  progress: (done: number, total: number | null) => void = () => undefined,
  deriving: (done: number, total: number) => void = () => undefined,
): Promise<boolean> {
  let applied = 0;
  let resolvedAny = false;
  const total = changesSince(
    (await mirror.info()).update_seq,
    (await readSyncState(db)).appliedSeq,
  );
  progress(0, total);
  for (;;) {
    const state = await readSyncState(db);
    const changes = await mirror.changes({
      since: state.appliedSeq,
      limit: APPLY_BATCH,
      include_docs: true,
      conflicts: true,
    });
    if (changes.results.length === 0) {
      // The states of the cards large batches touched, each card once (see applyIncoming).
      await deriveWaiting(db, now(), deriving);
      return resolvedAny;
    }
    const docs: IncomingDoc[] = [];
    for (const change of changes.results) {
      const doc = change.doc as (IncomingDoc & { _rev: string; _conflicts?: string[] }) | undefined;
      if (doc === undefined) continue;
      const conflicted = (doc._conflicts?.length ?? 0) > 0;
      if (!conflicted && written.get(doc._id) === doc._rev) continue;
      if (conflicted) resolvedAny = true;
      docs.push(
        change.deleted === true ? await deletionOf(mirror, doc) : await resolve(mirror, doc),
      );
    }
    if (docs.length === 0) await writeSyncState(db, { appliedSeq: changes.last_seq });
    else await applyIncoming(db, docs, changes.last_seq, state.clock, now());
    applied += changes.results.length;
    progress(applied, total === null ? null : Math.max(total, applied));
  }
}

/**
 * One sync round with the server in `config` (see the module header). Throws a {@link SyncError}
 * and changes nothing more when a step fails; what was applied before stays, and the next round
 * goes on from the checkpoints.
 */
export async function syncOnce(
  db: StudyDatabase,
  config: SyncConfig,
  password: string,
  clock: { now: () => Date },
  onProgress: (progress: SyncProgress) => void = () => undefined,
): Promise<void> {
  try {
    onProgress({ phase: 'checking', done: 0, total: null });
    databaseUrl(config);
    await ensureSyncDevice(db);
    await checkServer(config);
    const remote = await openRemote(config, password);
    const mirror = new PouchDB(MIRROR_NAME);
    const receiving = (done: number, total: number) => {
      onProgress({ phase: 'receiving', done, total });
    };
    // The first sync receives first, so that what the server holds wins over the records this
    // device had before (see collectOutgoing).
    let fromServerUpTo: number | string | undefined;
    if (!(await readSyncState(db)).scanned) {
      const emptyBefore = (await mirror.info()).update_seq === 0;
      await receive(remote, mirror, receiving);
      // Into an empty mirror, everything received came from the server: sending need not offer
      // it back (at a million documents, asking the server about each takes minutes).
      if (emptyBefore) fromServerUpTo = (await mirror.info()).update_seq;
    }
    const written = await sendLocalChanges(
      db,
      mirror,
      () => clock.now().getTime(),
      (done) => {
        onProgress({ phase: 'sending', done, total: null });
      },
    );
    await mirror.replicate
      .to(remote, {
        batch_size: 500,
        ...(fromServerUpTo === undefined ? {} : { since: fromServerUpTo }),
      })
      .catch((error: unknown) => {
        throw serverError(error);
      });
    await writeSyncState(db, { unpushed: 0 });
    await receive(remote, mirror, receiving);
    const resolved = await applyMirrorChanges(
      db,
      mirror,
      written,
      () => clock.now(),
      (done, total) => {
        onProgress({ phase: 'applying', done, total });
      },
      (done, total) => {
        onProgress({ phase: 'deriving', done, total });
      },
    );
    // Resolutions are new revisions: send them now so the other devices get the same winner.
    if (resolved) {
      await mirror.replicate.to(remote, { batch_size: 500 }).catch((error: unknown) => {
        throw serverError(error);
      });
    }
    await writeSyncState(db, {
      status: { lastSyncAt: clock.now(), lastError: null, lastErrorDetail: null },
    });
  } catch (error) {
    const failure = serverError(error);
    const { status } = await readSyncState(db);
    // A full disk may refuse this small write too: the failure is thrown (and shown) either way.
    await writeSyncState(db, {
      status: {
        ...status,
        lastError: failure.code,
        lastErrorDetail: failure.message,
      },
    }).catch(() => undefined);
    throw failure;
  }
}
