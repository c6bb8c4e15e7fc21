import { loadBlockColumnsWhenFlagged, trackSyncIfSetUp } from '../storage/db.ts';
import { db } from '../storage/database.ts';
import { syncDecks } from '../storage/deck-sync.ts';
import { journalKeys, NOTHING_REPLAYED, type JournalReplay } from '../storage/journal-keys.ts';
import { fetchBundledDecks } from './bundled-decks.ts';

export interface StartedCollection {
  /** Whether sync is set up (its change tracking is on). */
  readonly syncSetUp: boolean;
  /** The answers left in the journal by the last page, written now (storage/answer-journal.ts). */
  readonly journal: JournalReplay;
}

/**
 * Opens the database and brings the bundled decks into it (a no-op when they are current). The
 * decks download while the database opens; storing waits for both, so a screen shown afterwards
 * reads decks as current as the app that shows them. When sync is set up, its change tracking
 * starts before anything is written. Answers the last page showed as given but did not commit
 * are written next, before the decks and before any screen reads the queue or statistics.
 */
export async function startCollection(now: Date): Promise<StartedCollection> {
  const [decks, [syncSetUp, journal]] = await Promise.all([
    fetchBundledDecks(),
    db.open().then(async () => {
      loadBlockColumnsWhenFlagged(db);
      const tracked = await trackSyncIfSetUp(db);
      // The journal's code loads only when it holds an answer: nearly never.
      const journal =
        journalKeys().length === 0
          ? NOTHING_REPLAYED
          : await import('../storage/answer-journal.ts').then((module) => module.replayJournal(db));
      return [tracked, journal] as const;
    }),
  ]);
  await syncDecks(db, decks, now);
  return { syncSetUp, journal };
}
