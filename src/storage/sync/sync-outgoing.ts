/**
 * What this device has to send: its changes since the last sync as documents for the local
 * mirror (the PouchDB database that replicates with the server; see pouch-sync.ts). Built from
 * the outbox the tracking middleware fills, from the review-log rows above the last one sent and
 * from the blocks of packed answers not sent yet. Cards sent for the first time go packed, many to
 * a document (sync-docs.ts, `CardsDoc`); a card's later change goes as its own document.
 * PouchDB stays out of this module: the mirror's current documents come in through `existing`.
 */
import {
  compareStamps,
  formatStamp,
  tick,
  ZERO_CLOCK,
  type ClockState,
} from '../../domain/sync/clock.ts';
import { docId, docKey, isTombstone, parseDocId, sameContent } from '../../domain/sync/merge.ts';
import { randomIds } from '../../config/random-id.ts';
import type { LogBlockRecord, StudyDatabase, SyncOutboxRecord, SyncStampRecord } from '../db.ts';
import {
  answersDoc,
  cardContent,
  cardsDoc,
  packedCards,
  deckContent,
  quizDoc,
  reviewDoc,
  settingContent,
  sourceContent,
  tombstoneContent,
  type AnswersDoc,
  type CardDoc,
  type CardsDoc,
  type LwwDoc,
  type QuizDoc,
  type ReviewDoc,
} from './sync-docs.ts';
import { COMPARE_ALL } from './sync-tracking.ts';
import { readSyncState, type SyncState } from './sync-state.ts';
import { isCollectionSetting } from '../settings.ts';

/** A document as the mirror holds it: enough to tell whether and how to write over it. */
export interface MirrorDoc {
  _id: string;
  _rev: string;
  _deleted?: boolean;
  [field: string]: unknown;
}

export type ExistingDocs = (ids: readonly string[]) => Promise<Map<string, MirrorDoc>>;

/** Every pack of cards (`cards:…`) the mirror holds. */
export type MirrorPacks = () => Promise<CardsDoc[]>;

/** A deletion, written over the revision the mirror has (if it has one). */
interface Deletion {
  _id: string;
  _rev?: string;
  _deleted: true;
  /** An answer's card (kept in the deleted revision). */
  cardId?: string;
}

export interface Outgoing {
  docs: (ReviewDoc | AnswersDoc | CardsDoc | QuizDoc | LwwDoc | Deletion)[];
  /** Outbox notes these documents settle (deleted by {@link markSent} unless changed since). */
  notes: SyncOutboxRecord[];
  /** The highest log id included. */
  pushedLogId: number;
  /** The blocks of packed answers sent, this round's included. */
  pushedBlocks: string[];
  clock: ClockState;
  /** Whether more log rows are left for another round. */
  more: boolean;
  /** The stamps of the cards sent (each card's own document or its pack). */
  stamps: SyncStampRecord[];
}

const REVIEW_BATCH = 5000;
/** Blocks of packed answers sent per round: 100,000 answers in 100 documents. */
const BLOCKS_PER_ROUND = 100;
/** Cards a pack holds at most (~300 KB of JSON; like a block of answers, ROWS_PER_BLOCK). */
export const CARDS_PER_PACK = 1000;

/** The shared part of record `id` as a document, or its tombstone when it was deleted. */
async function localContent(db: StudyDatabase, id: string) {
  const parsed = parseDocId(id);
  if (parsed === null) return undefined;
  switch (parsed.kind) {
    case 'card': {
      const card = await db.cards.get(parsed.key);
      return card ? cardContent(card) : tombstoneContent(id);
    }
    case 'deck': {
      const deck = await db.decks.get(parsed.key);
      return deck ? deckContent(deck) : tombstoneContent(id);
    }
    case 'source': {
      const source = await db.deckSources.get(parsed.key);
      return source ? sourceContent(source) : tombstoneContent(id);
    }
    case 'setting': {
      const setting = await db.settings.get(parsed.key);
      return setting ? settingContent(setting) : tombstoneContent(id);
    }
    case 'review':
    case 'answers':
    case 'cards':
    case 'quiz':
      return undefined;
  }
}

/** Every record's document id, deleted decks' included (their tombstones). */
async function everyRecordId(db: StudyDatabase): Promise<string[]> {
  const [cards, decks, deleted, sources, quizzes, settings] = await Promise.all([
    db.cards.toCollection().primaryKeys(),
    db.decks.toCollection().primaryKeys(),
    db.deletedDecks.toCollection().primaryKeys(),
    db.deckSources.toCollection().primaryKeys(),
    db.quizzes.orderBy('uid').keys(),
    db.settings.toCollection().primaryKeys(),
  ]);
  return [
    ...decks.map((id) => docId('deck', id)),
    ...deleted.map((id) => docId('deck', id)),
    ...sources.map((id) => docId('source', id)),
    ...cards.map((id) => docId('card', id)),
    ...quizzes.map((uid) => docId('quiz', uid as string)),
    ...settings.filter(isCollectionSetting).map((key) => docId('setting', key)),
  ];
}

/**
 * Blocks of packed answers not yet sent, {@link BLOCKS_PER_ROUND} at most, and the sent list
 * afterwards (ids of blocks deleted since dropped). Each goes as one document.
 */
async function unsentBlocks(db: StudyDatabase, pushed: readonly string[]) {
  const ids = await db.logBlocks.toCollection().primaryKeys();
  const sent = new Set(pushed);
  const waiting = ids.filter((id) => !sent.has(id));
  const chosen = waiting.slice(0, BLOCKS_PER_ROUND);
  const blocks = await db.logBlocks.bulkGet(chosen);
  const taken = new Set(chosen);
  return {
    sent: blocks.filter((block): block is LogBlockRecord => block !== undefined),
    pushed: ids.filter((id) => sent.has(id) || taken.has(id)),
    more: waiting.length > chosen.length,
  };
}

/**
 * The versions of the cards `ids` (document ids) that the mirror holds in packs, as card
 * documents, for cards without a document of their own. Before this device's first full
 * comparison it has applied nothing yet, so every pack the mirror holds is read (the server's,
 * just received); afterwards the pack each card was sent or received in is in `syncStamps`.
 */
async function packedVersions(
  db: StudyDatabase,
  ids: readonly string[],
  scanned: boolean,
  existing: ExistingDocs,
  mirrorPacks: MirrorPacks,
): Promise<Map<string, CardDoc>> {
  if (ids.length === 0) return new Map();
  let packs: CardsDoc[];
  if (scanned) {
    const stamps = await db.syncStamps.bulkGet(ids.map((id) => docKey(id)));
    const packIds = [...new Set(stamps.flatMap((stamp) => stamp?.pack ?? []))];
    if (packIds.length === 0) return new Map();
    const found = await existing(packIds.map((pack) => docId('cards', pack)));
    packs = [...found.values()].filter((doc) => doc._deleted !== true) as unknown as CardsDoc[];
  } else {
    packs = await mirrorPacks();
  }
  const wanted = new Set(ids);
  const versions = new Map<string, CardDoc>();
  for (const pack of packs) {
    for (const card of packedCards(pack)) {
      const held = versions.get(card._id);
      if (
        wanted.has(card._id) &&
        (held === undefined || compareStamps(card.stamp, held.stamp) > 0)
      ) {
        versions.set(card._id, card);
      }
    }
  }
  return versions;
}

/** The packs of `cards` (new to the mirror), {@link CARDS_PER_PACK} a pack. */
function packsOf(cards: readonly CardDoc[]): CardsDoc[] {
  const ids = randomIds(Math.ceil(cards.length / CARDS_PER_PACK));
  return ids.map((id, index) =>
    cardsDoc(id, cards.slice(index * CARDS_PER_PACK, (index + 1) * CARDS_PER_PACK)),
  );
}

/** The stamps of the cards among `docs` (their own documents and packs). */
function stampsOf(docs: Outgoing['docs']): SyncStampRecord[] {
  return docs.flatMap((doc): SyncStampRecord[] => {
    const kind = parseDocId(doc._id);
    if (kind?.kind === 'card' && 'stamp' in doc) {
      return [{ id: kind.key, stamp: doc.stamp, pack: null }];
    }
    if (kind?.kind === 'cards' && 'cards' in doc) {
      return doc.cards.map((card) => ({ id: card.id, stamp: card.stamp, pack: kind.key }));
    }
    return [];
  });
}

/** Documents of quizzes: new ones written, deleted ones deleted, each only when the mirror differs. */
async function quizDocs(
  db: StudyDatabase,
  ids: readonly string[],
  mirror: ReadonlyMap<string, MirrorDoc>,
): Promise<(QuizDoc | Deletion)[]> {
  const uids = ids.map((id) => docKey(id));
  const quizzes = await db.quizzes.where('uid').anyOf(uids).toArray();
  const answers = await db.quizAnswers
    .where('quizId')
    .anyOf(quizzes.map((quiz) => quiz.id))
    .toArray();
  const local = new Map(quizzes.map((quiz) => [docId('quiz', quiz.uid ?? ''), quiz]));
  return ids.flatMap((id): (QuizDoc | Deletion)[] => {
    const quiz = local.get(id);
    const doc = mirror.get(id);
    const live = doc !== undefined && doc._deleted !== true;
    if (quiz === undefined) return live ? [{ _id: id, _rev: doc._rev, _deleted: true }] : [];
    if (live) return [];
    const own = answers.filter((answer) => answer.quizId === quiz.id);
    const written = quizDoc({ ...quiz, uid: quiz.uid ?? '' }, own);
    return [doc === undefined ? written : { ...written, _rev: doc._rev }];
  });
}

/**
 * The next documents to write to the mirror, at wall time `now` (ms). On the first sync (the
 * mirror then holds what the server had, see pouch-sync.ts) records the server already has are
 * left to it: they were installed or changed before sync began, and the server's version is
 * applied here afterwards. Records never changed since sync began get the oldest possible stamp,
 * so any real change on another device wins over them. Cards the mirror holds nowhere go in
 * packs; a card it holds in a pack and that changed since goes as its own document.
 */
export async function collectOutgoing(
  db: StudyDatabase,
  state: Pick<SyncState, 'device' | 'clock' | 'pushedLogId' | 'pushedBlocks' | 'scanned'>,
  existing: ExistingDocs,
  mirrorPacks: MirrorPacks,
  now: number,
): Promise<Outgoing> {
  let clock = state.clock;
  const [notes, rows] = await Promise.all([
    db.syncOutbox.toArray(),
    db.reviewLog.where('id').above(state.pushedLogId).limit(REVIEW_BATCH).toArray(),
  ]);
  const notedAt = new Map(notes.map((note) => [note.key, note.at]));
  const compareAll = !state.scanned || notedAt.has(COMPARE_ALL);
  const ids = compareAll ? await everyRecordId(db) : notes.map((note) => note.key);
  const ofKind = (kinds: readonly string[]) =>
    ids.filter((id) => kinds.includes(parseDocId(id)?.kind ?? ''));
  const lwwIds = ofKind(['card', 'deck', 'source', 'setting']);
  const quizIds = ofKind(['quiz']);
  const notedReviews = notes
    .map((note) => note.key)
    .filter((key) => parseDocId(key)?.kind === 'review');
  const blocks = await unsentBlocks(db, state.pushedBlocks);
  const reviewDocs = rows.flatMap((row) =>
    row.uid === undefined ? [] : [reviewDoc({ ...row, uid: row.uid })],
  );
  const answersDocs = blocks.sent.map(answersDoc);
  const mirror = await existing([
    ...lwwIds,
    ...quizIds,
    ...notedReviews,
    ...reviewDocs.map((doc) => doc._id),
    ...answersDocs.map((doc) => doc._id),
  ]);
  const docs: Outgoing['docs'] = reviewDocs.filter((doc) => !mirror.has(doc._id));
  docs.push(...(await quizDocs(db, quizIds, mirror)));
  const noted = new Map(
    (
      await db.reviewLog
        .where('uid')
        .anyOf(notedReviews.map((id) => docKey(id)))
        .toArray()
    ).map((row) => [docId('review', row.uid ?? ''), row]),
  );
  const deletedCard = new Map(notes.map((note) => [note.key, note.cardId]));
  for (const id of notedReviews) {
    const doc = mirror.get(id);
    const live = doc !== undefined && doc._deleted !== true;
    const row = noted.get(id);
    if (row === undefined) {
      // The deletion names the card: a device holding the answer in a block (answer-log.ts)
      // finds it through the card (blocks have no index by uid).
      const cardId = deletedCard.get(id);
      const card = cardId === undefined ? {} : { cardId };
      if (live) docs.push({ _id: id, _rev: doc._rev, _deleted: true, ...card });
      // An answer that went inside a block of packed answers (sent or received) has no document
      // of its own: its deletion is one, written new, once blocks are in play here.
      else if (doc === undefined && cardId !== undefined && state.pushedBlocks.length > 0) {
        docs.push({ _id: id, _deleted: true, cardId });
      }
      continue;
    }
    // Above the last row sent it goes by id; else it was put back or moved: written again.
    if (row.id > state.pushedLogId || row.uid === undefined) continue;
    const content = reviewDoc({ ...row, uid: row.uid });
    if (live && sameContent(doc, content)) continue;
    docs.push(doc === undefined ? content : { ...content, _rev: doc._rev });
  }
  const packed = await packedVersions(
    db,
    lwwIds.filter((id) => parseDocId(id)?.kind === 'card' && !mirror.has(id)),
    state.scanned,
    existing,
    mirrorPacks,
  );
  const firstSent: CardDoc[] = [];
  for (const id of lwwIds) {
    const content = await localContent(db, id);
    if (content === undefined) continue;
    const doc: { _rev?: string; _deleted?: boolean } | undefined = mirror.get(id) ?? packed.get(id);
    if (doc !== undefined && doc._deleted !== true && sameContent(doc, content)) continue;
    // Before this device's first sync its records are the bundled decks as installed, or
    // changes made before sync began: what the server holds already wins over them.
    if (!state.scanned && doc !== undefined) continue;
    const at = notedAt.get(id);
    // A deck deleted before sync began (found by the full comparison) deletes nothing newer.
    if (at === undefined && doc !== undefined && isTombstone(content)) continue;
    let stamp: string;
    if (at === undefined && doc === undefined) {
      stamp = formatStamp(ZERO_CLOCK, state.device);
    } else {
      clock = tick(clock, at ?? now);
      stamp = formatStamp(clock, state.device);
    }
    if (doc === undefined && 'kind' in content) firstSent.push({ ...content, stamp });
    else docs.push({ ...content, stamp, ...(doc?._rev === undefined ? {} : { _rev: doc._rev }) });
  }
  docs.push(...packsOf(firstSent));
  // Packed answers after the cards: the mirror stores a round's documents in this order, and a
  // device receiving them derives each card's state once its answers arrive, reading the blocks
  // then (derived before, a new card would read every block received so far, batch after batch).
  docs.push(...answersDocs.filter((doc) => !mirror.has(doc._id)));
  const last = rows.at(-1);
  return {
    docs,
    notes,
    pushedLogId: last?.id ?? state.pushedLogId,
    pushedBlocks: blocks.pushed,
    clock,
    more: rows.length === REVIEW_BATCH || blocks.more,
    stamps: stampsOf(docs),
  };
}

function changesIn(docs: Outgoing['docs']): number {
  return docs.reduce((sum, doc) => sum + ('cards' in doc ? doc.cards.length : 1), 0);
}

/** Records that `outgoing` is in the mirror: its notes go (unless changed since) and checkpoints move. */
export async function markSent(db: StudyDatabase, outgoing: Outgoing): Promise<void> {
  await db.transaction('rw', db.syncOutbox, db.syncState, db.syncStamps, async () => {
    await db.syncStamps.bulkPut(outgoing.stamps);
    const current = await db.syncOutbox.bulkGet(outgoing.notes.map((note) => note.key));
    const settled = outgoing.notes.filter((note, index) => current[index]?.at === note.at);
    await db.syncOutbox.bulkDelete(settled.map((note) => note.key));
    const { unpushed } = await readSyncState(db);
    await db.syncState.bulkPut([
      // Changes, not documents: a pack counts its cards, as the waiting count before sending did.
      { key: 'unpushed', value: unpushed + changesIn(outgoing.docs) },
      { key: 'pushedLogId', value: outgoing.pushedLogId },
      { key: 'pushedBlocks', value: outgoing.pushedBlocks },
      { key: 'clock', value: outgoing.clock },
      { key: 'scanned', value: true },
    ]);
  });
}
