/**
 * The page's side of the optimizer worker: starts one worker per run (its chunk and the
 * WebAssembly load only when the learner presses a button), reports its stages, and cancels by
 * terminating it — the fitting is one long WebAssembly call that cannot be interrupted otherwise.
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

export function startOptimizer(
  request: OptimizerRequest,
  onStage: (stage: OptimizerStage) => void,
): OptimizerRun {
  const worker = new Worker(new URL('./optimizer.worker.ts', import.meta.url), { type: 'module' });
  let settle: ((error: Error) => void) | undefined;
  const outcome = new Promise<FitOutcome>((resolve, reject) => {
    settle = reject;
    worker.addEventListener('message', (event: MessageEvent<OptimizerMessage>) => {
      const message = event.data;
      switch (message.type) {
        case 'stage':
          onStage(message.stage);
          return;
        case 'done':
          worker.terminate();
          resolve(message.outcome);
          return;
        case 'failed':
          worker.terminate();
          reject(new Error(message.message));
          return;
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The optimizer could not start.'));
    });
  });
  worker.postMessage(request);
  return {
    outcome,
    cancel() {
      worker.terminate();
      settle?.(new OptimizerCancelled());
    },
  };
}
