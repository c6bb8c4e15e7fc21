/**
 * The page's side of the optimizer worker: starts one worker per run (its chunk and the
 * WebAssembly load only when the learner presses a button), reports its stages and, on a
 * cross-origin isolated page, how far the fitting is, and cancels by terminating it — the
 * fitting is one long WebAssembly call that cannot be interrupted otherwise.
 */
import type { FitOutcome } from '../../../domain/scheduling/optimizer.ts';

export type OptimizerMode = 'optimize' | 'evaluate';

export interface OptimizerRequest {
  readonly mode: OptimizerMode;
  readonly deckId: string;
  readonly dayStartHour: number;
  /** The deck's fitted weights; `null` for FSRS's defaults. */
  readonly currentWeights: readonly number[] | null;
}

/** The steps of a run, in order; fitting is the long one. */
export const OPTIMIZER_STAGES = ['reading', 'preparing', 'fitting'] as const;
export type OptimizerStage = (typeof OPTIMIZER_STAGES)[number];

export type OptimizerMessage =
  | { readonly type: 'stage'; readonly stage: OptimizerStage }
  /**
   * The fitting's progress counters: two 32-bit numbers (items trained, items to train over all
   * epochs) at `pointer` in the optimizer's shared memory, which fsrs-rs updates as it trains.
   * Sent only when the worker is cross-origin isolated: only then can shared memory be posted.
   */
  | { readonly type: 'progress'; readonly memory: WebAssembly.Memory; readonly pointer: number }
  /** The fitting is over (its figures are being computed): the counters are gone. */
  | { readonly type: 'fitted' }
  | { readonly type: 'done'; readonly outcome: FitOutcome }
  | { readonly type: 'failed'; readonly message: string };

export interface OptimizerRun {
  readonly outcome: Promise<FitOutcome>;
  /** Stops the run at once; `outcome` then rejects with {@link OptimizerCancelled}. */
  cancel(): void;
}

export class OptimizerCancelled extends Error {
  constructor() {
    super('The optimizer was cancelled.');
    this.name = 'OptimizerCancelled';
  }
}

/** Why the optimizer cannot run in this browser, or `null` when it can. */
export type OptimizerUnsupported = 'noWorker' | 'noSharedMemory';

/**
 * The optimizer's WebAssembly uses shared memory. Chromium allows it on any page; Firefox and
 * Safari only on cross-origin isolated ones.
 */
export function optimizerUnsupported(): OptimizerUnsupported | null {
  if (typeof Worker === 'undefined') return 'noWorker';
  try {
    new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true });
    return null;
  } catch {
    return 'noSharedMemory';
  }
}

/** How often the page reads the fitting's progress counters. */
const PROGRESS_POLL_MS = 250;

/**
 * The share of the fitting done (0–1), from the counters fsrs-browser keeps in its shared memory
 * (the layout its `getProgress` reads); `null` before the total is known. Read with `Atomics`
 * because the optimizer's thread writes them meanwhile; the page does not import fsrs-browser
 * itself, whose module sets up thread-pool message handlers wherever it is loaded.
 */
export function fitProgress(memory: WebAssembly.Memory, pointer: number): number | null {
  const counters = new Uint32Array(memory.buffer, pointer, 2);
  const total = Atomics.load(counters, 1);
  return total === 0 ? null : Math.min(1, Atomics.load(counters, 0) / total);
}

/**
 * Runs Optimize or Evaluate in a new worker. `onStage` hears each step; `onFitProgress` the
 * share of the fitting done, a few times a second, when the page is cross-origin isolated.
 */
export function startOptimizer(
  request: OptimizerRequest,
  onStage: (stage: OptimizerStage) => void,
  onFitProgress: (done: number) => void = () => undefined,
): OptimizerRun {
  const worker = new Worker(new URL('./optimizer.worker.ts', import.meta.url), { type: 'module' });
  let poll: ReturnType<typeof setInterval> | undefined;
  const stop = () => {
    clearInterval(poll);
    worker.terminate();
  };
  let settle: ((error: Error) => void) | undefined;
  const outcome = new Promise<FitOutcome>((resolve, reject) => {
    settle = reject;
    worker.addEventListener('message', (event: MessageEvent<OptimizerMessage>) => {
      const message = event.data;
      switch (message.type) {
        case 'stage':
          onStage(message.stage);
          return;
        case 'progress': {
          const { memory, pointer } = message;
          poll = setInterval(() => {
            const done = fitProgress(memory, pointer);
            if (done !== null) onFitProgress(done);
          }, PROGRESS_POLL_MS);
          return;
        }
        case 'fitted':
          clearInterval(poll);
          onFitProgress(1);
          return;
        case 'done':
          stop();
          resolve(message.outcome);
          return;
        case 'failed':
          stop();
          reject(new Error(message.message));
          return;
      }
    });
    worker.addEventListener('error', (event) => {
      stop();
      reject(new Error(event.message || 'The optimizer could not start.'));
    });
  });
  worker.postMessage(request);
  return {
    outcome,
    cancel() {
      stop();
      settle?.(new OptimizerCancelled());
    },
  };
}
