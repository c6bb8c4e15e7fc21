import { createServer as createHttpServer, request, type Server } from 'node:http';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { freePort } from '../helpers/node/sync-server.ts';

/** The user and password `npm run sync-server` creates by default. */
export const SYNC_LOGIN = { user: 'deckwright', password: 'deckwright' };

/** Listens on a free localhost port; resolves with the server's address. */
export async function listen(server: Server): Promise<string> {
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return `http://127.0.0.1:${String(port)}`;
}

/**
 * A proxy in front of the sync server that can fail like a network does: `dropAfterNextBatch()`
 * lets the next batch of documents reach the server but drops the connection before its answer
 * and then refuses everything (the server "stopped" mid-sync), until `restart()`. `diskFull(true)`
 * answers every batch of documents as CouchDB does when its disk is full (507
 * insufficient_storage, nothing stored), until `diskFull(false)`.
 */
export interface FlakyProxy {
  url: string;
  dropAfterNextBatch: () => void;
  restart: () => void;
  diskFull: (full: boolean) => void;
  /** Batches that reached the server while the answer was dropped. */
  dropped: () => number;
  close: () => Promise<void>;
}

export async function startFlakyProxy(target: string): Promise<FlakyProxy> {
  const upstream = new URL(target);
  let arming = false;
  let down = false;
  let dropped = 0;
  let full = false;
  const server = createHttpServer((req, res) => {
    if (down) {
      req.socket.destroy();
      return;
    }
    const batch = req.method === 'POST' && (req.url ?? '').includes('/_bulk_docs');
    if (full && batch) {
      req.resume();
      res.writeHead(507, {
        'Content-Type': 'application/json',
        // As the server's own answers do, or the browser hides the answer from the app.
        'Access-Control-Allow-Origin': req.headers.origin ?? '*',
        'Access-Control-Allow-Credentials': 'true',
      });
      res.end(
        JSON.stringify({ error: 'insufficient_storage', reason: 'database_dir is too full' }),
      );
      return;
    }
    const drop = arming && batch;
    const forward = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      (answer) => {
        if (drop) {
          // The batch is stored on the server; its answer never arrives.
          answer.resume();
          answer.on('end', () => {
            arming = false;
            down = true;
            dropped += 1;
            req.socket.destroy();
          });
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => req.socket.destroy());
    req.pipe(forward);
  });
  const url = await listen(server);
  return {
    url,
    dropAfterNextBatch: () => {
      arming = true;
    },
    restart: () => {
      down = false;
    },
    diskFull: (value) => {
      full = value;
    },
    dropped: () => dropped,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}

export interface SyncForm {
  server: string;
  database: string;
  password?: string;
}

/**
 * Fills Settings → Sync and presses "Sync now"; resolves once the round is over: the button,
 * disabled while it runs, was disabled and is enabled again. A watcher in the page records the
 * disabled moment, so a round shorter than one poll is not missed, and a status line that changes
 * when the round starts (its last error cleared) is not taken for its end.
 */
export async function pressSyncNow(page: Page, baseUrl: string, form: SyncForm): Promise<void> {
  await page.goto(`${baseUrl}/settings`);
  const sync = page.getByRole('region', { name: 'Sync' });
  await sync.getByLabel('Server').fill(form.server);
  await sync.getByLabel('Database').fill(form.database);
  await sync.getByLabel('User').fill(SYNC_LOGIN.user);
  await sync.getByLabel('Password', { exact: true }).fill(form.password ?? SYNC_LOGIN.password);
  const button = sync.getByRole('button', { name: 'Sync now' });
  // The form is rebuilt when the settings it saves change, so the watcher looks at the whole page.
  await page.evaluate(() => {
    const watched = window as Window & { syncRoundStarted?: boolean };
    watched.syncRoundStarted = false;
    new MutationObserver(() => {
      if (document.querySelector('form button[type="submit"]:disabled') !== null) {
        watched.syncRoundStarted = true;
      }
    }).observe(document.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ['disabled'],
    });
  });
  await button.click();
  await expect
    .poll(
      async () =>
        (await page.evaluate(
          () => (window as Window & { syncRoundStarted?: boolean }).syncRoundStarted === true,
        )) && !(await button.isDisabled()),
      { timeout: 90_000 },
    )
    .toBe(true);
}

/** `pressSyncNow`, expecting the round to succeed. */
export async function syncNow(page: Page, baseUrl: string, form: SyncForm): Promise<void> {
  await pressSyncNow(page, baseUrl, form);
  const sync = page.getByRole('region', { name: 'Sync' });
  await expect
    .poll(() => sync.getByRole('status').textContent(), { timeout: 60_000 })
    .toMatch(/^Last sync: /);
  // The status comes from the database through a live query, which can show the round's outcome
  // a moment after the button is enabled again: the last round's error may still be on screen.
  await expect.poll(() => sync.getByRole('alert').allTextContents()).toEqual([]);
}
