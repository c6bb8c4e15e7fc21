/**
 * An Anki package of 100,000 cards and 1,000,000 review rows imported through the app's "Add a
 * document" file input, in Chromium: from the file chosen to the preview shown (the worker reads
 * and replays it), and from "Import" pressed to the deck added (the worker writes it), with the
 * longest main-thread task (`longtask` entries, over 50 ms) in those times and the peak
 * JavaScript heap of the page and its workers from the file chosen to the deck added.
 */
import type { Browser, BrowserContext } from 'playwright-core';
import { BASIC, buildAnkiPackage, type TestCollection } from '../helpers/anki-package.ts';
import { sampleHeap, type HeapPeaks } from './heap-sampler.ts';

/** The package's path under the served build. */
export const ANKI_BENCH_FILE = 'bench-anki.apkg';

declare global {
  interface Window {
    benchAnkiTasks?: { start: number; duration: number }[];
    benchAnkiChosenMs?: number;
    benchAnkiPreviewMs?: number;
    benchAnkiImportMs?: number;
    benchAnkiDoneMs?: number;
  }
}

const DAY = 86_400_000;

/**
 * A legacy package of one deck: `cards` Basic notes, each answered `reviews / cards` times a day
 * apart (the first a learning step, one in seven an Again), starting two years ago.
 */
export function benchPackage(cards: number, reviews: number, now: Date): Promise<Uint8Array> {
  const perCard = Math.max(1, Math.round(reviews / cards));
  const start = now.getTime() - 730 * DAY;
  const collection: TestCollection = {
    decks: [{ id: 1, name: 'Bench::Import' }],
    noteTypes: [BASIC],
    notes: Array.from({ length: cards }, (_, index) => ({
      id: index + 1,
      noteTypeId: BASIC.id,
      fields: [`question ${String(index)}`, `answer ${String(index)}`],
    })),
    cards: Array.from({ length: cards }, (_, index) => ({
      id: index + 1,
      noteId: index + 1,
      deckId: 1,
      ord: 0,
      type: 2,
      queue: 2,
    })),
    revlog: Array.from({ length: cards * perCard }, (_, row) => {
      const card = row % cards;
      const answer = Math.floor(row / cards);
      return {
        id: start + answer * DAY + card,
        cardId: card + 1,
        ease: answer > 0 && (card + answer) % 7 === 0 ? 1 : 3,
        type: answer === 0 ? 0 : 1,
      };
    }),
  };
  return buildAnkiPackage(collection, 'legacy');
}

function observe(): void {
  window.benchAnkiTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.benchAnkiTasks?.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: false });
  new MutationObserver(() => {
    if (
      window.benchAnkiPreviewMs === undefined &&
      document.querySelector('.deck-preview') !== null
    ) {
      window.benchAnkiPreviewMs = performance.now();
    }
    if (
      window.benchAnkiDoneMs === undefined &&
      [...document.querySelectorAll('.import-results a')].some(
        (link) => link.textContent === 'Open the deck',
      )
    ) {
      window.benchAnkiDoneMs = performance.now();
    }
  }).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener(
    'change',
    () => {
      window.benchAnkiChosenMs = performance.now();
    },
    { capture: true, once: true },
  );
}

export interface AnkiImportRun {
  readMs: number;
  writeMs: number;
  longestTaskMs: number;
  heap: HeapPeaks;
}

/** Imports the served package in a new page of `context`; the times exclude the click's wait. */
export async function measureAnkiImport(
  browser: Browser,
  context: BrowserContext,
  baseUrl: string,
): Promise<AnkiImportRun> {
  const page = await context.newPage();
  try {
    await page.addInitScript(observe);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Add a document' }).waitFor();
    const heap = await sampleHeap(browser, page);
    // Fetched into a File first, untimed, then given to the input as a learner's pick would be.
    await page.evaluate(async (name) => {
      const blob = await (await fetch(`/${name}`)).blob();
      const input = document.querySelector<HTMLInputElement>('[data-testid="document-input"]');
      if (input === null) throw new Error('no file input');
      const transfer = new DataTransfer();
      transfer.items.add(new File([blob], name));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    }, ANKI_BENCH_FILE);
    const preview = page.getByRole('region', { name: 'Check the Anki package' });
    await preview.waitFor({ timeout: 900_000 });
    await page.evaluate(() => {
      const button = [...document.querySelectorAll<HTMLButtonElement>('.deck-preview button')].find(
        (candidate) => candidate.textContent === 'Import',
      );
      if (button === undefined) throw new Error('no Import button');
      window.benchAnkiImportMs = performance.now();
      button.click();
    });
    await page.getByRole('link', { name: 'Open the deck' }).waitFor({ timeout: 900_000 });
    const peaks = await heap.stop();
    const times = await page.evaluate(() => {
      const chosen = window.benchAnkiChosenMs ?? 0;
      const previewed = window.benchAnkiPreviewMs ?? 0;
      const pressed = window.benchAnkiImportMs ?? 0;
      const done = window.benchAnkiDoneMs ?? 0;
      const tasks = (window.benchAnkiTasks ?? []).filter(
        (task) =>
          (task.start + task.duration >= chosen && task.start <= previewed) ||
          (task.start + task.duration >= pressed && task.start <= done),
      );
      return {
        readMs: previewed - chosen,
        writeMs: done - pressed,
        longestTaskMs: Math.max(0, ...tasks.map((task) => task.duration)),
      };
    });
    return { ...times, heap: peaks };
  } finally {
    await page.close();
  }
}
