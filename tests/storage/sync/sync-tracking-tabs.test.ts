import 'fake-indexeddb/auto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { openDatabase, startSyncTracking, trackSyncIfSetUp } from '../../../src/storage/db.ts';
import { editCardText } from '../../../src/storage/study-repository.ts';
import { saveSyncConfig } from '../../../src/storage/sync/sync-state.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';

const deck = makeDeck('a', 3);
const first = deck.cards[0]?.id ?? '';
const CONFIG = { server: 'http://127.0.0.1:5984', database: 'd', user: 'u', continuous: false };

/**
 * Two tabs of one browser profile (two connections to one database) before sync is set up: the
 * study tab holds a deck and watches for the set-up.
 */
async function twoTabs(name: string) {
  const settingsTab = openDatabase(name);
  const studyTab = openDatabase(name);
  onTestFinished(async () => {
    studyTab.close();
    await settingsTab.delete();
  });
  await syncDecks(studyTab, [deck], FIXED_NOW);
  expect(await trackSyncIfSetUp(studyTab)).toBe(false);
  return { settingsTab, studyTab };
}

describe('sync tracking in a tab opened before sync was set up in another tab', () => {
  it('starts without a reload: the tab’s next edit is noted for sending', async () => {
    const { settingsTab, studyTab } = await twoTabs('sync-tracking-tabs');

    await saveSyncConfig(settingsTab, CONFIG);
    await expect
      .poll(async () => {
        const card = await studyTab.cards.get(first);
        await editCardText(
          studyTab,
          first,
          card?.version ?? 0,
          { front: `Edited at ${String(Date.now())}`, back: 'b' },
          FIXED_NOW,
        );
        return (await studyTab.syncOutbox.toArray()).map((note) => note.key);
      })
      .toEqual(['*', `card:${first}`]);
  });

  it('asks for every record to be compared once it learns of the set-up, for a write made before', async () => {
    const { settingsTab, studyTab } = await twoTabs('sync-tracking-tabs-window');
    // Sync is set up in the other tab, and this tab edits a card before it has heard of it.
    await saveSyncConfig(settingsTab, CONFIG);
    await editCardText(studyTab, first, 1, { front: 'Edited in the gap', back: 'b' }, FIXED_NOW);
    await expect
      .poll(async () => (await settingsTab.syncOutbox.toArray()).map((note) => note.key))
      .toContain('*');
  });

  it('keeps a write whose transaction began before the tracking started', async () => {
    const db = openDatabase('sync-tracking-tabs-mid');
    onTestFinished(() => db.delete());
    await syncDecks(db, [deck], FIXED_NOW);
    await db.transaction('rw', db.cards, async () => {
      const card = await db.cards.get(first);
      if (card === undefined) throw new Error('no card');
      // The tracking starts (sync set up in another tab) while this transaction runs.
      await startSyncTracking(db);
      await db.cards.put({ ...card, front: 'Written mid-way' });
    });
    expect((await db.cards.get(first))?.front).toBe('Written mid-way');
  });
});
