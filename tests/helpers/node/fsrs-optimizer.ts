/**
 * The optimizer's WebAssembly build (fsrs-browser) loaded in Node for tests: the same code the
 * app's worker runs, instantiated from the file instead of fetched. Its thread-pool helper
 * listens on `self` when imported, which Node lacks, so a stand-in is set first.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ParameterFitter } from '../../../src/domain/scheduling/optimizer.ts';

export async function loadOptimizer(): Promise<ParameterFitter> {
  const scope = globalThis as { self?: unknown };
  scope.self ??= { addEventListener: () => undefined };
  const { initSync, Fsrs } = await import('fsrs-browser');
  const wasm = createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm');
  initSync({ module: readFileSync(wasm) });
  return new Fsrs();
}
