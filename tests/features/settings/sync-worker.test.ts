import { describe, expect, it, vi } from 'vitest';
import type { SyncProgress } from '../../../src/storage/sync/pouch-sync.ts';
import { runSync, type SyncWorker } from '../../../src/features/settings/sync/run-sync.ts';
import {
  serveSync,
  type SyncMessage,
  type SyncRequest,
  type SyncRound,
} from '../../../src/features/settings/sync/sync-protocol.ts';

const REQUEST: SyncRequest = {
  config: { server: 'http://127.0.0.1:5984', database: 'd', user: 'u', continuous: false },
  password: 'secret',
};

/** A worker and its global scope joined by a message channel, as the browser would join them. */
function connected(round: SyncRound) {
  const page = new EventTarget();
  const scope = new EventTarget();
  const terminate = vi.fn();
  const deliver = (target: EventTarget, data: unknown) => {
    queueMicrotask(() => target.dispatchEvent(new MessageEvent('message', { data })));
  };
  serveSync(
    {
      addEventListener: (type, listener) => {
        scope.addEventListener(type, listener as EventListener);
      },
      postMessage: (message: SyncMessage) => {
        deliver(page, message);
      },
    },
    round,
  );
  const worker: SyncWorker = {
    addEventListener: (type: string, listener: (event: never) => void) => {
      page.addEventListener(type, listener as EventListener);
    },
    postMessage: (request) => {
      deliver(scope, request);
    },
    terminate,
  };
  return { worker, page, terminate };
}

const progressOf = (done: number, total: number): SyncProgress => ({
  phase: 'applying',
  done,
  total,
});

describe('the sync worker protocol', () => {
  it('passes the request to the round, its progress to the page, and ends the worker when done', async () => {
    const seen: SyncRequest[] = [];
    const { worker, terminate } = connected(async (request, onProgress) => {
      seen.push(request);
      onProgress(progressOf(500, 1200));
      onProgress(progressOf(1000, 1200));
      onProgress(progressOf(1200, 1200));
      return Promise.resolve();
    });
    const progress: SyncProgress[] = [];
    await runSync(REQUEST, (step) => progress.push(step), worker);
    expect(seen).toEqual([REQUEST]);
    expect(progress.map(({ done, total }) => `${String(done)} of ${String(total)}`)).toEqual([
      '500 of 1200',
      '1000 of 1200',
      '1200 of 1200',
    ]);
    expect(terminate).toHaveBeenCalledOnce();
  });

  it("rejects with the sync error's code when the round fails, after the progress made", async () => {
    const failure = Object.assign(new Error('connection reset'), { code: 'unreachable' });
    const { worker, terminate } = connected(async (_request, onProgress) => {
      onProgress(progressOf(500, 1200));
      return Promise.reject(failure);
    });
    const progress: SyncProgress[] = [];
    await expect(runSync(REQUEST, (step) => progress.push(step), worker)).rejects.toThrow(
      'unreachable: connection reset',
    );
    expect(progress).toEqual([progressOf(500, 1200)]);
    expect(terminate).toHaveBeenCalledOnce();
  });

  it('calls any other failure "failed"', async () => {
    const { worker } = connected(() => Promise.reject(new TypeError('x is undefined')));
    await expect(runSync(REQUEST, () => undefined, worker)).rejects.toThrow(
      'failed: x is undefined',
    );
  });

  it('rejects when the worker cannot start', async () => {
    const { worker, page, terminate } = connected(() => Promise.resolve());
    const run = runSync(REQUEST, () => undefined, {
      ...worker,
      postMessage: () => {
        page.dispatchEvent(new ErrorEvent('error', { message: 'Failed to fetch the script' }));
      },
    });
    await expect(run).rejects.toThrow('Failed to fetch the script');
    expect(terminate).toHaveBeenCalledOnce();
  });
});
