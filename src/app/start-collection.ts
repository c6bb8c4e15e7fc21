import { loadBlockColumnsWhenFlagged, trackSyncIfSetUp } from '../storage/db.ts';
import { db } from '../storage/database.ts';
import { syncDecks } from '../storage/deck-sync.ts';
import { fetchBundledDecks } from './bundled-decks.ts';

/**
 * Opens the database and brings the bundled decks into it (a no-op when they are current). The
 * decks download while the database opens; storing waits for both, so a screen shown afterwards
 * reads decks as current as the app that shows them. When sync is set up, its change tracking
 * starts before anything is written; the result says whether it is.
 */
export async function startCollection(now: Date): Promise<boolean> {
  const [decks, syncSetUp] = await Promise.all([
    fetchBundledDecks(),
    db.open().then(() => {
      loadBlockColumnsWhenFlagged(db);
      return trackSyncIfSetUp(db);
    }),
  ]);
  await syncDecks(db, decks, now);
  return syncSetUp;
}
