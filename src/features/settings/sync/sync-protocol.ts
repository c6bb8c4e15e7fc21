/**
 * The messages between the page and the sync worker (sync.worker.ts): one request in, progress
 * while it runs, then one end message. The worker side is {@link serveSync}; the page's side is
 * run-sync.ts.
 */
import type { SyncProgress } from '../../../storage/sync/pouch-sync.ts';
import type { SyncConfig, SyncErrorCode } from '../../../storage/sync/sync-state.ts';

export interface SyncRequest {
  readonly config: SyncConfig;
  /** Never stored: the worker keeps it for this round only. */
  readonly password: string;
}

export type SyncMessage =
  | { readonly type: 'progress'; readonly progress: SyncProgress }
  | { readonly type: 'done' }
  | { readonly type: 'failed'; readonly code: SyncErrorCode; readonly detail: string };

/** What a round needs from the worker's side: the engine, reporting progress as it goes. */
export type SyncRound = (
  request: SyncRequest,
  onProgress: (progress: SyncProgress) => void,
) => Promise<void>;

/** The part of a worker's global scope {@link serveSync} uses. */
export interface SyncWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<SyncRequest>) => void): void;
  postMessage(message: SyncMessage): void;
}

/**
 * Answers each request arriving at `scope` by running `round` and posting its progress and its
 * end. A failure is posted with its code (`failed` for anything not a sync error).
 */
export function serveSync(scope: SyncWorkerScope, round: SyncRound): void {
  scope.addEventListener('message', (event) => {
    round(event.data, (progress) => {
      scope.postMessage({ type: 'progress', progress });
    }).then(
      () => {
        scope.postMessage({ type: 'done' });
      },
      (error: unknown) => {
        const code =
          typeof error === 'object' && error !== null && 'code' in error
            ? (error.code as SyncErrorCode)
            : 'failed';
        scope.postMessage({
          type: 'failed',
          code,
          detail: error instanceof Error ? error.message : String(error),
        });
      },
    );
  });
}
