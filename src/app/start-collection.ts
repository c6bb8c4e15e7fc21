import { db } from '../storage/database.ts';
import { syncDecks } from '../storage/deck-sync.ts';
import { fetchBundledDecks } from './bundled-decks.ts';

/**
 * Opens the database and brings the bundled decks into it (a no-op when they are current). The
 * decks download while the database opens; storing waits for both, so a screen shown afterwards
 * reads decks as current as the app that shows them.
 */
export async function startCollection(now: Date): Promise<void> {
  const [decks] = await Promise.all([fetchBundledDecks(), db.open()]);
  await syncDecks(db, decks, now);
}
