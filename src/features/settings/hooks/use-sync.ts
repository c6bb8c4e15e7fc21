import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { db } from '../../../storage/database.ts';
import { startSyncTracking } from '../../../storage/db.ts';
import {
  readSyncOverview,
  saveSyncConfig,
  type SyncConfig,
} from '../../../storage/sync/sync-state.ts';
import { writeSyncPassword } from '../sync/sync-password.ts';
import { startContinuousSync, useSyncStore } from '../sync/sync-store.ts';

/** Sync's settings and status for the Settings screen, and its actions. */
export function useSync() {
  const overview = useLiveQuery(() => readSyncOverview(db), []);
  const running = useSyncStore((state) => state.running);
  const progress = useSyncStore((state) => state.progress);
  const syncNow = useSyncStore((state) => state.syncNow);
  const save = useCallback(async (config: SyncConfig, password: string) => {
    writeSyncPassword(password);
    await startSyncTracking(db);
    await saveSyncConfig(db, config);
    if (config.continuous) startContinuousSync();
  }, []);
  return { overview, running, progress, syncNow, save };
}
