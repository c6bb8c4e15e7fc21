/**
 * The page's side of the sync worker: one worker per round (PouchDB and the engine load in it
 * only), ended when the round ends. The round's outcome is stored by the engine in the sync
 * status, which Settings reads; this only says when the round is over.
 */
import type { SyncProgress } from '../../../storage/sync/pouch-sync.ts';
import type { SyncMessage, SyncRequest } from './sync-protocol.ts';

/** The part of a `Worker` a round uses. */
export interface SyncWorker {
  addEventListener(type: 'message', listener: (event: MessageEvent<SyncMessage>) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  postMessage(message: SyncRequest): void;
  terminate(): void;
}

function startWorker(): SyncWorker {
  return new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module' });
}

/**
 * Runs one sync round in a worker, passing its progress to `onProgress`. Resolves when the round
 * is done; rejects with the reason when it failed or the worker could not start.
 */
export function runSync(
  request: SyncRequest,
  onProgress: (progress: SyncProgress) => void,
  worker: SyncWorker = startWorker(),
): Promise<void> {
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event) => {
      const message = event.data;
      if (message.type === 'progress') {
        onProgress(message.progress);
        return;
      }
      worker.terminate();
      if (message.type === 'done') resolve();
      else reject(new Error(`${message.code}: ${message.detail}`));
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The sync worker could not start.'));
    });
    worker.postMessage(request);
  });
}
