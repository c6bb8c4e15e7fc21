import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { Rating, State } from '../../../src/domain/scheduling/scheduler.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { startSyncTracking, type DeckRecord, type StudyDatabase } from '../../../src/storage/db.ts';
import { applyCardAction, restoreCards } from '../../../src/storage/card-actions.ts';
import {
  loadQuizSettings,
  saveFinishedQuiz,
  saveQuizSettings,
} from '../../../src/storage/quiz-repository.ts';
import { SETTINGS, writeSetting } from '../../../src/storage/settings.ts';
import { editCardText, undoLastAnswer } from '../../../src/storage/study-repository.ts';
import { addUserDeck, deleteDeck } from '../../../src/storage/user-decks.ts';
import {
  applyIncoming,
  deriveWaiting,
  type IncomingDoc,
} from '../../../src/storage/sync/sync-apply.ts';
import {
  collectOutgoing,
  markSent,
  type MirrorDoc,
} from '../../../src/storage/sync/sync-outgoing.ts';
import { cardContent, deckContent, type CardsDoc } from '../../../src/storage/sync/sync-docs.ts';
import { formatStamp, ZERO_CLOCK } from '../../../src/domain/sync/clock.ts';
import {
  ensureSyncDevice,
  readSyncOverview,
  readSyncState,
  writeSyncState,
} from '../../../src/storage/sync/sync-state.ts';
import { pickWinner } from '../../../src/domain/sync/merge.ts';
import { allAnswers, answersOfCards, ONE_PASS_CARDS } from '../../../src/storage/answer-log.ts';
import { packHistory } from '../../helpers/packed-history.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { expectSummariesInStep } from '../../helpers/summaries.ts';
import { answerIn, THIS_TAB } from '../../helpers/study-answers.ts';
import { openTestDatabase } from '../../helpers/test-database.ts';

/**
 * Two devices exchanging documents through a shared "server" (a map of document id to its
 * revisions), the way the mirror and CouchDB would: each device writes over the revision it last
 * saw, so writes made without seeing each other's are conflicting revisions; the merge rule picks
 * the winner, the losers are removed, and each device applies the winners.
 */
type Server = Map<string, MirrorDoc[]>;

let revs = 0;
/** What each device last saw of each document (its mirror). */
const seen = new Map<StudyDatabase, Map<string, MirrorDoc>>();

function mirrorOf(db: StudyDatabase): Map<string, MirrorDoc> {
  const mirror = seen.get(db) ?? new Map<string, MirrorDoc>();
  seen.set(db, mirror);
  return mirror;
}

async function send(db: StudyDatabase, server: Server, now: Date): Promise<void> {
  const mirror = mirrorOf(db);
  // The first sync receives before it sends, as pouch-sync.ts does.
  if (!(await readSyncState(db)).scanned) {
    for (const [id, leaves] of server) {
      mirror.set(id, pickWinner(leaves as (MirrorDoc & { stamp?: string })[]));
    }
  }
  for (;;) {
    const state = await readSyncState(db);
    const outgoing = await collectOutgoing(
      db,
      state,
      (ids) =>
        Promise.resolve(
          new Map(ids.flatMap((id) => (mirror.get(id) ? [[id, mirror.get(id) as MirrorDoc]] : []))),
        ),
      () =>
        Promise.resolve(
          [...mirror.values()].filter((doc) =>
            doc._id.startsWith('cards:'),
          ) as unknown as CardsDoc[],
        ),
      now.getTime(),
    );
    for (const doc of outgoing.docs) {
      revs += 1;
      const written = { ...doc, _rev: String(revs) } as MirrorDoc;
      // A revision written over the one the server holds replaces it; else it is a conflict.
      const leaves = (server.get(doc._id) ?? []).filter(
        (leaf) => !('_rev' in doc) || leaf._rev !== doc._rev,
      );
      server.set(doc._id, [...leaves, written]);
      mirror.set(doc._id, written);
    }
    await markSent(db, outgoing);
    if (!outgoing.more) return;
  }
}

/** Applies the server's winners; then, as pouch-sync.ts after the last batch, the waiting states. */
async function receive(
  db: StudyDatabase,
  server: Server,
  now: Date,
  thenDerive = true,
): Promise<void> {
  const mirror = mirrorOf(db);
  const docs: IncomingDoc[] = [...server.entries()].map(([id, leaves]) => {
    const winner = pickWinner(leaves as (MirrorDoc & { stamp?: string })[]);
    server.set(id, [winner]);
    mirror.set(id, winner);
    return winner;
  });
  const state = await readSyncState(db);
  await applyIncoming(db, docs, revs, state.clock, now);
  if (thenDerive) await deriveWaiting(db, now);
}

async function cardOf(db: StudyDatabase, id: string) {
  const found = await db.cards.get(id);
  if (found === undefined) throw new Error(`no card ${id}`);
  return found;
}

let laptop: StudyDatabase;
let phone: StudyDatabase;
const deck = makeDeck('a', 6);
const other = makeDeck('b', 2);
const card = (index: number) => deck.cards[index]?.id ?? '';

beforeEach(async () => {
  seen.clear();
  laptop = openTestDatabase('sync-laptop');
  phone = openTestDatabase('sync-phone');
  await Promise.all([startSyncTracking(laptop), startSyncTracking(phone)]);
  await syncDecks(laptop, [deck, other], FIXED_NOW);
  await syncDecks(phone, [deck, other], minutesAfter(FIXED_NOW, 1));
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

  it('keeps the edits made elsewhere when a new device syncs for the first time', async () => {
    const server: Server = new Map();
    await send(laptop, server, FIXED_NOW);
    await edit(laptop, card(2), 'Edited on the laptop', FIXED_NOW);
    await send(laptop, server, FIXED_NOW);
    await later();
    // A device set up after the edit: its untouched copy of the bundled deck is newer.
    const tablet = openTestDatabase('sync-tablet');
    await syncDecks(tablet, [deck, other], FIXED_NOW);
    await ensureSyncDevice(tablet);
    await send(tablet, server, FIXED_NOW);
    await receive(tablet, server, FIXED_NOW);
    await receive(laptop, server, FIXED_NOW);

    expect((await tablet.cards.get(card(2)))?.front).toBe('Edited on the laptop');
    expect((await laptop.cards.get(card(2)))?.front).toBe('Edited on the laptop');
    await tablet.delete();
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

async function edit(db: StudyDatabase, id: string, front: string, at: Date) {
  const current = await cardOf(db, id);
  await editCardText(db, id, current.version, { front, back: 'B' }, at);
}

const later = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('deletions by sync', () => {
  it('deletes a card with its answers on the other device, the statistics in step', async () => {
    const server: Server = new Map();
    await answerIn(phone, card(0), Rating.Good, minutesAfter(FIXED_NOW, 2));
    await answerIn(phone, card(1), Rating.Good, minutesAfter(FIXED_NOW, 3));
    await syncBoth(server, minutesAfter(FIXED_NOW, 4));
    expect(await laptop.reviewLog.count()).toBe(2);
    await applyCardAction(laptop, [card(0)], { type: 'delete' }, minutesAfter(FIXED_NOW, 5));
    await syncBoth(server, minutesAfter(FIXED_NOW, 6));

    for (const db of [laptop, phone]) {
      expect(await db.cards.get(card(0))).toBeUndefined();
      expect((await db.reviewLog.toArray()).map((row) => row.cardId)).toEqual([card(1)]);
      await expectSummariesInStep(db);
    }
  });

  it('brings a deleted card back with its answers on both when the deletion is undone', async () => {
    const server: Server = new Map();
    await answerIn(laptop, card(1), Rating.Good, minutesAfter(FIXED_NOW, 1));
    await syncBoth(server, minutesAfter(FIXED_NOW, 2));
    const snapshot = await applyCardAction(
      laptop,
      [card(1)],
      { type: 'delete' },
      minutesAfter(FIXED_NOW, 3),
    );
    await syncBoth(server, minutesAfter(FIXED_NOW, 4));
    expect(await phone.cards.get(card(1))).toBeUndefined();
    await later();
    expect(await restoreCards(laptop, snapshot, minutesAfter(FIXED_NOW, 5))).toBe('restored');
    await syncBoth(server, minutesAfter(FIXED_NOW, 6));
    await syncBoth(server, minutesAfter(FIXED_NOW, 7));

    for (const db of [laptop, phone]) {
      expect((await db.cards.get(card(1)))?.reps).toBe(1);
      expect((await db.reviewLog.toArray()).map((row) => row.cardId)).toEqual([card(1)]);
      await expectSummariesInStep(db);
    }
  });

  it('moves a card’s answers with it to another deck on the other device', async () => {
    const server: Server = new Map();
    await answerIn(laptop, card(2), Rating.Good, minutesAfter(FIXED_NOW, 1));
    await syncBoth(server, minutesAfter(FIXED_NOW, 2));
    await applyCardAction(laptop, [card(2)], { type: 'move', deckId: 'b' }, FIXED_NOW);
    await syncBoth(server, minutesAfter(FIXED_NOW, 3));

    for (const db of [laptop, phone]) {
      expect((await db.cards.get(card(2)))?.deckId).toBe('b');
      expect((await db.reviewLog.toArray()).map((row) => row.deckId)).toEqual(['b']);
      await expectSummariesInStep(db);
    }
  });

  it('lets the later of a deletion and an edit of the same card win, the same on both', async () => {
    const server: Server = new Map();
    await syncBoth(server, FIXED_NOW);
    // Deleted, then edited later elsewhere: the edit wins and the card is back on both.
    await applyCardAction(laptop, [card(2)], { type: 'delete' }, FIXED_NOW);
    await later();
    await edit(phone, card(2), 'Kept', FIXED_NOW);
    // Edited, then deleted later elsewhere: the deletion wins.
    await edit(phone, card(3), 'Lost', FIXED_NOW);
    await later();
    await applyCardAction(laptop, [card(3)], { type: 'delete' }, FIXED_NOW);
    await syncBoth(server, FIXED_NOW);
    await syncBoth(server, FIXED_NOW);

    for (const db of [laptop, phone]) {
      expect((await db.cards.get(card(2)))?.front).toBe('Kept');
      expect(await db.cards.get(card(3))).toBeUndefined();
    }
  });

  it('removes an answer given to a card that another device deleted meanwhile', async () => {
    const server: Server = new Map();
    await syncBoth(server, FIXED_NOW);
    await applyCardAction(laptop, [card(4)], { type: 'delete' }, FIXED_NOW);
    await answerIn(phone, card(4), Rating.Good, minutesAfter(FIXED_NOW, 1));
    await syncBoth(server, minutesAfter(FIXED_NOW, 2));
    await syncBoth(server, minutesAfter(FIXED_NOW, 3));

    for (const db of [laptop, phone]) {
      expect(await db.cards.get(card(4))).toBeUndefined();
      expect(await db.reviewLog.count()).toBe(0);
      await expectSummariesInStep(db);
    }
  });

  it('brings a deck made from a document, with the document, and takes both away again', async () => {
    const server: Server = new Map();
    await syncBoth(server, FIXED_NOW);
    const notes = makeDeck('notes', 3);
    await addUserDeck(laptop, notes, { fileName: 'notes.md', text: '# Notes' }, FIXED_NOW);
    await syncBoth(server, minutesAfter(FIXED_NOW, 1));
    expect((await phone.decks.get('notes'))?.title).toBe(notes.title);
    expect(await phone.cards.where('deckId').equals('notes').count()).toBe(3);
    expect(await phone.deckSources.get('notes')).toMatchObject({
      fileName: 'notes.md',
      text: '# Notes',
    });

    await deleteDeck(phone, 'notes', minutesAfter(FIXED_NOW, 2));
    await syncBoth(server, minutesAfter(FIXED_NOW, 3));
    expect(await laptop.decks.get('notes')).toBeUndefined();
    expect(await laptop.cards.where('deckId').equals('notes').count()).toBe(0);
    expect(await laptop.deckSources.get('notes')).toBeUndefined();
  });

  it('deletes a deck with its cards, answers and quizzes on the other device, for good', async () => {
    const server: Server = new Map();
    const otherCard = other.cards[0]?.id ?? '';
    await answerIn(phone, otherCard, Rating.Easy, minutesAfter(FIXED_NOW, 1));
    await saveFinishedQuiz(phone, quizOn('b', otherCard, minutesAfter(FIXED_NOW, 2)));
    await syncBoth(server, minutesAfter(FIXED_NOW, 3));
    expect(await laptop.quizzes.count()).toBe(1);
    await deleteDeck(laptop, 'b', minutesAfter(FIXED_NOW, 4));
    await syncBoth(server, minutesAfter(FIXED_NOW, 5));

    for (const db of [laptop, phone]) {
      expect(await db.decks.get('b')).toBeUndefined();
      expect(await db.cards.where('deckId').equals('b').count()).toBe(0);
      expect(await db.reviewLog.count()).toBe(0);
      expect(await db.quizzes.count()).toBe(0);
      expect(await db.quizAnswers.count()).toBe(0);
      expect(await db.deletedDecks.get('b')).toBeDefined();
      await expectSummariesInStep(db);
    }
    // The start-up check of bundled decks does not bring it back on the phone.
    await syncDecks(phone, [deck, other], minutesAfter(FIXED_NOW, 6));
    expect(await phone.decks.get('b')).toBeUndefined();
  });
});

function quizOn(deckId: string, cardId: string, finishedAt: Date) {
  return {
    deckIds: [deckId],
    seed: 7,
    pool: 'all' as const,
    types: ['typed' as const],
    startedAt: minutesAfter(finishedAt, -2),
    finishedAt,
    answers: [
      {
        position: 0,
        type: 'typed' as const,
        deckId,
        cardIds: [cardId],
        items: [{ cardId, prompt: 'Q', given: 'A', expected: 'A', verdict: 'correct' as const }],
        verdict: 'correct' as const,
        score: 1,
        durationMs: 3000,
      },
    ],
  };
}

describe('answers packed in blocks (an imported history)', () => {
  /** Card ids with their answers' ratings, in time order, on `db`. */
  const history = async (db: StudyDatabase) =>
    (await allAnswers(db))
      .sort((x, y) => x.review.getTime() - y.review.getTime())
      .map((log) => [log.cardId, log.rating, log.uid]);

  /** The phone answers `cards` (Good, a minute apart), packs them and both devices sync. */
  async function packedOnPhone(cards: readonly number[]): Promise<Server> {
    const server: Server = new Map();
    for (const [index, each] of cards.entries()) {
      await answerIn(phone, card(each), Rating.Good, minutesAfter(FIXED_NOW, index + 1));
    }
    await packHistory(phone);
    await syncBoth(server, minutesAfter(FIXED_NOW, cards.length + 1));
    return server;
  }

  it('sends them to the other device, which derives the same states', async () => {
    const server: Server = new Map();
    await answerIn(laptop, card(0), Rating.Good, minutesAfter(FIXED_NOW, 1));
    await answerIn(laptop, card(1), Rating.Again, minutesAfter(FIXED_NOW, 2));
    await answerIn(laptop, card(0), Rating.Easy, minutesAfter(FIXED_NOW, 3));
    await packHistory(laptop);
    expect((await readSyncOverview(laptop)).waiting).toBeGreaterThanOrEqual(3);
    await syncBoth(server, minutesAfter(FIXED_NOW, 4));
    expect(await history(phone)).toEqual(await history(laptop));
    expect(await history(phone)).toHaveLength(3);
    expect(await fsrsOf(phone)).toEqual(await fsrsOf(laptop));
    expect((await cardOf(phone, card(0))).reps).toBe(2);
    // Sent once: the next round writes nothing more to the server.
    const written = [...server.values()].flat().length;
    await syncBoth(server, minutesAfter(FIXED_NOW, 5));
    expect([...server.values()].flat().length).toBe(written);
    // One document for the block, stored there as a block.
    expect([...server.keys()].filter((id) => id.startsWith('review:'))).toEqual([]);
    const sent = [...server.keys()].filter((id) => id.startsWith('answers:'));
    expect(sent).toHaveLength(await laptop.logBlocks.count());
    expect(await phone.reviewLog.count()).toBe(0);
    expect(
      (await phone.logBlocks.toCollection().primaryKeys()).map((id) => `answers:${id}`),
    ).toEqual([...sent].sort());
    await expectSummariesInStep(phone);
  });

  it('deletes and moves them with their cards, elsewhere and here, without doubles', async () => {
    const server = await packedOnPhone([0, 1, 2]);
    // The laptop holds them as rows: it deletes one card and moves another.
    await applyCardAction(laptop, [card(0)], { type: 'delete' }, minutesAfter(FIXED_NOW, 5));
    await applyCardAction(laptop, [card(1)], { type: 'move', deckId: 'b' }, FIXED_NOW);
    await syncBoth(server, minutesAfter(FIXED_NOW, 6));
    await syncBoth(server, minutesAfter(FIXED_NOW, 7));
    for (const db of [laptop, phone]) {
      expect(await answersOfCards(db, [card(0)])).toEqual([]);
      expect((await answersOfCards(db, [card(1)])).map((log) => log.deckId)).toEqual(['b']);
      expect(await answersOfCards(db, [card(2)])).toHaveLength(1);
      await expectSummariesInStep(db);
    }
    expect(await history(phone)).toEqual(await history(laptop));
  });

  it('takes them out of their blocks when another device forgets the card with its history', async () => {
    const server = await packedOnPhone([0, 0, 1]);
    const forget = { type: 'forget', keepHistory: false } as const;
    await applyCardAction(laptop, [card(0)], forget, minutesAfter(FIXED_NOW, 5));
    await syncBoth(server, minutesAfter(FIXED_NOW, 6));
    // The deletions name their card.
    const deleted = [...server.values()].flatMap((leaves) =>
      leaves.filter((leaf) => leaf._deleted === true),
    );
    expect(deleted.map((leaf) => leaf.cardId)).toEqual([card(0), card(0)]);
    for (const db of [laptop, phone]) {
      expect((await answersOfCards(db, [card(0)])).map((log) => log.rating)).toEqual([
        Rating.Manual,
      ]);
      expect(await answersOfCards(db, [card(1)])).toHaveLength(1);
      expect((await cardOf(db, card(0))).reps).toBe(0);
      await expectSummariesInStep(db);
    }
  });
});

describe('a deletion arriving alone', () => {
  it('finds an answer held in a block through the card it names', async () => {
    await answerIn(phone, card(0), Rating.Good, minutesAfter(FIXED_NOW, 1));
    await answerIn(phone, card(1), Rating.Good, minutesAfter(FIXED_NOW, 2));
    await packHistory(phone);
    const [gone] = await answersOfCards(phone, [card(0)]);
    const deletion = { _id: `review:${gone?.uid ?? ''}`, _deleted: true, cardId: card(0) };
    const { clock } = await readSyncState(phone);
    await applyIncoming(phone, [deletion], 1, clock, minutesAfter(FIXED_NOW, 3));
    expect(await answersOfCards(phone, [card(0)])).toEqual([]);
    expect((await cardOf(phone, card(0))).reps).toBe(0);
    expect(await answersOfCards(phone, [card(1)])).toHaveLength(1);
    await expectSummariesInStep(phone);
  });
});

describe('quiz history by sync', () => {
  it('brings a quiz finished on one device, with its answers, to the other once', async () => {
    const server: Server = new Map();
    await saveFinishedQuiz(laptop, quizOn('a', card(0), minutesAfter(FIXED_NOW, 1)));
    await saveFinishedQuiz(phone, quizOn('a', card(1), minutesAfter(FIXED_NOW, 2)));
    await syncBoth(server, minutesAfter(FIXED_NOW, 3));
    await syncBoth(server, minutesAfter(FIXED_NOW, 4));

    const history = async (db: StudyDatabase) => {
      const quizzes = await db.quizzes.orderBy('finishedAt').toArray();
      const answers = await db.quizAnswers.toArray();
      return quizzes.map((quiz) => ({
        uid: quiz.uid,
        finishedAt: quiz.finishedAt.toISOString(),
        correct: quiz.correct,
        cards: answers.filter((a) => a.quizId === quiz.id).map((a) => a.cardIds[0]),
      }));
    };
    const onLaptop = await history(laptop);
    expect(onLaptop.map((quiz) => quiz.cards)).toEqual([[card(0)], [card(1)]]);
    expect(await history(phone)).toEqual(onLaptop);
  });
});

describe('settings by sync', () => {
  it('shares a deck’s options and quiz options, but not this device’s language', async () => {
    const server: Server = new Map();
    await syncBoth(server, FIXED_NOW);
    const stored = await laptop.decks.get('a');
    if (stored === undefined) throw new Error('no deck a');
    await laptop.decks.put({ ...stored, options: { ...stored.options, newPerDay: 7 } });
    await saveQuizSettings(laptop, 'a', { ignoreAccents: false, countAsReviews: true });
    await writeSetting(laptop, SETTINGS.language, 'sk');
    await syncBoth(server, FIXED_NOW);

    const deckOnPhone = await phone.decks.get('a');
    expect(deckOnPhone?.options.newPerDay).toBe(7);
    expect(await loadQuizSettings(phone, deckOnPhone ?? stored)).toEqual({
      ignoreAccents: false,
      countAsReviews: true,
    });
    expect(await phone.settings.get(SETTINGS.language.key)).toBeUndefined();
  });
});

describe('changes waiting', () => {
  it('counts changes written to the mirror until they reach the server', async () => {
    await ensureSyncDevice(laptop);
    await answerIn(laptop, card(0), Rating.Good, minutesAfter(FIXED_NOW, 1));
    await edit(laptop, card(1), 'Changed', minutesAfter(FIXED_NOW, 2));
    // One answer, and the two decks and eight cards never sent (the edited one among them).
    expect((await readSyncOverview(laptop)).waiting).toBe(11);

    // Written to the mirror, but the server cannot be reached: still waiting.
    await send(laptop, new Map(), minutesAfter(FIXED_NOW, 3));
    expect(await laptop.syncOutbox.count()).toBe(0);
    expect((await readSyncOverview(laptop)).waiting).toBe(11);

    // Replicated: nothing waits.
    await writeSyncState(laptop, { unpushed: 0 });
    expect((await readSyncOverview(laptop)).waiting).toBe(0);
  });
});

describe('resets and reschedules by hand', () => {
  const at = (minutes: number) => minutesAfter(FIXED_NOW, minutes);

  it('resets a card on the other device too, an answer given there meanwhile before the reset', async () => {
    const server: Server = new Map();
    await answerIn(laptop, card(0), Rating.Good, at(1));
    await answerIn(laptop, card(0), Rating.Good, at(2));
    await syncBoth(server, at(3));
    await answerIn(phone, card(0), Rating.Easy, at(4));
    await applyCardAction(laptop, [card(0)], { type: 'forget', keepHistory: true }, at(5));
    await syncBoth(server, at(6));
    await syncBoth(server, at(7));

    for (const db of [laptop, phone]) {
      const reset = await cardOf(db, card(0));
      expect([reset.state, reset.reps, reset.due]).toEqual([State.New, 0, at(5)]);
      // The three answers stay as history, with the reset among them; none counts as a review.
      expect(await db.reviewLog.where('cardId').equals(card(0)).count()).toBe(4);
      await expectSummariesInStep(db);
    }
    expect(await fsrsOf(laptop)).toEqual(await fsrsOf(phone));
  });

  it('moves a due date on the other device too, and answers after it go on from there', async () => {
    const server: Server = new Map();
    await answerIn(laptop, card(1), Rating.Good, at(1));
    await answerIn(laptop, card(1), Rating.Good, at(12));
    await syncBoth(server, at(13));
    const due = minutesAfter(FIXED_NOW, 30 * 24 * 60);
    await applyCardAction(laptop, [card(1)], { type: 'reschedule', due }, at(14));
    await syncBoth(server, at(15));
    expect((await cardOf(phone, card(1))).due).toEqual(due);

    await answerIn(phone, card(1), Rating.Hard, at(16));
    await syncBoth(server, at(17));
    expect(await fsrsOf(laptop)).toEqual(await fsrsOf(phone));
    expect((await cardOf(laptop, card(1))).reps).toBe(3);
  });

  it('takes a reset back on the other device too when it is undone', async () => {
    const server: Server = new Map();
    await answerIn(laptop, card(2), Rating.Good, at(1));
    await syncBoth(server, at(2));
    const studied = await cardOf(phone, card(2));
    const snapshot = await applyCardAction(
      laptop,
      [card(2)],
      { type: 'forget', keepHistory: false },
      at(3),
    );
    await syncBoth(server, at(4));
    expect((await cardOf(phone, card(2))).state).toBe(State.New);

    expect(await restoreCards(laptop, snapshot, at(5))).toBe('restored');
    await syncBoth(server, at(6));
    await syncBoth(server, at(7));
    for (const db of [laptop, phone]) {
      const back = await cardOf(db, card(2));
      expect([back.state, back.reps, back.due]).toEqual([studied.state, 1, studied.due]);
      expect(await db.reviewLog.where('cardId').equals(card(2)).count()).toBe(1);
    }
  });
});

describe('what arrives by sync', () => {
  it('is applied without a note in the outbox, so nothing is sent back', async () => {
    const server: Server = new Map();
    await syncBoth(server, FIXED_NOW);
    await edit(laptop, card(2), 'Edited on the laptop', minutesAfter(FIXED_NOW, 1));
    await answerIn(laptop, card(1), Rating.Good, minutesAfter(FIXED_NOW, 2));
    await applyCardAction(laptop, [card(3)], { type: 'delete' }, minutesAfter(FIXED_NOW, 3));
    const stored = await cardOf(laptop, card(0));
    const deckA = await laptop.decks.get('a');
    if (deckA === undefined) throw new Error('no deck a');
    await laptop.decks.put({ ...deckA, options: { ...deckA.options, newPerDay: 7 } });
    await saveQuizSettings(laptop, 'a', { ignoreAccents: false, countAsReviews: true });
    await saveFinishedQuiz(laptop, quizOn('a', stored.id, minutesAfter(FIXED_NOW, 4)));
    await send(laptop, server, minutesAfter(FIXED_NOW, 5));
    await receive(phone, server, minutesAfter(FIXED_NOW, 5));

    expect((await phone.cards.get(card(2)))?.front).toBe('Edited on the laptop');
    expect((await phone.cards.get(card(1)))?.reps).toBe(1);
    expect(await phone.cards.get(card(3))).toBeUndefined();
    expect((await phone.decks.get('a'))?.options.newPerDay).toBe(7);
    expect(await phone.quizzes.count()).toBe(1);
    expect(await phone.syncOutbox.toArray()).toEqual([]);
    expect((await readSyncOverview(phone)).waiting).toBe(0);
  });
});

describe('cards sent packed (a first sync, an import)', () => {
  const ids = (server: Server, prefix: string) =>
    [...server.keys()].filter((id) => id.startsWith(prefix));
  const fronts = async (db: StudyDatabase) =>
    (await db.cards.orderBy('id').toArray()).map((c) => `${c.id}=${c.front}`);

  it('sends cards never sent as packs, one per thousand, which the other device builds', async () => {
    const server: Server = new Map();
    await edit(laptop, card(4), 'Edited before the first sync', FIXED_NOW);
    await syncBoth(server, FIXED_NOW);
    expect(ids(server, 'card:')).toEqual([]);
    expect(ids(server, 'cards:')).toHaveLength(1);
    const [pack] = ids(server, 'cards:').map((id) => server.get(id)?.[0] as unknown as CardsDoc);
    expect(pack?.cards.map((c) => c.id).sort()).toEqual(
      [...deck.cards, ...other.cards].map((c) => c.id).sort(),
    );
    expect((await phone.cards.get(card(4)))?.front).toBe('Edited before the first sync');
    expect(await fronts(phone)).toEqual(await fronts(laptop));
  });

  it('sends a later edit of a packed card as its own document, which wins in either order', async () => {
    const server: Server = new Map();
    await syncBoth(server, FIXED_NOW);
    await edit(phone, card(1), 'Edited after', minutesAfter(FIXED_NOW, 5));
    await syncBoth(server, minutesAfter(FIXED_NOW, 6));
    expect(ids(server, 'card:')).toEqual([`card:${card(1)}`]);
    expect((await laptop.cards.get(card(1)))?.front).toBe('Edited after');

    // A new device receiving the edit before the (older) pack keeps the edit.
    const tablet = openTestDatabase('sync-tablet-packs');
    const winners = [...server.values()].map(
      (leaves) => pickWinner(leaves as (MirrorDoc & { stamp?: string })[]) as IncomingDoc,
    );
    const byKind = (prefix: string) => winners.filter((doc) => doc._id.startsWith(prefix));
    const clock = (await readSyncState(tablet)).clock;
    const at = minutesAfter(FIXED_NOW, 7);
    await applyIncoming(tablet, byKind('deck:'), 1, clock, at);
    await applyIncoming(tablet, byKind('card:'), 2, clock, at);
    await applyIncoming(tablet, byKind('cards:'), 3, clock, at);
    expect((await tablet.cards.get(card(1)))?.front).toBe('Edited after');
    expect(await fronts(tablet)).toEqual(await fronts(laptop));
    await tablet.delete();
  });

  it('does not bring back a deleted card when its older pack arrives after the deletion', async () => {
    const server: Server = new Map();
    await syncBoth(server, FIXED_NOW);
    await applyCardAction(laptop, [card(2)], { type: 'delete' }, minutesAfter(FIXED_NOW, 5));
    await syncBoth(server, minutesAfter(FIXED_NOW, 6));
    expect(await phone.cards.get(card(2))).toBeUndefined();

    const tablet = openTestDatabase('sync-tablet-tombstone');
    const winners = [...server.values()].map(
      (leaves) => pickWinner(leaves as (MirrorDoc & { stamp?: string })[]) as IncomingDoc,
    );
    const clock = (await readSyncState(tablet)).clock;
    const at = minutesAfter(FIXED_NOW, 7);
    const tombstone = winners.filter((doc) => doc._id === `card:${card(2)}`);
    await applyIncoming(tablet, tombstone, 1, clock, at);
    await applyIncoming(
      tablet,
      winners.filter((doc) => doc._id !== `card:${card(2)}`),
      2,
      clock,
      at,
    );
    expect(await tablet.cards.get(card(2))).toBeUndefined();
    expect(await tablet.cards.count()).toBe(await laptop.cards.count());
    await tablet.delete();
  });

  it('still reads one document per card, as an older version of the app sends them', async () => {
    const tablet = openTestDatabase('sync-tablet-old');
    const stamp = formatStamp(ZERO_CLOCK, 'older');
    const deckDoc = { ...deckContent((await laptop.decks.get('a')) as DeckRecord), stamp };
    const cardDocs = (await laptop.cards.where('deckId').equals('a').toArray()).map((c) => ({
      ...cardContent(c),
      stamp,
    }));
    await applyIncoming(
      tablet,
      [deckDoc, ...cardDocs],
      1,
      (await readSyncState(tablet)).clock,
      FIXED_NOW,
    );
    expect((await tablet.cards.orderBy('id').toArray()).map((c) => c.front)).toEqual(
      (await laptop.cards.where('deckId').equals('a').sortBy('id')).map((c) => c.front),
    );
    await tablet.delete();
  });
});

describe('a first sync of a large deck', () => {
  it(`derives the states of ${String(ONE_PASS_CARDS)} cards and more once, after the last batch`, async () => {
    const big = makeDeck('big', ONE_PASS_CARDS);
    const server: Server = new Map();
    await syncDecks(laptop, [big], FIXED_NOW);
    const answered = big.cards[7]?.id ?? '';
    await answerIn(laptop, answered, Rating.Good, minutesAfter(FIXED_NOW, 1));
    await answerIn(laptop, answered, Rating.Good, minutesAfter(FIXED_NOW, 2));
    await send(laptop, server, minutesAfter(FIXED_NOW, 3));

    const tablet = openTestDatabase('sync-tablet-big');
    await ensureSyncDevice(tablet);
    await receive(tablet, server, minutesAfter(FIXED_NOW, 4), false);
    // Applied, not yet derived: the answers are there, the card still new.
    expect(await answersOfCards(tablet, [answered])).toHaveLength(2);
    expect((await cardOf(tablet, answered)).reps).toBe(0);

    const progress: [number, number][] = [];
    await deriveWaiting(tablet, minutesAfter(FIXED_NOW, 4), (done, total) => {
      progress.push([done, total]);
    });
    // Every card the batch brought: the big deck's and the two small decks'.
    expect(progress).toEqual([[0, ONE_PASS_CARDS + deck.cards.length + other.cards.length]]);
    const [here, there] = [await cardOf(tablet, answered), await cardOf(laptop, answered)];
    expect(here.reps).toBe(2);
    expect({ due: here.due, stability: here.stability }).toEqual({
      due: there.due,
      stability: there.stability,
    });
    expect(await tablet.syncState.get('underived')).toBeUndefined();
    await expectSummariesInStep(tablet);
    await tablet.delete();
  });

  it('derives them chunk by chunk, each card from all its answers, packed or not', async () => {
    const big = makeDeck('big', 2 * ONE_PASS_CARDS + 500);
    const server: Server = new Map();
    await syncDecks(laptop, [big], FIXED_NOW);
    // Cards across the deck, so in every chunk (two of ONE_PASS_CARDS cards, read in one pass,
    // and the rest, read card by card); their answers packed four to a block (a block holds
    // answers of several cards), and one more answer to two of them afterwards, as rows.
    const answered = [0, 1, 1999, 2000, 4001, 2 * ONE_PASS_CARDS + 499].map(
      (index) => big.cards[index]?.id ?? '',
    );
    let minute = 0;
    for (const rating of [Rating.Good, Rating.Again, Rating.Good]) {
      for (const id of answered) {
        minute += 1;
        await answerIn(laptop, id, rating, minutesAfter(FIXED_NOW, minute));
      }
    }
    await packHistory(laptop, 4);
    await answerIn(laptop, answered[2] ?? '', Rating.Hard, minutesAfter(FIXED_NOW, minute + 1));
    await answerIn(laptop, answered[5] ?? '', Rating.Easy, minutesAfter(FIXED_NOW, minute + 2));
    const now = minutesAfter(FIXED_NOW, minute + 3);
    await send(laptop, server, now);

    const tablet = openTestDatabase('sync-tablet-chunks');
    await ensureSyncDevice(tablet);
    await receive(tablet, server, now, false);
    const progress: [number, number][] = [];
    await deriveWaiting(
      tablet,
      now,
      (done, total) => {
        progress.push([done, total]);
      },
      ONE_PASS_CARDS,
    );
    const cards = big.cards.length + deck.cards.length + other.cards.length;
    expect(progress).toEqual([
      [0, cards],
      [ONE_PASS_CARDS, cards],
      [2 * ONE_PASS_CARDS, cards],
    ]);
    expect(await fsrsOf(tablet)).toEqual(await fsrsOf(laptop));
    const reps = await Promise.all(answered.map(async (id) => (await cardOf(tablet, id)).reps));
    expect(reps).toEqual([3, 3, 4, 3, 3, 4]);
    expect(await tablet.logBlocks.count()).toBe(await laptop.logBlocks.count());
    expect(await tablet.reviewLog.count()).toBe(2);
    expect(await tablet.syncState.get('underived')).toBeUndefined();
    await expectSummariesInStep(tablet);
    await tablet.delete();
  }, 60_000);
});
