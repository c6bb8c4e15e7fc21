/**
 * Applies what arrived by sync (documents that won in the mirror) to this device's collection:
 * one Dexie transaction per batch, so a batch is in completely or not at all, together with the
 * checkpoint that says it was applied (an interrupted sync resumes after the last whole batch).
 * The statistics summaries follow inside the same transaction (stats-summaries.ts). Afterwards
 * every card whose answers changed gets the state its merged answers give (derive-state.ts).
 *
 * A card's version may come in its own document or in a pack (`cards:…`, many cards), in either
 * order: of the versions arriving and the one held (its stamp in `syncStamps`) the newest stamp
 * wins (merge.ts, `winsOver`), so an older pack arriving after an edit changes nothing.
 *
 * A tombstone deletes its record here as deleting it here would: a card with its answers, a
 * deck with everything of it (user-decks.ts). Deleting those answers sends their deletion on, so
 * an answer given elsewhere to a card deleted meanwhile goes too, once that device applies the
 * tombstone.
 */
import { createScheduler, type Scheduler } from '../../domain/scheduling/scheduler.ts';
import { compareStamps, receive, type ClockState } from '../../domain/sync/clock.ts';
import { deriveCardState, type MergedLog } from '../../domain/sync/derive-state.ts';
import {
  docId,
  docKey,
  isTombstone,
  parseDocId,
  sameContent,
  winsOver,
} from '../../domain/sync/merge.ts';
import { newCardState } from '../../domain/scheduling/scheduler.ts';
import { ONE_PASS_CARDS, unpackAnswers, unpackCards, visitAnswersOfCards } from '../answer-log.ts';
import { queueOf, type CardRecord, type StudyDatabase, type SyncStampRecord } from '../db.ts';
import { deckTables, removeDeck } from '../user-decks.ts';
import { applyingFromSync } from './sync-tracking.ts';
import {
  answersBlock,
  cardContent,
  deckContent,
  packedCards,
  type CardsDoc,
  reviewRow,
  type AnswersDoc,
  sourceContent,
  withCardContent,
  type CardDoc,
  quizRows,
  reviewDoc,
  settingContent,
  type DeckDoc,
  type SettingDoc,
  type QuizDoc,
  type ReviewDoc,
  type SourceDoc,
} from './sync-docs.ts';

/**
 * Names documents whose writes in the current transaction apply them as they arrived, so the
 * tracking does not note (and send back) those writes (see `applyingFromSync`).
 */
type FromSync = (ids: Iterable<string>) => void;

/** A document as it arrives: the winning revision, or a deletion. */
export interface IncomingDoc {
  _id: string;
  _deleted?: boolean;
  [field: string]: unknown;
}

/** An arriving answer's uid and card (none for a deletion, which carries no fields). */
function answerKey(doc: IncomingDoc): { uid: string; cardId: string | null } {
  const cardId = typeof doc.cardId === 'string' ? doc.cardId : null;
  return { uid: docKey(doc._id), cardId };
}

function byKind(docs: readonly IncomingDoc[]) {
  const groups = {
    review: [] as IncomingDoc[],
    answers: [] as IncomingDoc[],
    card: [] as IncomingDoc[],
    cards: [] as IncomingDoc[],
    deck: [] as IncomingDoc[],
    source: [] as IncomingDoc[],
    quiz: [] as IncomingDoc[],
    setting: [] as IncomingDoc[],
  };
  for (const doc of docs) {
    const parsed = parseDocId(doc._id);
    if (parsed !== null) groups[parsed.kind].push(doc);
  }
  return groups;
}

/**
 * Arriving answers, undone ones and ones moved to another deck; answers to cards deleted in this
 * batch, and answers with a local change not yet sent, stay as they are here.
 */
async function applyReviews(
  db: StudyDatabase,
  docs: readonly IncomingDoc[],
  removedCards: ReadonlySet<string>,
  pending: ReadonlySet<string>,
  fromSync: FromSync,
): Promise<Set<string>> {
  const current = docs.filter((doc) => !pending.has(doc._id));
  const uids = current.map((doc) => docKey(doc._id));
  let stored = await db.reviewLog.where('uid').anyOf(uids).toArray();
  // An answer this device holds packed in a block and another device changed (moved with its
  // card) is taken out of its block first, so it is changed here and not added twice.
  const found = new Set(stored.map((row) => row.uid));
  const missing = current.filter((doc, index) => !found.has(uids[index]));
  if ((await unpackAnswers(db, missing.map(answerKey))) > 0) {
    stored = await db.reviewLog.where('uid').anyOf(uids).toArray();
  }
  const byUid = new Map(stored.map((row) => [row.uid, row]));
  const affected = new Set<string>();
  const added = [];
  const changed = [];
  const removed: number[] = [];
  const applied: string[] = [];
  for (const [index, doc] of current.entries()) {
    const uid = uids[index] ?? '';
    const row = byUid.get(uid);
    if (doc._deleted === true) {
      if (row !== undefined) {
        removed.push(row.id);
        applied.push(doc._id);
        affected.add(row.cardId);
      }
      continue;
    }
    const review = doc as unknown as ReviewDoc;
    if (removedCards.has(review.cardId)) continue;
    if (row === undefined) added.push(reviewRow(uid, review));
    else if (!sameContent(reviewDoc({ ...row, uid }), review)) {
      changed.push({ ...reviewRow(uid, review), id: row.id });
      applied.push(doc._id);
      affected.add(row.cardId);
    }
    affected.add(review.cardId);
  }
  fromSync(applied);
  // A changed row is deleted first, so the statistics summaries of its old deck let it go.
  await db.reviewLog.bulkDelete([...removed, ...changed.map((row) => row.id)]);
  await db.reviewLog.bulkAdd([...added, ...changed]);
  return affected;
}

/**
 * Arriving documents of packed answers, stored as blocks as they are (not unpacked into rows),
 * without the answers of cards deleted in this batch; a block stored here already is left alone
 * (they are immutable). Returns the cards they answer and the blocks' ids.
 */
async function applyAnswers(
  db: StudyDatabase,
  docs: readonly IncomingDoc[],
  removedCards: ReadonlySet<string>,
): Promise<{ affected: Set<string>; blockIds: string[] }> {
  const live = docs.filter((doc) => doc._deleted !== true) as unknown as AnswersDoc[];
  const ids = live.map((doc) => docKey(doc._id));
  const stored = await db.logBlocks.bulkGet(ids);
  const blocks = live.flatMap((doc, index) => {
    if (stored[index] !== undefined) return [];
    const block = answersBlock(doc, (answer) => removedCards.has(answer.cardId));
    return block === null ? [] : [block];
  });
  await db.logBlocks.bulkAdd(blocks);
  return { affected: new Set(blocks.flatMap((block) => block.cardIds)), blockIds: ids };
}

/** Arriving decks and deck documents, deletions included; returns the ids of decks new here. */
async function applyDecks(
  db: StudyDatabase,
  decks: readonly IncomingDoc[],
  sources: readonly IncomingDoc[],
  pending: ReadonlySet<string>,
  now: Date,
  fromSync: FromSync,
): Promise<string[]> {
  const current = (docs: readonly IncomingDoc[]) =>
    docs.filter((doc) => doc._deleted !== true && !pending.has(doc._id));
  const live = (docs: readonly IncomingDoc[]) => current(docs).filter((doc) => !isTombstone(doc));
  const gone = (docs: readonly IncomingDoc[]) =>
    current(docs)
      .filter(isTombstone)
      .map((doc) => docKey(doc._id));
  const deckDocs = live(decks) as unknown as DeckDoc[];
  const stored = await db.decks.bulkGet(deckDocs.map((doc) => docKey(doc._id)));
  const added = deckDocs.flatMap((doc, index) =>
    stored[index] === undefined ? [docKey(doc._id)] : [],
  );
  // A deck's tombstone applied deletes the deck, and what its deletion sets off is noted.
  fromSync([...current(decks), ...current(sources)].map((doc) => doc._id));
  await db.decks.bulkPut(
    deckDocs.flatMap((doc, index) => {
      const here = stored[index];
      if (here !== undefined && sameContent(deckContent(here), doc)) return [];
      return [{ ...doc.deck, id: docKey(doc._id) }];
    }),
  );
  // A deck added again elsewhere after it was deleted here is no longer deleted here.
  await db.deletedDecks.bulkDelete(added);
  const deletedDecks = gone(decks);
  const present = await db.decks.bulkGet(deletedDecks);
  for (const [index, deckId] of deletedDecks.entries()) {
    if (present[index] !== undefined) await removeDeck(db, deckId, now);
  }
  const sourceDocs = live(sources) as unknown as SourceDoc[];
  const storedSources = await db.deckSources.bulkGet(sourceDocs.map((doc) => docKey(doc._id)));
  await db.deckSources.bulkPut(
    sourceDocs.flatMap((doc, index) => {
      const here = storedSources[index];
      if (here !== undefined && sameContent(sourceContent(here), doc)) return [];
      return [
        {
          deckId: docKey(doc._id),
          fileName: doc.fileName,
          text: doc.text,
          addedAt: new Date(doc.addedAt),
        },
      ];
    }),
  );
  await db.deckSources.bulkDelete(gone(sources));
  return added;
}

/**
 * The card documents of a batch that apply here: of each card's own document and its versions in
 * arriving packs the newest, when it wins over the version this device holds (`syncStamps`);
 * with the stamps to keep for them.
 */
async function winningCards(
  db: StudyDatabase,
  own: readonly IncomingDoc[],
  packs: readonly IncomingDoc[],
): Promise<{ docs: IncomingDoc[]; stamps: SyncStampRecord[] }> {
  const newest = new Map<string, { doc: IncomingDoc & { stamp: string }; pack: string | null }>();
  const offer = (doc: IncomingDoc & { stamp: string }, pack: string | null) => {
    const held = newest.get(doc._id);
    if (held === undefined || compareStamps(doc.stamp, held.doc.stamp) > 0) {
      newest.set(doc._id, { doc, pack });
    }
  };
  for (const doc of own) {
    if (doc._deleted !== true && typeof doc.stamp === 'string')
      offer({ ...doc, stamp: doc.stamp }, null);
  }
  for (const doc of packs) {
    if (doc._deleted === true) continue;
    const pack = docKey(doc._id);
    for (const card of packedCards(doc as unknown as CardsDoc)) {
      offer(card as unknown as IncomingDoc & { stamp: string }, pack);
    }
  }
  const versions = [...newest.values()];
  const held = await db.syncStamps.bulkGet(versions.map(({ doc }) => docKey(doc._id)));
  const winners = versions.filter(({ doc }, index) =>
    winsOver(doc.stamp, held[index]?.stamp ?? null),
  );
  return {
    docs: winners.map(({ doc }) => doc),
    stamps: winners.map(({ doc, pack }) => ({
      id: docKey(doc._id),
      stamp: doc.stamp,
      pack,
    })),
  };
}

/** Cards deleted elsewhere, with their answers and undo steps; returns their ids. */
async function removeCards(
  db: StudyDatabase,
  docs: readonly IncomingDoc[],
  pending: ReadonlySet<string>,
  fromSync: FromSync,
): Promise<Set<string>> {
  const ids = docs
    .filter((doc) => doc._deleted !== true && isTombstone(doc) && !pending.has(doc._id))
    .map((doc) => docKey(doc._id));
  const stored = (await db.cards.bulkGet(ids)).flatMap((card) => (card ? [card.id] : []));
  if (stored.length === 0) return new Set();
  // The cards' own deletions are the tombstones applied; their answers' are sent on.
  fromSync(stored.map((id) => docId('card', id)));
  await unpackCards(db, stored);
  const [logIds, undoIds] = await Promise.all([
    db.reviewLog.where('cardId').anyOf(stored).primaryKeys(),
    db.undo.filter((entry) => stored.includes(entry.cardId)).primaryKeys(),
  ]);
  await Promise.all([
    db.cards.bulkDelete(stored),
    db.reviewLog.bulkDelete(logIds),
    db.undo.bulkDelete(undoIds),
  ]);
  return new Set(stored);
}

/** Collection settings changed or removed elsewhere. */
async function applySettings(
  db: StudyDatabase,
  docs: readonly IncomingDoc[],
  pending: ReadonlySet<string>,
  fromSync: FromSync,
): Promise<void> {
  const current = docs.filter((doc) => doc._deleted !== true && !pending.has(doc._id));
  fromSync(current.map((doc) => doc._id));
  const key = (doc: { _id: string }) => docKey(doc._id);
  const live = current.filter((doc) => !isTombstone(doc)) as unknown as SettingDoc[];
  const stored = await db.settings.bulkGet(live.map(key));
  await db.settings.bulkPut(
    live.flatMap((doc, index) => {
      const here = stored[index];
      if (here !== undefined && sameContent(settingContent(here), doc)) return [];
      return [{ key: key(doc), value: doc.value }];
    }),
  );
  await db.settings.bulkDelete(current.filter(isTombstone).map(key));
}

/** Quizzes finished elsewhere, and quizzes deleted elsewhere (with their deck). */
async function applyQuizzes(
  db: StudyDatabase,
  docs: readonly IncomingDoc[],
  fromSync: FromSync,
): Promise<void> {
  fromSync(docs.map((doc) => doc._id));
  const uids = docs.map((doc) => docKey(doc._id));
  const stored = new Map(
    (await db.quizzes.where('uid').anyOf(uids).toArray()).map((quiz) => [quiz.uid, quiz.id]),
  );
  const removed: number[] = [];
  for (const [index, doc] of docs.entries()) {
    const uid = uids[index] ?? '';
    const id = stored.get(uid);
    if (doc._deleted === true) {
      if (id !== undefined) removed.push(id);
    } else if (id === undefined) {
      const { quiz, answers } = quizRows(uid, doc as unknown as QuizDoc);
      const quizId = await db.quizzes.add(quiz);
      await db.quizAnswers.bulkAdd(answers.map((answer) => ({ ...answer, quizId })));
    }
  }
  await db.quizAnswers.where('quizId').anyOf(removed).delete();
  await db.quizzes.bulkDelete(removed);
}

/** Cards with their arriving shared part; new ones start as new cards (their state is derived). */
async function applyCards(
  db: StudyDatabase,
  docs: readonly IncomingDoc[],
  pending: ReadonlySet<string>,
  now: Date,
): Promise<{ changed: Map<string, CardRecord>; created: string[]; moved: string[] }> {
  const cardDocs = docs.filter(
    (doc) => doc._deleted !== true && !isTombstone(doc) && !pending.has(doc._id),
  ) as unknown as CardDoc[];
  const ids = cardDocs.map((doc) => docKey(doc._id));
  const stored = await db.cards.bulkGet(ids);
  const changed = new Map<string, CardRecord>();
  const created: string[] = [];
  const moved: string[] = [];
  cardDocs.forEach((doc, index) => {
    const current = stored[index];
    if (current === undefined) created.push(ids[index] ?? '');
    if (current !== undefined && sameContent(cardContent(current), doc)) return;
    const base: CardRecord =
      current ??
      ({
        id: ids[index] ?? '',
        ...newCardState(now),
        version: 0,
        queue: 0,
      } as unknown as CardRecord);
    const next = withCardContent(base, doc);
    if (current !== undefined && current.deckId !== next.deckId) moved.push(next.id);
    changed.set(next.id, { ...next, version: base.version + 1, queue: queueOf(next, now) });
  });
  return { changed, created, moved };
}

/** Cards of `cardIds` set to the state their merged answers give (those that changed). */
async function derive(
  db: StudyDatabase,
  cardIds: ReadonlySet<string>,
  changed: Map<string, CardRecord>,
  now: Date,
): Promise<void> {
  if (cardIds.size === 0) return;
  const ids = [...cardIds];
  // Only what replay needs is kept of each answer, not the row (a chunk's cards have ~500,000).
  const logsOf = new Map<string, MergedLog[]>();
  const [stored, decks] = await Promise.all([
    db.cards.bulkGet(ids),
    db.decks.toArray(),
    visitAnswersOfCards(db, ids, (log) => {
      const merged: MergedLog = {
        uid: log.uid ?? String(log.id ?? ''),
        rating: log.rating,
        state: log.state,
        review: log.review,
        due: log.due,
      };
      const list = logsOf.get(log.cardId);
      if (list === undefined) logsOf.set(log.cardId, [merged]);
      else list.push(merged);
    }),
  ]);
  const schedulers = new Map<string, Scheduler>(
    decks.map((deck) => [deck.id, createScheduler(deck.options)]),
  );
  ids.forEach((id, index) => {
    const card = changed.get(id) ?? stored[index];
    const scheduler = card && schedulers.get(card.deckId);
    if (card === undefined || scheduler === undefined) return;
    const state = deriveCardState(scheduler, id, logsOf.get(id) ?? [], card.due);
    const next: CardRecord = { ...card, ...state, id: card.id };
    if (sameContent(fsrsFields(card), fsrsFields(next)) && !changed.has(id)) return;
    changed.set(id, {
      ...next,
      version: (stored[index]?.version ?? card.version) + 1,
      queue: queueOf(next, now),
    });
  });
}

function fsrsFields(card: CardRecord) {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    last_review: card.last_review?.getTime() ?? null,
  };
}

/** The `syncState` key of the cards whose state waits to be derived (see {@link deriveWaiting}). */
const UNDERIVED = 'underived';
/**
 * Cards derived per transaction by {@link deriveWaiting}. Each chunk reads every block of answers
 * (a block holds answers of ~1,000 cards across the deck), so the chunks of a first sync's
 * 100,000 cards read the million answers twice; with 25,000 it was four times, the largest
 * cost of deriving (docs/performance.md, "First sync: where the time went"). Held meanwhile:
 * only the chunk's answers' replay fields, not the rows (see `derive`).
 */
const DERIVE_CHUNK = 50_000;

function applyTables(db: StudyDatabase) {
  return [...deckTables(db), db.settings, db.syncOutbox, db.syncState, db.syncStamps];
}

async function underived(db: StudyDatabase): Promise<string[]> {
  return ((await db.syncState.get(UNDERIVED))?.value as string[] | undefined) ?? [];
}

/**
 * Derives the states of the cards a batch left waiting ({@link applyIncoming}), in transactions
 * of `chunkSize` ({@link DERIVE_CHUNK}) cards, each with the list's rest; an interrupted round
 * leaves the rest for the next. Called after the last batch of every round.
 */
export async function deriveWaiting(
  db: StudyDatabase,
  now: Date,
  progress: (done: number, total: number) => void = () => undefined,
  chunkSize = DERIVE_CHUNK,
): Promise<void> {
  // Most rounds leave nothing waiting: a plain read then, not a write lock on the study tables.
  if ((await underived(db)).length === 0) return;
  let done = 0;
  for (;;) {
    const derived = await db.transaction('rw', applyTables(db), async (trans) => {
      const waiting = await underived(db);
      if (waiting.length === 0) return 0;
      progress(done, done + waiting.length);
      const chunk = waiting.slice(0, chunkSize);
      const changed = new Map<string, CardRecord>();
      await derive(db, new Set(chunk), changed, now);
      applyingFromSync(
        trans,
        [...changed.keys()].map((id) => docId('card', id)),
      );
      await db.cards.bulkPut([...changed.values()]);
      const rest = waiting.slice(chunk.length);
      if (rest.length === 0) await db.syncState.delete(UNDERIVED);
      else await db.syncState.put({ key: UNDERIVED, value: rest });
      return chunk.length;
    });
    if (derived === 0) return;
    done += derived;
  }
}

/**
 * Applies one batch of arriving documents and stores `seq` as applied, in one transaction.
 * Documents with a local change not yet sent are left alone (that change is newer and goes out
 * next). Returns the ids of the cards whose state or content changed.
 *
 * A batch touching {@link ONE_PASS_CARDS} cards or more (a first sync's: answers are packed by
 * time, so each pack names ~1,000 cards, and every batch touches the whole deck) does not derive
 * them: it adds them to the waiting list in its transaction, and {@link deriveWaiting} derives
 * each once after the last batch, instead of replaying every card's answers again per batch.
 */
export async function applyIncoming(
  db: StudyDatabase,
  docs: readonly IncomingDoc[],
  seq: number | string,
  clock: ClockState,
  now: Date,
): Promise<string[]> {
  return db.transaction('rw', applyTables(db), async (trans) => {
    const fromSync: FromSync = (ids) => {
      applyingFromSync(trans, ids);
    };
    const [outbox, lastLocal, pushed, pushedBlocks] = await Promise.all([
      db.syncOutbox.toCollection().primaryKeys(),
      db.reviewLog.orderBy(':id').lastKey(),
      db.syncState.get('pushedLogId'),
      db.syncState.get('pushedBlocks'),
    ]);
    const pending = new Set(outbox);
    const groups = byKind(docs);
    const newDecks = await applyDecks(db, groups.deck, groups.source, pending, now, fromSync);
    const cards = await winningCards(db, groups.card, groups.cards);
    const removed = await removeCards(db, cards.docs, pending, fromSync);
    const { changed, created, moved } = await applyCards(db, cards.docs, pending, now);
    await db.syncStamps.bulkPut(
      cards.stamps.filter((stamp) => !pending.has(docId('card', stamp.id))),
    );
    const affected = await applyReviews(db, groups.review, removed, pending, fromSync);
    const answers = await applyAnswers(db, groups.answers, removed);
    for (const id of answers.affected) affected.add(id);
    await applyQuizzes(db, groups.quiz, fromSync);
    await applySettings(db, groups.setting, pending, fromSync);
    // Cards new here and the cards of decks new here: their answers may have come first.
    for (const id of created) affected.add(id);
    for (const deckId of newDecks) {
      const cardIds = await db.cards.where('deckId').equals(deckId).primaryKeys();
      for (const id of cardIds) affected.add(id);
    }
    if (affected.size < ONE_PASS_CARDS) await derive(db, affected, changed, now);
    else {
      const waiting = new Set(await underived(db));
      for (const id of affected) waiting.add(id);
      await db.syncState.put({ key: UNDERIVED, value: [...waiting] });
    }
    // Cards arrived, moved or re-derived: the same as the server's (a state is never sent).
    fromSync([...changed.keys()].map((id) => docId('card', id)));
    // A card moved to another deck leaves its old deck's summaries first (card-actions.ts). Only
    // applyCards changes a card's deck, so the cards it read tell which moved (re-reading every
    // changed card took ~6 s of a first sync's 100,000).
    await db.cards.bulkDelete(moved);
    await db.cards.bulkPut([...changed.values()]);
    const seen = docs.reduce(
      (latest, doc) => (typeof doc.stamp === 'string' ? receive(latest, doc.stamp) : latest),
      clock,
    );
    // Arrived answers are in the mirror already: when every local one before them was sent,
    // the send checkpoint moves past them too, so they are neither counted as waiting nor
    // looked up again by the next round's sending.
    const allSent = Number(lastLocal ?? 0) <= Number(pushed?.value ?? 0);
    const lastNow = allSent ? await db.reviewLog.orderBy(':id').lastKey() : undefined;
    // Arrived blocks are in the mirror: never sent back.
    const sentBlocks = new Set([...((pushedBlocks?.value as string[] | undefined) ?? [])]);
    for (const id of answers.blockIds) sentBlocks.add(id);
    await db.syncState.bulkPut([
      { key: 'appliedSeq', value: seq },
      { key: 'clock', value: seen },
      { key: 'pushedBlocks', value: [...sentBlocks] },
      ...(lastNow === undefined ? [] : [{ key: 'pushedLogId', value: lastNow }]),
    ]);
    return [...changed.keys()];
  });
}
