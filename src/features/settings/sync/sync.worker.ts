/**
 * Runs sync rounds off the main thread: PouchDB replicates and the arriving changes are applied
 * to IndexedDB here, with the worker's own connection to the database (Dexie tells the page's
 * live queries what changed), so a first sync of a million answers never blocks studying.
 */
import { clock } from '../../../config/clock.ts';
import { openDatabase, startSyncTracking } from '../../../storage/db.ts';
import { syncOnce } from '../../../storage/sync/pouch-sync.ts';
import { serveSync } from './sync-protocol.ts';

serveSync(self, async ({ config, password }, onProgress) => {
  const db = openDatabase();
  try {
    await startSyncTracking(db);
    await syncOnce(db, config, password, clock, onProgress);
  } finally {
    db.close();
  }
});
