import 'fake-indexeddb/auto';
import { describe, expect, it, onTestFinished } from 'vitest';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { openDatabase, trackSyncIfSetUp } from '../../../src/storage/db.ts';
import { editCardText } from '../../../src/storage/study-repository.ts';
import { saveSyncConfig } from '../../../src/storage/sync/sync-state.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';

const deck = makeDeck('a', 3);
const first = deck.cards[0]?.id ?? '';
const CONFIG = { server: 'http://127.0.0.1:5984', database: 'd', user: 'u', continuous: false };

describe('sync tracking in a tab opened before sync was set up in another tab', () => {
  it('starts without a reload: the tab’s next edit is noted for sending', async () => {
    // Two tabs of one browser profile: two connections to the same database.
    const settingsTab = openDatabase('sync-tracking-tabs');
    const studyTab = openDatabase('sync-tracking-tabs');
    onTestFinished(async () => {
      studyTab.close();
      await settingsTab.delete();
    });
    await syncDecks(studyTab, [deck], FIXED_NOW);
    expect(await trackSyncIfSetUp(studyTab)).toBe(false);

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
      .toEqual([`card:${first}`]);
  });
});
