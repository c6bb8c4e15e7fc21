/**
 * Peak JavaScript heap of a page and its dedicated workers while something runs, sampled over
 * the Chrome DevTools Protocol (`Runtime.getHeapUsage`, which reads the heap's size without
 * collecting it, so sampling does not change what it measures). The page is asked through its
 * own session; each worker through a session of the browser's, attached as it appears.
 * WebAssembly memory (sql.js's) is not JavaScript heap and is not counted.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';

export interface HeapPeaks {
  /** The page's main thread, MB. */
  pageMB: number;
  /** The largest of the workers, MB. */
  workerMB: number;
  /** Page and workers together at one sample, MB. */
  totalMB: number;
}

export interface HeapSampler {
  /** Stops sampling; the peaks seen from the start. */
  stop: () => Promise<HeapPeaks>;
}

const SAMPLE_MS = 250;
const MB = 1024 * 1024;

interface HeapUsage {
  usedSize: number;
}

/** Sends `method` to a worker attached without flattening, and waits for its answer. */
function askWorker(
  browserSession: CDPSession,
  sessionId: string,
  method: string,
  answers: Map<number, (result: HeapUsage | undefined) => void>,
  id: number,
): Promise<HeapUsage | undefined> {
  return new Promise((resolve) => {
    // A worker that ended meanwhile never answers.
    const timeout = setTimeout(() => {
      answers.delete(id);
      resolve(undefined);
    }, 1000);
    answers.set(id, (result) => {
      clearTimeout(timeout);
      resolve(result);
    });
    browserSession
      .send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) })
      .catch(() => {
        answers.get(id)?.(undefined);
        answers.delete(id);
      });
  });
}

/** Starts sampling `page` and every dedicated worker of the browser. */
export async function sampleHeap(browser: Browser, page: Page): Promise<HeapSampler> {
  const pageSession = await page.context().newCDPSession(page);
  const browserSession = await browser.newBrowserCDPSession();
  const answers = new Map<number, (result: HeapUsage | undefined) => void>();
  browserSession.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message) as { id?: number; result?: HeapUsage };
    if (message.id === undefined) return;
    answers.get(message.id)?.(message.result);
    answers.delete(message.id);
  });
  const workers = new Map<string, string>();
  browserSession.on('Target.detachedFromTarget', (event) => {
    if (event.targetId !== undefined) workers.delete(event.targetId);
  });
  const peaks: HeapPeaks = { pageMB: 0, workerMB: 0, totalMB: 0 };
  let nextId = 1;
  let sampling = Promise.resolve();

  const sample = async () => {
    const { targetInfos } = await browserSession.send('Target.getTargets');
    for (const target of targetInfos) {
      if (target.type !== 'worker' || workers.has(target.targetId)) continue;
      const { sessionId } = await browserSession.send('Target.attachToTarget', {
        targetId: target.targetId,
        flatten: false,
      });
      workers.set(target.targetId, sessionId);
    }
    const pageUsage = (await pageSession.send('Runtime.getHeapUsage')) as HeapUsage;
    const workerUsages = await Promise.all(
      [...workers.values()].map((sessionId) =>
        askWorker(browserSession, sessionId, 'Runtime.getHeapUsage', answers, nextId++),
      ),
    );
    const workerMBs = workerUsages.map((usage) => (usage?.usedSize ?? 0) / MB);
    const pageMB = pageUsage.usedSize / MB;
    peaks.pageMB = Math.max(peaks.pageMB, pageMB);
    peaks.workerMB = Math.max(peaks.workerMB, ...workerMBs);
    peaks.totalMB = Math.max(
      peaks.totalMB,
      pageMB + workerMBs.reduce((sum, value) => sum + value, 0),
    );
  };

  const timer = setInterval(() => {
    // One sample at a time.
    sampling = sampling.then(sample).catch(() => undefined);
  }, SAMPLE_MS);
  return {
    stop: async () => {
      clearInterval(timer);
      await sampling;
      await browserSession.detach().catch(() => undefined);
      await pageSession.detach().catch(() => undefined);
      return peaks;
    },
  };
}
