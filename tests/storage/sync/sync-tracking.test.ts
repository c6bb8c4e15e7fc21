import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import { createScheduler, Rating } from '../../../src/domain/scheduling/scheduler.ts';
import { journalAnswer, replayJournal } from '../../../src/storage/answer-journal.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { trackSyncIfSetUp, type StudyDatabase } from '../../../src/storage/db.ts';
import { editCardText, prepareAnswer } from '../../../src/storage/study-repository.ts';
import { saveSyncConfig } from '../../../src/storage/sync/sync-state.ts';
import { cardsTableMiddleware } from '../../helpers/cards-table-middleware.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { answerIn } from '../../helpers/study-answers.ts';
import { openTestDatabase } from '../../helpers/test-database.ts';

const deck = makeDeck('a', 3);
const first = deck.cards[0]?.id ?? '';
const CONFIG = { server: 'http://127.0.0.1:5984', database: 'd', user: 'u', continuous: false };

let db: StudyDatabase;
/** Card reads that reach IndexedDB (below every middleware of the app). */
let cardReads: number;

const countCardReads = cardsTableMiddleware('count-card-reads', (table) => ({
  get: (req) => {
    cardReads += 1;
    return table.get(req);
  },
  getMany: (req) => {
    cardReads += 1;
    return table.getMany(req);
  },
}));

async function outbox() {
  return (await db.syncOutbox.toArray()).map((note) => note.key);
}

beforeEach(async () => {
  db = openTestDatabase('sync-tracking');
  db.use(countCardReads);
  cardReads = 0;
  await syncDecks(db, [deck], FIXED_NOW);
});

describe('sync tracking before sync is set up', () => {
  it('is not loaded: edits note nothing, yet new answers get a uid for a later first sync', async () => {
    expect(await trackSyncIfSetUp(db)).toBe(false);
    const card = await answerIn(db, first, Rating.Good, FIXED_NOW);
    await editCardText(db, first, card.version, { front: 'New front', back: 'b' }, FIXED_NOW);
    expect(await outbox()).toEqual([]);
    const [log] = await db.reviewLog.toArray();
    expect(log?.uid).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('sync tracking once sync is set up', () => {
  beforeEach(async () => {
    await saveSyncConfig(db, CONFIG);
    expect(await trackSyncIfSetUp(db)).toBe(true);
  });

  it('notes an edited card, and an answered card not at all', async () => {
    const card = await answerIn(db, first, Rating.Good, FIXED_NOW);
    expect(await outbox()).toEqual([]);
    await editCardText(db, first, card.version, { front: 'New front', back: 'b' }, FIXED_NOW);
    expect(await outbox()).toEqual([`card:${first}`]);
  });

  it('compares an answered card with the row the answer read: no read of its own', async () => {
    const version = (await db.cards.get(first))?.version ?? 0;
    cardReads = 0;
    await answerIn(db, first, Rating.Good, minutesAfter(FIXED_NOW, 1));
    // answerIn's own read of the version, then the answer's check of the card; nothing more.
    expect(cardReads).toBe(2);
    expect((await db.cards.get(first))?.version).toBe(version + 1);
  });

  it('a replayed journal answer is an answer like any other: nothing noted, no read of its own', async () => {
    const card = await db.cards.get(first);
    if (card === undefined) throw new Error('no card');
    const answer = prepareAnswer(createScheduler(DEFAULT_DECK_OPTIONS), card, {
      rating: Rating.Good,
      now: minutesAfter(FIXED_NOW, 1),
      durationMs: 1000,
    });
    localStorage.clear();
    journalAnswer(answer);
    cardReads = 0;
    expect((await replayJournal(db)).written).toBe(1);
    // The write's check of the card, nothing more; the new row is sent by its local id.
    expect(cardReads).toBe(1);
    expect(await outbox()).toEqual([]);
    expect((await db.reviewLog.toArray()).map((row) => row.uid)).toEqual([answer.log.uid]);
  });

  it('notes a card changed in place after it was read in the same transaction', async () => {
    await db.transaction('rw', db.cards, async () => {
      const card = await db.cards.get(first);
      if (card === undefined) throw new Error('no card');
      card.suspended = true;
      await db.cards.put(card);
    });
    expect(await outbox()).toEqual([`card:${first}`]);
  });

  it('notes each card an add writes, and not one it refuses (its id is stored)', async () => {
    const stored = await db.cards.get(first);
    if (stored === undefined) throw new Error('no card');
    const added = [
      { ...stored, id: 'a:new:1' },
      { ...stored, front: 'Changed, but refused' },
      { ...stored, id: 'a:new:2' },
    ];
    await expect(db.cards.bulkAdd(added)).rejects.toThrow();
    expect(await outbox()).toEqual(['card:a:new:1', 'card:a:new:2']);
    expect((await db.cards.get(first))?.front).toBe(stored.front);
  });

  it('reads the replaced card when the transaction did not', async () => {
    const card = await db.cards.get(first);
    if (card === undefined) throw new Error('no card');
    cardReads = 0;
    await db.cards.put({ ...card, back: 'Another back' });
    expect(cardReads).toBe(1);
    expect(await outbox()).toEqual([`card:${first}`]);
  });
});
