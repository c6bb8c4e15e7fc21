import { APP_VERSION } from '../config/app-version.ts';
import { clock } from '../config/clock.ts';
import { db } from '../storage/database.ts';

function snapshotNow(): void {
  // A snapshot is a safety net, not a feature the learner is waiting for: a failure (a full
  // disk, say) is logged and studying goes on. Its code (the whole backup format) is loaded
  // only now, after the first screen, so the first page does not carry it.
  import('../storage/snapshots.ts')
    .then(({ takeDailySnapshot }) =>
      takeDailySnapshot(db, { now: clock.now(), appVersion: APP_VERSION }),
    )
    .catch((error: unknown) => {
      console.warn('Daily snapshot failed', error);
    });
}

/**
 * How long after start-up today's snapshot waits. It reads the whole collection (and even
 * deciding to skip it reads the review log), and IndexedDB answers one request after another:
 * started with the first screen, it held up that screen's reads.
 */
export const SNAPSHOT_DELAY_MS = 3000;

/**
 * Takes today's snapshot {@link SNAPSHOT_DELAY_MS} after start-up and whenever the page becomes
 * visible again, so a tab left open overnight still gets one the next day. Returns a function
 * that stops both.
 */
export function keepDailySnapshots(): () => void {
  const timer = setTimeout(snapshotNow, SNAPSHOT_DELAY_MS);
  const onVisible = () => {
    if (document.visibilityState === 'visible') snapshotNow();
  };
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}
