import { db } from '../storage/database.ts';
import { syncDecks } from '../storage/deck-sync.ts';
import { fetchBundledDecks } from './bundled-decks.ts';

/** Opens the database and brings the bundled decks into it (a no-op when they are current). */
export async function startCollection(now: Date): Promise<void> {
  await db.open();
  await syncDecks(db, await fetchBundledDecks(), now);
}
