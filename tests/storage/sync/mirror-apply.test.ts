import 'fake-indexeddb/auto';
import PouchDB, { type Pouch } from 'pouchdb-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { answersOfCards } from '../../../src/storage/answer-log.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { openDatabase, startSyncTracking, type StudyDatabase } from '../../../src/storage/db.ts';
import { applyMirrorChanges, sendLocalChanges } from '../../../src/storage/sync/pouch-sync.ts';
import { reviewDoc } from '../../../src/storage/sync/sync-docs.ts';
import { ensureSyncDevice, readSyncState } from '../../../src/storage/sync/sync-state.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { packHistory } from '../../helpers/packed-history.ts';
import { answerIn } from '../../helpers/study-answers.ts';
import { expectSummariesInStep } from '../../helpers/summaries.ts';
import { openTestDatabase } from '../../helpers/test-database.ts';

/**
 * A round's sending and applying against a real PouchDB mirror (on fake-indexeddb): what the
 * round itself wrote into the mirror is not applied again, an answer given meanwhile goes in the
 * next round, once, and an older version's bare deletion of an answer is found in a block.
 */
const deck = makeDeck('a', 4);
const card = (index: number) => deck.cards[index]?.id ?? '';
const at = (minutes: number) => minutesAfter(FIXED_NOW, minutes);

let phone: StudyDatabase;
let mirror: Pouch.Database;
let mirrors = 0;

beforeEach(async () => {
  mirrors += 1;
  phone = openTestDatabase('mirror-phone');
  mirror = new PouchDB(`mirror-${String(mirrors)}`);
  await startSyncTracking(phone);
  await syncDecks(phone, [deck], FIXED_NOW);
  await ensureSyncDevice(phone);
});

/** A round without a server: this device's changes into the mirror, then the mirror's applied. */
async function round(now: Date, during?: () => Promise<unknown>) {
  const written = await sendLocalChanges(phone, mirror, () => now.getTime());
  await during?.();
  await applyMirrorChanges(phone, mirror, written, () => now);
  return written;
}

/** Read-write transactions of `db` over its cards while `run` runs (each one holds answers up). */
async function writeLocksOnCards(db: StudyDatabase, run: () => Promise<unknown>) {
  const transaction = vi.spyOn(db, 'transaction');
  await run();
  const locks = transaction.mock.calls.filter(
    (call) => call[0] === 'rw' && (call as unknown[]).flat().includes(db.cards),
  ).length;
  transaction.mockRestore();
  return locks;
}

async function reviewDocs() {
  const all = await mirror.allDocs({
    startkey: 'review:',
    endkey: 'review:\uffff',
    include_docs: true,
  });
  return all.rows.map((row) => ({ id: row.id, rev: row.value.rev }));
}

describe('a round’s own writes to the mirror', () => {
  it('are not applied again: the round takes no write lock on the cards for them', async () => {
    await round(at(0));
    await answerIn(phone, card(0), Rating.Good, at(1));
    await answerIn(phone, card(1), Rating.Again, at(2));
    const before = await phone.cards.toArray();
    const locks = await writeLocksOnCards(phone, () => round(at(3)));
    expect(locks).toBe(0);
    expect(await phone.cards.toArray()).toEqual(before);
    expect((await readSyncState(phone)).appliedSeq).toBe((await mirror.info()).update_seq);
    expect(await reviewDocs()).toHaveLength(2);
  });

  it('still applies what another device wrote in the same batch', async () => {
    const laptop = openTestDatabase('mirror-laptop');
    await syncDecks(laptop, [deck], FIXED_NOW);
    await answerIn(laptop, card(2), Rating.Good, at(1));
    const [row] = await laptop.reviewLog.toArray();
    if (row?.uid === undefined) throw new Error('no answer on the laptop');
    await answerIn(phone, card(0), Rating.Good, at(2));
    await round(at(3), () => mirror.put({ ...reviewDoc({ ...row, uid: row.uid ?? '' }) }));
    expect((await phone.cards.get(card(2)))?.reps).toBe(1);
    expect((await phone.cards.get(card(0)))?.reps).toBe(1);
    expect(await phone.reviewLog.count()).toBe(2);
    await expectSummariesInStep(phone);
  });

  it('leave an answer given while the round runs for the next round, which sends it once', async () => {
    await answerIn(phone, card(0), Rating.Good, at(1));
    await round(at(2), () => answerIn(phone, card(1), Rating.Good, at(2)));
    const [first, second] = await phone.reviewLog.orderBy('id').toArray();
    expect((await reviewDocs()).map((doc) => doc.id)).toEqual([`review:${first?.uid ?? ''}`]);
    const next = await round(at(3));
    expect([...next.keys()].filter((id) => id.startsWith('review:'))).toEqual([
      `review:${second?.uid ?? ''}`,
    ]);
    const docs = await reviewDocs();
    expect(docs).toHaveLength(2);
    // Each written once: its first revision.
    expect(docs.every((doc) => doc.rev.startsWith('1-'))).toBe(true);
    await round(at(4));
    expect(await reviewDocs()).toEqual(docs);
    expect(await phone.reviewLog.count()).toBe(2);
  });
});

describe('answers given between rounds', () => {
  it('reach the mirror in one write and the server in one request, however many', async () => {
    const server = new PouchDB(`server-${String(mirrors)}`);
    await round(at(0));
    await mirror.replicate.to(server, { batch_size: 500 });
    for (let answer = 0; answer < 120; answer += 1) {
      await answerIn(phone, card(answer % 4), Rating.Good, at(1 + answer));
    }
    const mirrorWrites = vi.spyOn(mirror, 'bulkDocs');
    await round(at(200));
    const serverWrites = vi.spyOn(server, 'bulkDocs');
    await mirror.replicate.to(server, { batch_size: 500 });
    expect(mirrorWrites).toHaveBeenCalledTimes(1);
    expect(serverWrites).toHaveBeenCalledTimes(1);
    const onServer = await server.allDocs({
      startkey: 'review:',
      endkey: 'review:\uffff',
      include_docs: false,
    });
    const uids = (await phone.reviewLog.toArray()).map((row) => `review:${row.uid ?? ''}`);
    expect(onServer.rows.map((row) => row.id).sort()).toEqual(uids.sort());
    expect(uids).toHaveLength(120);
  });

  it('are sent by the first round after the page closed before its round (a crash)', async () => {
    await round(at(0));
    await answerIn(phone, card(0), Rating.Good, at(1));
    await answerIn(phone, card(1), Rating.Again, at(2));
    const given = (await phone.reviewLog.toArray()).map((row) => `review:${row.uid ?? ''}`);
    phone.close();
    phone = openDatabase(phone.name);
    await startSyncTracking(phone);
    await round(at(3));
    expect((await reviewDocs()).map((doc) => doc.id).sort()).toEqual(given.sort());
    expect(given).toHaveLength(2);
  });
});

describe('a deletion from an older version (no card named)', () => {
  it('finds the answer held here in a block through the revision it deleted', async () => {
    await answerIn(phone, card(0), Rating.Good, at(1));
    await answerIn(phone, card(1), Rating.Good, at(2));
    await round(at(3));
    await packHistory(phone);
    const [gone] = await answersOfCards(phone, [card(0)]);
    const id = `review:${gone?.uid ?? ''}`;
    const held = await mirror.get(id);
    // As an older version deletes an answer: the deletion alone, no card in it.
    await mirror.bulkDocs([{ _id: id, _rev: held._rev, _deleted: true }]);
    await applyMirrorChanges(phone, mirror, new Map(), () => at(4));
    expect(await answersOfCards(phone, [card(0)])).toEqual([]);
    expect((await phone.cards.get(card(0)))?.reps).toBe(0);
    expect(await answersOfCards(phone, [card(1)])).toHaveLength(1);
    await expectSummariesInStep(phone);
  });
});
