/**
 * Runs "Optimize" and "Evaluate" off the main thread: reads the deck's review log itself (so
 * 100,000 rows are never cloned on the page's thread), builds the training items, and fits with
 * the open-spaced-repetition optimizer (fsrs-rs in WebAssembly, single-threaded: its thread
 * pool would need a cross-origin isolated page). One request in, stage messages, one result out;
 * the page cancels by terminating the worker.
 */
import initOptimizer, { Fsrs, Progress } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import {
  DEFAULT_FSRS_WEIGHTS,
  buildTrainingSet,
  evaluateParameters,
  fitParameters,
  fitPlan,
  type FitOutcome,
  type ParameterFitter,
} from '../../../domain/scheduling/optimizer.ts';
import { openDatabase } from '../../../storage/db.ts';
import { loadReviewHistory } from '../../../storage/fsrs-parameters-repository.ts';
import type { OptimizerRequest, OptimizerMessage } from './run-optimizer.ts';

function post(message: OptimizerMessage) {
  self.postMessage(message);
}

async function run(request: OptimizerRequest): Promise<FitOutcome> {
  post({ type: 'stage', stage: 'reading' });
  const db = openDatabase();
  let rows;
  try {
    rows = await loadReviewHistory(db, request.deckId);
  } finally {
    db.close();
  }
  post({ type: 'stage', stage: 'preparing' });
  const set = buildTrainingSet(rows, { dayStartHour: request.dayStartHour });
  const currentWeights = request.currentWeights ?? DEFAULT_FSRS_WEIGHTS;
  const plan = fitPlan(set.lengths.length);
  // Evaluating, or too few reviews to fit: no need to load the optimizer's WebAssembly.
  if (request.mode === 'evaluate' || plan.kind === 'tooFew') {
    return {
      plan,
      reviewCount: set.reviewCount,
      current: evaluateParameters(set, currentWeights),
      improved: false,
    };
  }
  const { memory } = await initOptimizer({ module_or_path: wasmUrl });
  post({ type: 'stage', stage: 'fitting' });
  // The page reads the progress counters while this thread is busy fitting; shared memory can
  // be posted only from a cross-origin isolated context. Elsewhere the run goes on without them.
  let progress: Progress | undefined;
  if (self.crossOriginIsolated) {
    progress = Progress.new();
    post({ type: 'progress', memory, pointer: progress.pointer() });
  }
  // Not freed afterwards: computeParameters takes the Rust objects by value, and the worker
  // (with its memory) ends after one run anyway.
  const optimizer = new Fsrs();
  const fitter: ParameterFitter<Progress> = {
    computeParameters(...args) {
      const weights = optimizer.computeParameters(...args);
      // The counters are freed with the fitting: the page stops reading them now.
      post({ type: 'fitted' });
      return weights;
    },
  };
  return fitParameters(fitter, set, currentWeights, progress);
}

self.addEventListener('message', (event: MessageEvent<OptimizerRequest>) => {
  run(event.data).then(
    (outcome) => {
      post({ type: 'done', outcome });
    },
    (error: unknown) => {
      post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    },
  );
});
