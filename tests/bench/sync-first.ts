/**
 * The sync figures: with a server holding a collection (seeded by the bench page, see
 * page/sync-seed.ts), an empty device's
 * first sync through Settings → Sync, timed from "Sync now" to the status line's "Last sync",
 * with the longest main-thread task meanwhile; and answers timed with sync set up and its rounds
 * running.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { countReviewLog } from '../e2e/idb.ts';
import type { SyncServer } from './bench-api.ts';

declare global {
  interface Window {
    /** Set by the init script below: long tasks seen. */
    benchSyncLongTasks?: { start: number; duration: number }[];
  }
}

function observeLongTasks(): void {
  window.benchSyncLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.benchSyncLongTasks?.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: false });
}

/** How often the status line is read: the figure's end is this late at most (and a read's time). */
const POLL_MS = 250;

/** Fills Settings → Sync with `server` (sync by itself while online ticked). */
async function setUpSync(page: Page, server: SyncServer) {
  const sync = page.getByRole('region', { name: 'Sync' });
  await sync.getByLabel('Server').fill(server.url);
  await sync.getByLabel('Database').fill(server.database);
  await sync.getByLabel('User').fill(server.user);
  await sync.getByLabel('Password', { exact: true }).fill(server.password);
  await sync.getByLabel('Sync by itself while online').check();
  return sync;
}

export interface FirstSync {
  /** Whether it reached "Last sync" before the deadline; if not, `ms` is when it was stopped. */
  finished: boolean;
  ms: number;
  longestTaskMs: number;
  /** Review-log rows the device holds afterwards. */
  reviews: number;
  /** The progress lines seen while it ran (a few, for the report). */
  progress: string[];
}

/**
 * An empty device's first sync with `server`, in a new page of `context` (a fresh profile):
 * "Sync now" to "Last sync", the longest main-thread task in between, and the progress shown.
 * A sync still running after `deadlineMs` is stopped (its page closed) and reported unfinished.
 */
export async function measureFirstSync(
  context: BrowserContext,
  baseUrl: string,
  server: SyncServer,
  log: (line: string) => void,
  deadlineMs: number,
): Promise<FirstSync> {
  const page = await context.newPage();
  try {
    await page.addInitScript(observeLongTasks);
    await page.goto(`${baseUrl}/settings`);
    const sync = await setUpSync(page, server);
    const status = sync.getByRole('status');
    const progress: string[] = [];
    const start = await page.evaluate(() => performance.now());
    await sync.getByRole('button', { name: 'Sync now' }).click();
    const stopAt = Date.now() + deadlineMs;
    let finished = false;
    while (Date.now() < stopAt) {
      const text = (await status.textContent()) ?? '';
      if (text.startsWith('Last sync')) {
        finished = true;
        break;
      }
      const error = sync.getByRole('alert');
      if ((await error.count()) > 0)
        throw new Error(`first sync: ${String(await error.first().textContent())}`);
      // Read without waiting: a locator's `textContent` waits (30 s) for a match, so while no
      // line matched (deriving, "Working out card schedules", and after the round) each look at
      // the status came up to 30 s late, and the figure with it (docs/performance.md, "First
      // sync: where the time went").
      const [line] = await sync.getByText(/changes|schedules/).allTextContents();
      if (line !== undefined && line !== progress.at(-1)) {
        // Every tenth line, and the first of each phase (its first word), with the time.
        const newPhase = line.split(' ')[0] !== progress.at(-1)?.split(' ')[0];
        progress.push(line);
        if (newPhase || progress.length % 10 === 1) log(`  ${line}`);
      }
      await page.waitForTimeout(POLL_MS);
    }
    const timing = await page.evaluate((from) => {
      const end = performance.now();
      const tasks = (window.benchSyncLongTasks ?? []).filter((task) => task.start >= from);
      return { ms: end - from, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)) };
    }, start);
    return { finished, ...timing, reviews: await countReviewLog(page), progress };
  } finally {
    await page.close();
  }
}
