/**
 * Sync's session state (running or not, its progress and last error) and its one write helper,
 * `syncNow`. The engine (storage/sync/pouch-sync.ts, with PouchDB) runs in a worker (run-sync.ts),
 * which loads on the first round only.
 * While "sync by itself" is on, a round runs every {@link CONTINUOUS_INTERVAL_MS}, when the page
 * starts and when the browser comes back online, each once the page is quiet (quiet-gate.ts: not
 * while the learner is answering); never two at once, and never on the study path.
 */
import { create } from 'zustand';
import { clock } from '../../../config/clock.ts';
import { db } from '../../../storage/database.ts';
import { readSyncState } from '../../../storage/sync/sync-state.ts';
import type { SyncProgress } from '../../../storage/sync/pouch-sync.ts';
import { runSync } from './run-sync.ts';
import { readSyncPassword } from './sync-password.ts';
import { quietGate, type QuietGate } from './quiet-gate.ts';

export const CONTINUOUS_INTERVAL_MS = 30_000;

interface SyncSession {
  running: boolean;
  progress: SyncProgress | null;
  syncNow: () => Promise<void>;
}

export const useSyncStore = create<SyncSession>()((set, get) => ({
  running: false,
  progress: null,
  syncNow: async () => {
    if (get().running) return;
    // Marked running before the settings are read: a second call meanwhile (the round that
    // ticking "sync by itself" starts, and "Sync now") must not start a round of its own.
    set({ running: true, progress: null });
    try {
      const { config } = await readSyncState(db);
      const password = readSyncPassword();
      if (config === null || password === '') return;
      await runSync({ config, password }, (progress) => {
        set({ progress });
      });
    } catch {
      // The engine stored the reason in the sync status, which Settings shows.
    } finally {
      set({ running: false, progress: null });
    }
  },
}));

let timer: ReturnType<typeof setInterval> | undefined;
let gate: QuietGate | undefined;

function roundIfOn(): void {
  gate?.whenQuiet(() => {
    void readSyncState(db).then(({ config }) => {
      if (config?.continuous === true && navigator.onLine) void useSyncStore.getState().syncNow();
    });
  });
}

/**
 * Starts the background rounds (once per page; they check the setting each time). "Sync now"
 * does not wait for a quiet moment.
 */
export function startContinuousSync(): void {
  if (timer !== undefined) return;
  gate = quietGate(window, () => clock.now().getTime());
  timer = setInterval(roundIfOn, CONTINUOUS_INTERVAL_MS);
  window.addEventListener('online', roundIfOn);
  roundIfOn();
}
