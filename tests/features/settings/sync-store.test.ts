import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { saveSyncConfig } from '../../../src/storage/sync/sync-state.ts';
import { writeSyncPassword } from '../../../src/features/settings/sync/sync-password.ts';

const runSync = vi.hoisted(() => vi.fn<() => Promise<void>>());
vi.mock('../../../src/features/settings/sync/run-sync.ts', () => ({ runSync }));

const { startContinuousSync, useSyncStore } =
  await import('../../../src/features/settings/sync/sync-store.ts');
const { QUIET_MS } = await import('../../../src/features/settings/sync/quiet-gate.ts');

beforeEach(async () => {
  await resetDatabaseForTests();
  runSync.mockReset();
});
afterEach(() => {
  writeSyncPassword('');
  useSyncStore.setState({ running: false, progress: null });
});

/** Sync set up with "sync by itself" on and the password in the tab. */
async function setUpSyncByItself() {
  await saveSyncConfig(db, {
    server: 'http://127.0.0.1:5984',
    database: 'cards',
    user: 'me',
    continuous: true,
  });
  writeSyncPassword('secret');
}

describe('the sync store', () => {
  it('runs one round when "Sync now" and the automatic round start together', async () => {
    await setUpSyncByItself();
    let finish: () => void = () => undefined;
    runSync.mockImplementation(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const first = useSyncStore.getState().syncNow();
    const second = useSyncStore.getState().syncNow();
    await vi.waitFor(() => {
      expect(runSync).toHaveBeenCalled();
    });
    finish();
    await Promise.all([first, second]);
    expect(runSync).toHaveBeenCalledTimes(1);
    expect(useSyncStore.getState().running).toBe(false);
  });

  it('is not left running when sync is not set up', async () => {
    await useSyncStore.getState().syncNow();
    expect(runSync).not.toHaveBeenCalled();
    expect(useSyncStore.getState().running).toBe(false);
  });

  it('starts its automatic round only once the learner stops answering', async () => {
    await setUpSyncByItself();
    runSync.mockResolvedValue();
    // Timers and the clock only: fake-indexeddb runs on the real setImmediate.
    vi.useFakeTimers({
      toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'],
    });
    try {
      const press = (key: string) => {
        window.dispatchEvent(new KeyboardEvent('keydown', { key }));
      };
      press(' ');
      startContinuousSync();
      // Answers, each a reveal and a grade, 150 ms apart for 6 s: no round meanwhile.
      for (let step = 0; step < 40; step += 1) {
        await vi.advanceTimersByTimeAsync(150);
        press(step % 2 === 0 ? '3' : ' ');
      }
      await new Promise((resolve) => setImmediate(resolve));
      expect(runSync).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(QUIET_MS + 10);
      await vi.waitFor(() => {
        expect(runSync).toHaveBeenCalledTimes(1);
      });
    } finally {
      vi.useRealTimers();
    }
  });
});
