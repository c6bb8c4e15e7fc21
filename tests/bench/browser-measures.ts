/**
 * Measurements taken in the app's own pages (the production build in Chromium): the JavaScript
 * the first page loads, navigation → first card painted, and key "3" → next card painted. The
 * functions passed to `page.evaluate`/`addInitScript` run in the page and time with its
 * `performance.now()`, whose origin is the navigation start.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, CDPSession, Request } from 'playwright-core';

export interface ScriptSize {
  path: string;
  bytes: number;
  gzipBytes: number;
}

function sizeOf(path: string, body: Buffer): ScriptSize {
  return { path, bytes: body.length, gzipBytes: gzipSync(body).length };
}

export interface FirstPageScripts {
  /** Requested before the deck list (the first page) showed its decks: the figure. */
  beforeShown: ScriptSize[];
  /** Requested after it, until the network was idle (the service worker's registration). */
  afterShown: ScriptSize[];
}

/**
 * Every script the deck list (the first page) loads, as served, with its gzip size (zlib's
 * default level, what servers and Vite's build report use), split by whether it was requested
 * before the page showed its decks or afterwards (code the page starts once it is usable).
 * Opened in its own page of `context`, waiting past the app's deferred start-up work; the page
 * is closed afterwards.
 */
export async function measureFirstPageScripts(
  context: BrowserContext,
  baseUrl: string,
): Promise<FirstPageScripts> {
  const page = await context.newPage();
  const requests: { request: Request; afterShown: boolean }[] = [];
  let shown = false;
  page.on('request', (request) => {
    if (request.resourceType() === 'script') requests.push({ request, afterShown: shown });
  });
  await page.goto(`${baseUrl}/`);
  await page.locator('.deck-list__item').first().waitFor();
  // Anything requested until Playwright sees the decks counts as before: never too little.
  shown = true;
  // The service worker registers 1 s after start-up (src/app/app.tsx); wait for its code.
  await page.waitForTimeout(2000);
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(
    requests.map(async ({ request, afterShown }) => {
      const response = await request.response();
      if (response === null) throw new Error(`no response to ${request.url()}`);
      return { afterShown, size: sizeOf(new URL(request.url()).pathname, await response.body()) };
    }),
  );
  await page.close();
  const sorted = (list: typeof sizes) =>
    list.map(({ size }) => size).sort((a, b) => a.path.localeCompare(b.path));
  return {
    beforeShown: sorted(sizes.filter((entry) => !entry.afterShown)),
    afterShown: sorted(sizes.filter((entry) => entry.afterShown)),
  };
}

/**
 * The scripts dist/index.html names (its module entry and modulepreload links), read from
 * disk: a cross-check of {@link measureFirstPageScripts} that needs no browser.
 */
export async function entryScriptsOf(buildDir: string): Promise<ScriptSize[]> {
  const html = await readFile(`${buildDir}/index.html`, 'utf8');
  const paths = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const sizes = await Promise.all(
    paths.map(async (path) => sizeOf(path, await readFile(`${buildDir}${path}`))),
  );
  return sizes.sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * Runs in the page before its scripts: records when the first card's front, with text, is
 * painted (`benchFirstCardMs`). "Painted" is a task posted from the next animation frame, which
 * runs once that frame's style, layout and paint are done.
 */
function recordFirstCard(): void {
  const observer = new MutationObserver(() => {
    const front = document.querySelector('[data-testid="card-front"]');
    if (front === null || front.textContent === '') return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.benchFirstCardMs = performance.now();
      };
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
}

/**
 * Navigation start → first card painted, in a new page of `context` (which keeps IndexedDB)
 * with the HTTP cache emptied first, so every script comes from the server again.
 */
export async function measureColdLoad(context: BrowserContext, url: string): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.addInitScript({ content: KEEP_NAMES_SHIM });
  await page.addInitScript(recordFirstCard);
  await page.goto(url);
  const painted = await page.waitForFunction(() => window.benchFirstCardMs, undefined, {
    timeout: 120_000,
  });
  const ms = await painted.jsonValue();
  await cdp.detach();
  await page.close();
  if (ms === undefined) throw new Error(`No card was shown at ${url}`);
  return ms;
}

/** One answer timed in the study page, in ms from its key press. */
export interface AnswerTiming {
  /** The next card's front painted. */
  shown: number;
  /** The answer's review-log row readable by another connection: committed. */
  committed: number;
}

/**
 * Runs in the study page: `count` times, shows the answer (Space), waits `thinkMs` as a reader
 * would, then times key "3" → the next card's front painted (keydown dispatched on window,
 * where the study keys listen), and key "3" → the answer committed. Without the pause the key
 * would land right after the answer's own frame, and the measure would be the display's frame
 * interval instead of the app's work.
 *
 * The commit is seen through a connection of the bench's own to the app's database: a read of
 * the review log's last key issued after the paint waits for the answer's transaction (created
 * before that paint) to end, and finds the answer's row there, or the loop stops.
 */
async function answerLoop([count, thinkMs]: [number, number]): Promise<AnswerTiming[]> {
  const frontText = () => document.querySelector('[data-testid="card-front"]')?.textContent ?? '';
  const backShown = () => document.querySelector('[data-testid="card-back"]') !== null;
  const until = (done: () => boolean) =>
    new Promise<void>((resolve, reject) => {
      if (done()) {
        resolve();
        return;
      }
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`The study page stopped changing (front: ${frontText()})`));
      }, 10_000);
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        clearTimeout(timer);
        resolve();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  const painted = () =>
    new Promise<number>((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          resolve(performance.now());
        };
        channel.port2.postMessage(null);
      });
    });
  const press = (key: string) =>
    window.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  const settled = <T>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(new Error(String(request.error)));
      };
    });
  const database = await settled(indexedDB.open('deckwright'));
  const lastLogKey = async () => {
    const cursor = await settled(
      database.transaction('reviewLog').objectStore('reviewLog').openKeyCursor(null, 'prev'),
    );
    return Number(cursor?.key ?? 0);
  };

  const samples: AnswerTiming[] = [];
  let logged = await lastLogKey();
  for (let answer = 0; answer < count; answer += 1) {
    const question = frontText();
    press(' ');
    await until(backShown);
    await painted();
    await new Promise((resolve) => setTimeout(resolve, thinkMs));
    const started = performance.now();
    press('3');
    await until(() => !backShown() && frontText() !== '' && frontText() !== question);
    const shown = (await painted()) - started;
    const key = await lastLogKey();
    const committed = performance.now() - started;
    if (key <= logged) throw new Error(`Answer ${String(answer)} was not stored`);
    logged = key;
    samples.push({ shown, committed });
  }
  database.close();
  return samples;
}

/** Time between the answer being painted and the grade key: far less than anyone reads. */
const THINK_MS = 50;

// tsx compiles this file with esbuild's keepNames, which wraps named inner functions in calls
// to a `__name` helper; functions sent to the page need it there too (it only sets names).
const KEEP_NAMES_SHIM = 'globalThis.__name = (target) => target;';

/**
 * The study page's main-thread CPU per answer, from Chromium's own counters (CDP
 * `Performance.getMetrics`) over the whole loop: each answer's reveal and grade, the pause
 * between them idle. Wall-clock times swing with other work on the machine; these count only
 * what the page itself ran.
 */
export interface RendererCpu {
  /** All tasks of the page's main thread. */
  taskMs: number;
  /** JavaScript (the app, React, Dexie, the browser's event handlers). */
  scriptMs: number;
  /** Style recalculation and layout. */
  styleLayoutMs: number;
}

export interface AnswerRun {
  /** Key "3" → next card painted and → answer committed, one per answer. */
  samples: AnswerTiming[];
  cpuPerAnswer: RendererCpu;
}

async function mainThreadMetrics(cdp: CDPSession) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const seconds = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return {
    taskMs: seconds('TaskDuration') * 1000,
    scriptMs: seconds('ScriptDuration') * 1000,
    styleLayoutMs: (seconds('RecalcStyleDuration') + seconds('LayoutDuration')) * 1000,
  };
}

/**
 * Opens the study page at `url` in a new page and times `count` answers (see answerLoop),
 * counting the page's main-thread CPU meanwhile.
 */
export async function measureAnswers(
  context: BrowserContext,
  url: string,
  count: number,
): Promise<AnswerRun> {
  const page = await context.newPage();
  await page.addInitScript({ content: KEEP_NAMES_SHIM });
  await page.goto(url);
  await page.getByTestId('card-front').waitFor({ timeout: 60_000 });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await mainThreadMetrics(cdp);
  const samples = await page.evaluate(answerLoop, [count, THINK_MS] as [number, number]);
  const after = await mainThreadMetrics(cdp);
  await cdp.detach();
  await page.close();
  const perAnswer = (key: keyof RendererCpu) => (after[key] - before[key]) / count;
  return {
    samples,
    cpuPerAnswer: {
      taskMs: perAnswer('taskMs'),
      scriptMs: perAnswer('scriptMs'),
      styleLayoutMs: perAnswer('styleLayoutMs'),
    },
  };
}

/** Rows in the app's snapshots table, read straight from IndexedDB (not through the app). */
function countSnapshots(): Promise<number> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('deckwright');
    open.onerror = () => {
      reject(new Error(String(open.error)));
    };
    open.onsuccess = () => {
      const database = open.result;
      if (!database.objectStoreNames.contains('snapshots')) {
        database.close();
        resolve(0);
        return;
      }
      const request = database.transaction('snapshots').objectStore('snapshots').count();
      request.onsuccess = () => {
        database.close();
        resolve(request.result);
      };
      request.onerror = () => {
        database.close();
        reject(new Error(String(request.error)));
      };
    };
  });
}

/**
 * The first start of a day, untimed: opens `url`, waits for the first card and then `settleMs`
 * more, in which the app stores its bundled decks and takes the day's snapshot if it takes one
 * (it does not for a collection as large as the bench's). Returns the snapshots stored.
 */
export async function firstStartOfDay(
  context: BrowserContext,
  url: string,
  settleMs: number,
): Promise<number> {
  const page = await context.newPage();
  await page.addInitScript({ content: KEEP_NAMES_SHIM });
  await page.goto(url);
  await page.getByTestId('card-front').waitFor({ timeout: 120_000 });
  await page.waitForTimeout(settleMs);
  const snapshots = await page.evaluate(countSnapshots);
  await page.close();
  return snapshots;
}
