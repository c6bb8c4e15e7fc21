import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { keepDailySnapshots, SNAPSHOT_DELAY_MS } from '../../src/app/daily-snapshot.ts';
import { clock } from '../../src/config/clock.ts';
import { Rating } from '../../src/domain/scheduling/scheduler.ts';
import { db, resetDatabaseForTests } from '../../src/storage/database.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { makeDeck } from '../helpers/decks.ts';
import { FIXED_NOW } from '../helpers/fixed-clock.ts';
import { answerAt } from '../helpers/study-answers.ts';
import * as snapshots from '../../src/storage/snapshots.ts';

// The real snapshot, watched: the tests see when the app asks for one.
vi.mock('../../src/storage/snapshots.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof snapshots>();
  return { ...actual, takeDailySnapshot: vi.fn(actual.takeDailySnapshot) };
});

const realNow = clock.now;

/** Lets pending work run: the snapshot's dynamic import, fake-indexeddb (real setImmediate). */
async function settle() {
  for (let turn = 0; turn < 20; turn += 1) {
    await new Promise((resolve) => setImmediate(resolve));
  }
}

beforeEach(async () => {
  vi.mocked(snapshots.takeDailySnapshot).mockClear();
  clock.now = () => FIXED_NOW;
  await resetDatabaseForTests();
  const deck = makeDeck('a', 3);
  await syncDecks(db, [deck], FIXED_NOW);
  await answerAt(deck.cards[0]?.id ?? '', Rating.Good, FIXED_NOW);
  // Only the delay is faked; IndexedDB keeps its real scheduling.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  vi.useRealTimers();
  clock.now = realNow;
});

describe('keepDailySnapshots', () => {
  it("takes the day's snapshot only once the first screen has had the database to itself", async () => {
    const stop = keepDailySnapshots();
    vi.advanceTimersByTime(SNAPSHOT_DELAY_MS - 1);
    await settle();
    expect(snapshots.takeDailySnapshot).not.toHaveBeenCalled();

    vi.advanceTimersByTime(1);
    await vi.waitFor(async () => {
      expect(await db.snapshots.count()).toBe(1);
    });
    stop();
  });

  it('takes none when stopped before the delay is over', async () => {
    keepDailySnapshots()();
    vi.advanceTimersByTime(SNAPSHOT_DELAY_MS);
    await settle();
    expect(snapshots.takeDailySnapshot).not.toHaveBeenCalled();
    expect(await db.snapshots.count()).toBe(0);
  });
});
