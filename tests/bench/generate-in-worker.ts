/**
 * A large document added through the app's "Add a document" file input, in Chromium: the time
 * from the file chosen to the preview shown (read, checked and decoded on the main thread,
 * generated in the Web Worker, the preview rendered), and the longest main-thread task
 * (`longtask` entries, which Chromium reports for tasks over 50 ms) in that time.
 */
import type { BrowserContext } from 'playwright-core';

declare global {
  interface Window {
    /** Set by the init script below: long tasks seen, and when the file input changed. */
    benchLongTasks?: { start: number; duration: number }[];
    benchFileChosenMs?: number;
    benchFile?: File;
    benchPreviewMs?: number;
  }
}

/**
 * About `bytes` of Markdown shaped like an article, with no two cards alike: numbered sections,
 * each with a "What is …?" definition, a lead-in with a bulleted list, and an FAQ question.
 */
export function largeMarkdown(bytes: number): string {
  const parts = ['# A long handbook\n'];
  let size = parts[0]?.length ?? 0;
  for (let n = 1; size < bytes; n += 1) {
    const part = [
      `## What is practice ${String(n)}?`,
      `Practice ${String(n)} is the way team ${String(n)} moves work to partner ${String(n)} in a nearby country, sharing a time zone and a border with the home office.`,
      `Practice ${String(n)} has three benefits:`,
      `- Lower cost for unit ${String(n)}\n- Shorter travel for group ${String(n)}\n- Overlapping hours for desk ${String(n)}`,
      `## FAQ ${String(n)}`,
      `### Who runs practice ${String(n)}?`,
      `The office of region ${String(n)} runs it with a small steering group.`,
      '',
    ].join('\n\n');
    parts.push(part);
    size += part.length;
  }
  return parts.join('\n');
}

function observe(): void {
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.benchLongTasks?.push({ start: entry.startTime, duration: entry.duration });
    }
  }).observe({ type: 'longtask', buffered: false });
  new MutationObserver(() => {
    if (window.benchPreviewMs !== undefined) return;
    if (document.querySelector('.deck-preview') !== null) window.benchPreviewMs = performance.now();
  }).observe(document, { childList: true, subtree: true });
  document.addEventListener(
    'change',
    () => {
      window.benchFileChosenMs = performance.now();
    },
    { capture: true, once: true },
  );
}

export interface WorkerGeneration {
  ms: number;
  longestTaskMs: number;
  cards: number;
}

/** Adds `markdown` as `bench.md` in a new page of `context` and times it to the preview. */
export async function measureWorkerGeneration(
  context: BrowserContext,
  baseUrl: string,
  markdown: string,
): Promise<WorkerGeneration> {
  const page = await context.newPage();
  try {
    await page.addInitScript(observe);
    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Add a document' }).waitFor();
    // The file is made in the page first, untimed: Playwright's setInputFiles would build it
    // in the same task as the change event, and that task would count as the app's.
    await page.evaluate((text) => {
      window.benchFile = new File([text], 'bench.md', { type: 'text/markdown' });
    }, markdown);
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="document-input"]');
      if (input === null || window.benchFile === undefined) throw new Error('no file input');
      const transfer = new DataTransfer();
      transfer.items.add(window.benchFile);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.locator('.deck-preview').waitFor({ timeout: 300_000 });
    const cards = await page.locator('.deck-preview legend').allTextContents();
    const timing = await page.evaluate(() => {
      const start = window.benchFileChosenMs ?? 0;
      const end = window.benchPreviewMs ?? 0;
      const tasks = (window.benchLongTasks ?? []).filter(
        (task) => task.start + task.duration >= start && task.start <= end,
      );
      return { ms: end - start, longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)) };
    });
    return {
      ...timing,
      cards: cards.reduce((sum, legend) => sum + Number(/\((\d+)\)/.exec(legend)?.[1] ?? 0), 0),
    };
  } finally {
    await page.close();
  }
}
