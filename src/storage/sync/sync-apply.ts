/**
 * Applies what arrived by sync (documents that won in the mirror) to this device's collection:
 * one Dexie transaction per batch, so a batch is in completely or not at all, together with the
 * checkpoint that says it was applied (an interrupted sync resumes after the last whole batch).
 * The statistics summaries follow inside the same transaction (stats-summaries.ts). Afterwards
 * every card whose answers changed gets the state its merged answers give (derive-state.ts).
 */
import { createScheduler, type Scheduler } from '../../domain/scheduling/scheduler.ts';
import { receive, type ClockState } from '../../domain/sync/clock.ts';
import { deriveCardState, type MergedLog } from '../../domain/sync/derive-state.ts';
import { parseDocId, sameContent } from '../../domain/sync/merge.ts';
import { newCardState } from '../../domain/scheduling/scheduler.ts';
import { queueOf, type CardRecord, type StudyDatabase } from '../db.ts';
import {
  cardContent,
  deckContent,
  reviewRow,
  sourceContent,
  withCardContent,
  type CardDoc,
  type DeckDoc,
  type ReviewDoc,
  type SourceDoc,
} from './sync-docs.ts';

/** A document as it arrives: the winning revision, or a deletion. */
export interface IncomingDoc {
  _id: string;
  _deleted?: boolean;
  [field: string]: unknown;
}

function byKind(docs: readonly IncomingDoc[]) {
  const groups = {
    review: [] as IncomingDoc[],
    card: [] as IncomingDoc[],
    deck: [] as IncomingDoc[],
    source: [] as IncomingDoc[],
  };
  for (const doc of docs) {
    const parsed = parseDocId(doc._id);
    if (parsed !== null) groups[parsed.kind].push(doc);
  }
  return groups;
}

async function applyReviews(db: StudyDatabase, docs: readonly IncomingDoc[]): Promise<Set<string>> {
  const uids = docs.map((doc) => doc._id.slice('review:'.length));
  const stored = await db.reviewLog.where('uid').anyOf(uids).toArray();
  const byUid = new Map(stored.map((row) => [row.uid, row]));
  const affected = new Set<string>();
  const added = [];
  const removed: number[] = [];
  for (const [index, doc] of docs.entries()) {
    const uid = uids[index] ?? '';
    const row = byUid.get(uid);
    if (doc._deleted === true) {
      if (row !== undefined) {
        removed.push(row.id);
        affected.add(row.cardId);
      }
    } else {
      const review = doc as unknown as ReviewDoc;
      affected.add(review.cardId);
      if (row === undefined) added.push(reviewRow(uid, review));
    }
  }
  await db.reviewLog.bulkDelete(removed);
  await db.reviewLog.bulkAdd(added);
  return affected;
}

async function applyDecks(
  db: StudyDatabase,
  decks: readonly IncomingDoc[],
  sources: readonly IncomingDoc[],
  pending: ReadonlySet<string>,
) {
  const live = (docs: readonly IncomingDoc[]) =>
    docs.filter((doc) => doc._deleted !== true && !pending.has(doc._id));
  const deckDocs = live(decks) as unknown as DeckDoc[];
  const stored = await db.decks.bulkGet(deckDocs.map((doc) => doc._id.slice('deck:'.length)));
  await db.decks.bulkPut(
    deckDocs.flatMap((doc, index) => {
      const current = stored[index];
      if (current !== undefined && sameContent(deckContent(current), doc)) return [];
      return [{ ...doc.deck, id: doc._id.slice('deck:'.length) }];
    }),
  );
  const sourceDocs = live(sources) as unknown as SourceDoc[];
  const storedSources = await db.deckSources.bulkGet(
    sourceDocs.map((doc) => doc._id.slice('source:'.length)),
  );
  await db.deckSources.bulkPut(
    sourceDocs.flatMap((doc, index) => {
      const current = storedSources[index];
      if (current !== undefined && sameContent(sourceContent(current), doc)) return [];
      return [
        {
          deckId: doc._id.slice('source:'.length),
          fileName: doc.fileName,
          text: doc.text,
          addedAt: new Date(doc.addedAt),
        },
      ];
    }),
  );
}

/** Cards with their arriving shared part; new ones start as new cards (their state is derived). */
async function applyCards(
  db: StudyDatabase,
  docs: readonly IncomingDoc[],
  pending: ReadonlySet<string>,
  now: Date,
): Promise<Map<string, CardRecord>> {
  const cardDocs = docs.filter(
    (doc) => doc._deleted !== true && !pending.has(doc._id),
  ) as unknown as CardDoc[];
  const ids = cardDocs.map((doc) => doc._id.slice('card:'.length));
  const stored = await db.cards.bulkGet(ids);
  const changed = new Map<string, CardRecord>();
  cardDocs.forEach((doc, index) => {
    const current = stored[index];
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
    changed.set(next.id, { ...next, version: base.version + 1, queue: queueOf(next, now) });
  });
  return changed;
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
  const [stored, logs, decks] = await Promise.all([
    db.cards.bulkGet(ids),
    db.reviewLog.where('cardId').anyOf(ids).toArray(),
    db.decks.toArray(),
  ]);
  const schedulers = new Map<string, Scheduler>(
    decks.map((deck) => [deck.id, createScheduler(deck.options)]),
  );
  const logsOf = new Map<string, MergedLog[]>();
  for (const log of logs) {
    const list = logsOf.get(log.cardId) ?? [];
    list.push({
      uid: log.uid ?? String(log.id),
      rating: log.rating,
      state: log.state,
      review: log.review,
    });
    logsOf.set(log.cardId, list);
  }
  ids.forEach((id, index) => {
    const card = changed.get(id) ?? stored[index];
    const scheduler = card && schedulers.get(card.deckId);
    if (card === undefined || scheduler === undefined) return;
    const state = deriveCardState(scheduler, id, logsOf.get(id) ?? [], card.due);
    if (state === null) return;
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

/**
 * Applies one batch of arriving documents and stores `seq` as applied, in one transaction.
 * Documents with a local change not yet sent are left alone (that change is newer and goes out
 * next). Returns the ids of the cards whose state or content changed.
 */
export async function applyIncoming(
  db: StudyDatabase,
  docs: readonly IncomingDoc[],
  seq: number | string,
  clock: ClockState,
  now: Date,
): Promise<string[]> {
  const tables = [db.cards, db.reviewLog, db.decks, db.deckSources, db.syncOutbox, db.syncState];
  return db.transaction('rw', tables, async () => {
    const [outbox, lastLocal, pushed] = await Promise.all([
      db.syncOutbox.toCollection().primaryKeys(),
      db.reviewLog.orderBy(':id').lastKey(),
      db.syncState.get('pushedLogId'),
    ]);
    const pending = new Set(outbox);
    const groups = byKind(docs);
    await applyDecks(db, groups.deck, groups.source, pending);
    const changed = await applyCards(db, groups.card, pending, now);
    const affected = await applyReviews(db, groups.review);
    await derive(db, affected, changed, now);
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
    await db.syncState.bulkPut([
      { key: 'appliedSeq', value: seq },
      { key: 'clock', value: seen },
      ...(lastNow === undefined ? [] : [{ key: 'pushedLogId', value: lastNow }]),
    ]);
    return [...changed.keys()];
  });
}
