import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { startSyncTracking, type StudyDatabase } from '../../../src/storage/db.ts';
import { editCardText, undoLastAnswer } from '../../../src/storage/study-repository.ts';
import { applyIncoming, type IncomingDoc } from '../../../src/storage/sync/sync-apply.ts';
import {
  collectOutgoing,
  markSent,
  type MirrorDoc,
} from '../../../src/storage/sync/sync-outgoing.ts';
import {
  ensureSyncDevice,
  readSyncOverview,
  readSyncState,
} from '../../../src/storage/sync/sync-state.ts';
import { pickWinner } from '../../../src/domain/sync/merge.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { expectSummariesInStep } from '../../helpers/summaries.ts';
import { answerIn, THIS_TAB } from '../../helpers/study-answers.ts';
import { openTestDatabase } from '../../helpers/test-database.ts';

/**
 * Two devices exchanging documents through a shared "server" (a map of document id to its
 * revisions), the way the mirror and CouchDB would: what each sends lands there, conflicting
 * revisions are resolved by the merge rule, and each applies the winners.
 */
type Server = Map<string, MirrorDoc[]>;

let revs = 0;

async function send(db: StudyDatabase, server: Server, now: Date): Promise<void> {
  for (;;) {
    const state = await readSyncState(db);
    const outgoing = await collectOutgoing(
      db,
      state,
      (ids) => {
        const found = new Map<string, MirrorDoc>();
        for (const id of ids) {
          const leaves = server.get(id);
          if (leaves !== undefined)
            found.set(id, pickWinner(leaves as (MirrorDoc & { stamp?: string })[]));
        }
        return Promise.resolve(found);
      },
      now.getTime(),
    );
    for (const doc of outgoing.docs) {
      revs += 1;
      const leaves = (server.get(doc._id) ?? []).filter(
        (leaf) => '_rev' in doc && leaf._rev !== doc._rev,
      );
      // A revision written over an older one replaces it; one written fresh is a conflict.
      server.set(doc._id, [
        ...('_rev' in doc && doc._rev !== undefined ? [] : leaves),
        { ...doc, _rev: String(revs) },
      ]);
    }
    await markSent(db, outgoing);
    if (!outgoing.more) return;
  }
}

async function receive(db: StudyDatabase, server: Server, now: Date): Promise<void> {
  const docs: IncomingDoc[] = [...server.values()].map((leaves) =>
    pickWinner(leaves as (MirrorDoc & { stamp?: string })[]),
  );
  const state = await readSyncState(db);
  await applyIncoming(db, docs, revs, state.clock, now);
}

async function cardOf(db: StudyDatabase, id: string) {
  const found = await db.cards.get(id);
  if (found === undefined) throw new Error(`no card ${id}`);
  return found;
}

let laptop: StudyDatabase;
let phone: StudyDatabase;
const deck = makeDeck('a', 6);
const card = (index: number) => deck.cards[index]?.id ?? '';

beforeEach(async () => {
  laptop = openTestDatabase('sync-laptop');
  phone = openTestDatabase('sync-phone');
  await Promise.all([startSyncTracking(laptop), startSyncTracking(phone)]);
  await syncDecks(laptop, [deck], FIXED_NOW);
  await syncDecks(phone, [deck], minutesAfter(FIXED_NOW, 1));
  await Promise.all([ensureSyncDevice(laptop), ensureSyncDevice(phone)]);
});

async function syncBoth(server: Server, now: Date) {
  await send(laptop, server, now);
  await send(phone, server, now);
  await receive(laptop, server, now);
  await receive(phone, server, now);
}

async function fsrsOf(db: StudyDatabase) {
  const cards = await db.cards.orderBy('id').toArray();
  // A card never studied is due from when this device added it: no answer to agree on.
  return cards.map((c) => ({
    id: c.id,
    front: c.front,
    state: c.state,
    reps: c.reps,
    due: c.reps === 0 ? 'new' : c.due.toISOString(),
    stability: c.stability,
  }));
}

describe('sync between two devices', () => {
  it('gives every review-log row a uid unique across devices', async () => {
    await answerIn(laptop, card(0), Rating.Good, FIXED_NOW);
    await answerIn(phone, card(0), Rating.Good, FIXED_NOW);
    const [a, b] = [await laptop.reviewLog.toArray(), await phone.reviewLog.toArray()];
    expect(a[0]?.id).toBe(b[0]?.id);
    expect(a[0]?.uid).toMatch(/^[0-9a-f]{32}$/);
    expect(a[0]?.uid).not.toBe(b[0]?.uid);
  });

  it('ends with the union of reviews, the same card states and the statistics in step', async () => {
    const server: Server = new Map();
    await syncBoth(server, FIXED_NOW);
    await answerIn(laptop, card(0), Rating.Good, minutesAfter(FIXED_NOW, 10));
    await answerIn(laptop, card(1), Rating.Again, minutesAfter(FIXED_NOW, 11));
    await answerIn(phone, card(2), Rating.Easy, minutesAfter(FIXED_NOW, 12));
    await answerIn(phone, card(0), Rating.Hard, minutesAfter(FIXED_NOW, 13));
    await syncBoth(server, minutesAfter(FIXED_NOW, 20));
    await syncBoth(server, minutesAfter(FIXED_NOW, 21));

    const uids = async (db: StudyDatabase) =>
      (await db.reviewLog.toArray()).map((row) => row.uid).sort();
    expect(await uids(laptop)).toHaveLength(4);
    expect(await uids(laptop)).toEqual(await uids(phone));
    expect(await fsrsOf(laptop)).toEqual(await fsrsOf(phone));
    const first = await cardOf(laptop, card(0));
    expect(first.reps).toBe(2);
    await expectSummariesInStep(laptop);
    await expectSummariesInStep(phone);
  });

  it('counts arrived answers as sent, but not a local one given before they arrived', async () => {
    const server: Server = new Map();
    await syncBoth(server, FIXED_NOW);
    await answerIn(laptop, card(0), Rating.Good, minutesAfter(FIXED_NOW, 10));
    await answerIn(laptop, card(1), Rating.Good, minutesAfter(FIXED_NOW, 11));
    await send(laptop, server, minutesAfter(FIXED_NOW, 12));
    await receive(phone, server, minutesAfter(FIXED_NOW, 12));
    expect((await readSyncOverview(phone)).waiting).toBe(0);

    await answerIn(laptop, card(2), Rating.Good, minutesAfter(FIXED_NOW, 13));
    await send(laptop, server, minutesAfter(FIXED_NOW, 14));
    await answerIn(phone, card(3), Rating.Easy, minutesAfter(FIXED_NOW, 15));
    await receive(phone, server, minutesAfter(FIXED_NOW, 16));
    expect((await readSyncOverview(phone)).waiting).toBe(2);
    await send(phone, server, minutesAfter(FIXED_NOW, 17));
    await receive(laptop, server, minutesAfter(FIXED_NOW, 17));
    expect((await laptop.reviewLog.toArray()).map((row) => row.cardId).sort()).toEqual(
      [card(0), card(1), card(2), card(3)].sort(),
    );
  });

  it('lets the later edit of the same card win on both devices', async () => {
    const server: Server = new Map();
    await syncBoth(server, FIXED_NOW);
    const edit = async (db: StudyDatabase, front: string) => {
      const current = await cardOf(db, card(3));
      await editCardText(db, card(3), current.version, { front, back: 'B' }, FIXED_NOW);
    };
    await edit(phone, 'Phone’s front');
    await new Promise((resolve) => setTimeout(resolve, 5));
    await edit(laptop, 'Laptop’s front');
    // The phone sends first; the laptop's edit is later and wins anyway.
    await send(phone, server, FIXED_NOW);
    await send(laptop, server, FIXED_NOW);
    await receive(phone, server, FIXED_NOW);
    await receive(laptop, server, FIXED_NOW);
    expect((await phone.cards.get(card(3)))?.front).toBe('Laptop’s front');
    expect((await laptop.cards.get(card(3)))?.front).toBe('Laptop’s front');
  });

  it('takes an answer back on the other device too when it is undone after syncing', async () => {
    const server: Server = new Map();
    await answerIn(laptop, card(4), Rating.Good, minutesAfter(FIXED_NOW, 5));
    await syncBoth(server, minutesAfter(FIXED_NOW, 6));
    expect((await phone.cards.get(card(4)))?.reps).toBe(1);
    const undone = await undoLastAnswer(
      laptop,
      { deckId: 'a', origin: THIS_TAB },
      minutesAfter(FIXED_NOW, 7),
    );
    expect(undone.status).toBe('undone');
    await syncBoth(server, minutesAfter(FIXED_NOW, 8));
    expect(await phone.reviewLog.count()).toBe(0);
    expect((await phone.cards.get(card(4)))?.reps).toBe(0);
    await expectSummariesInStep(phone);
  });

  it('leaves a card alone while its own local change waits to be sent', async () => {
    const server: Server = new Map();
    await syncBoth(server, FIXED_NOW);
    const current = await cardOf(phone, card(5));
    await editCardText(phone, card(5), current.version, { front: 'Mine', back: 'B' }, FIXED_NOW);
    const laptopCard = await cardOf(laptop, card(5));
    await editCardText(
      laptop,
      card(5),
      laptopCard.version,
      { front: 'Older', back: 'B' },
      FIXED_NOW,
    );
    await send(laptop, server, FIXED_NOW);
    await receive(phone, server, FIXED_NOW);
    expect((await phone.cards.get(card(5)))?.front).toBe('Mine');
  });
});
