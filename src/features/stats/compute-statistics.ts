/**
 * Where the statistics are computed. In a browser they always run in a Web Worker (one, created
 * on first use and kept): the cost grows with the review history, and the worker's fixed cost —
 * a structured clone of slim rows — is small next to a frame for any history. Where there is no
 * `Worker` (tests under jsdom) or the worker fails to start, the same pure function runs here.
 */
import {
  computeStatistics,
  type Statistics,
  type StatsInput,
} from '../../domain/stats/statistics.ts';

export interface StatsRequest {
  readonly id: number;
  readonly input: StatsInput;
}

export type StatsResponse =
  | { readonly id: number; readonly result: Statistics }
  | { readonly id: number; readonly error: string };

let worker: Worker | null | undefined;
let nextId = 1;
const pending = new Map<
  number,
  { resolve: (stats: Statistics) => void; reject: (error: Error) => void }
>();

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    const started = new Worker(new URL('./stats.worker.ts', import.meta.url), { type: 'module' });
    started.addEventListener('message', (event: MessageEvent<StatsResponse>) => {
      const request = pending.get(event.data.id);
      if (request === undefined) return;
      pending.delete(event.data.id);
      if ('result' in event.data) request.resolve(event.data.result);
      else request.reject(new Error(event.data.error));
    });
    started.addEventListener('error', () => {
      // The worker could not load (or crashed): answer what is waiting here and stop using it.
      worker = null;
      started.terminate();
      for (const [id, request] of pending) {
        pending.delete(id);
        request.reject(new Error('The statistics worker stopped.'));
      }
    });
    return started;
  } catch {
    return null;
  }
}

/** The page's figures, from the worker when there is one, else computed right here. */
export async function computeStatisticsOffThread(input: StatsInput): Promise<Statistics> {
  if (worker === undefined) worker = startWorker();
  const current = worker;
  if (current === null) return computeStatistics(input);
  const id = nextId++;
  try {
    return await new Promise<Statistics>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      current.postMessage({ id, input } satisfies StatsRequest);
    });
  } catch (error) {
    if (worker !== null) throw error;
    return computeStatistics(input);
  }
}
