import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort, startSyncServer } from '../helpers/node/sync-server.ts';
import { startE2E, type E2E } from './browser.ts';
import { readCardFronts, readCardStates, readReviewLog } from './idb.ts';
import { studyByKeyboard } from './study-keys.ts';
import {
  listen,
  pressSyncNow,
  startFlakyProxy,
  SYNC_LOGIN,
  syncNow,
  type FlakyProxy,
  type SyncForm,
} from './sync-server.ts';

/**
 * What goes wrong in sync, end to end against the repo's own server: the same card edited on
 * two devices, the server gone in the middle of a round, a server whose disk is full, and
 * addresses that are not this app's CouchDB database. Each device is a fresh browser profile.
 */
let e2e: E2E;
let couch: ChildProcess | undefined;
let couchUrl = '';
let proxy: FlakyProxy;
const plainServers: Server[] = [];

/** A plain web server answering every request with an HTML page, with CORS for everyone or not. */
async function plainServer(cors: boolean): Promise<string> {
  const server = createServer((_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/html',
      ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}),
    });
    res.end('<!doctype html><title>Hello</title><p>Not a database.</p>');
  });
  plainServers.push(server);
  return listen(server);
}

const auth = `Basic ${btoa(`${SYNC_LOGIN.user}:${SYNC_LOGIN.password}`)}`;

beforeAll(async () => {
  e2e = await startE2E();
  couchUrl = `http://127.0.0.1:${String(await freePort())}`;
  couch = await startSyncServer(Number(new URL(couchUrl).port), e2e.baseUrl);
  proxy = await startFlakyProxy(couchUrl);
}, 120_000);
afterAll(async () => {
  await proxy.close();
  for (const server of plainServers) server.close();
  couch?.kill('SIGTERM');
  await e2e.close();
});

async function device(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await e2e.browser.newContext();
  return { context, page: await context.newPage() };
}

async function study(page: Page, deckId: string, grades: string[]) {
  await page.goto(`${e2e.baseUrl}/decks/${deckId}/study`);
  await page.getByTestId('card-front').waitFor();
  await studyByKeyboard(page, grades);
}

async function editCurrentFront(page: Page, deckId: string, front: string) {
  await page.goto(`${e2e.baseUrl}/decks/${deckId}/study`);
  await page.getByTestId('card-front').waitFor();
  await page.getByRole('button', { name: /^Edit/ }).click();
  const form = page.getByRole('form', { name: 'Edit card' });
  await form.getByLabel('Front').fill(front);
  await form.getByRole('button', { name: 'Save' }).click();
  await page.getByTestId('card-front').filter({ hasText: front }).waitFor();
}

async function reviewUids(page: Page): Promise<string[]> {
  return (await readReviewLog(page)).map((row) => row.uid ?? '').sort();
}

test('the same card edited on two devices ends with the later text on both', async () => {
  const form: SyncForm = { server: couchUrl, database: 'edits' };
  const laptop = await device();
  const phone = await device();
  await syncNow(laptop.page, e2e.baseUrl, form);
  await syncNow(phone.page, e2e.baseUrl, form);

  await editCurrentFront(phone.page, 'bpo-da', 'Edited on the phone');
  await editCurrentFront(laptop.page, 'bpo-da', 'Edited on the laptop, later');
  // The earlier edit reaches the server last: the rule, not the order, decides.
  await syncNow(laptop.page, e2e.baseUrl, form);
  await syncNow(phone.page, e2e.baseUrl, form);
  await syncNow(laptop.page, e2e.baseUrl, form);

  const [onLaptop, onPhone] = [await readCardFronts(laptop.page), await readCardFronts(phone.page)];
  const edited = Object.entries(onLaptop).filter(([, front]) => front.startsWith('Edited'));
  expect(edited.map(([, front]) => front)).toEqual(['Edited on the laptop, later']);
  expect(onPhone).toEqual(onLaptop);
  await laptop.context.close();
  await phone.context.close();
}, 300_000);

test('a server gone in the middle of a round loses and duplicates nothing', async () => {
  const form: SyncForm = { server: proxy.url, database: 'dropped' };
  const laptop = await device();
  const phone = await device();
  await syncNow(laptop.page, e2e.baseUrl, form);
  await syncNow(phone.page, e2e.baseUrl, form);
  await study(laptop.page, 'bpo-vs-kpo-sk', ['3', '1']);
  await study(phone.page, 'bpo-da', ['4', '3', '3']);

  // The phone's answers reach the server, but the answer to that batch is lost and the server
  // is gone: the round fails, and the changes still count as waiting.
  proxy.dropAfterNextBatch();
  await pressSyncNow(phone.page, e2e.baseUrl, form);
  const sync = phone.page.getByRole('region', { name: 'Sync' });
  await expect
    .poll(() => sync.getByRole('alert').textContent(), { timeout: 60_000 })
    .toMatch(/^The server could not be reached/);
  expect(proxy.dropped()).toBe(1);
  expect(await sync.getByRole('status').textContent()).toMatch(/\d+ changes? waiting to be sent/);

  proxy.restart();
  await syncNow(phone.page, e2e.baseUrl, form);
  await expect.poll(() => sync.getByRole('status').textContent()).not.toMatch(/waiting/);
  await syncNow(laptop.page, e2e.baseUrl, form);
  await syncNow(phone.page, e2e.baseUrl, form);

  const uids = await reviewUids(laptop.page);
  expect(uids).toHaveLength(5);
  expect(new Set(uids).size).toBe(5);
  expect(await reviewUids(phone.page)).toEqual(uids);
  const studied = async (page: Page) =>
    (await readCardStates(page))
      .filter((card) => card.reps > 0)
      .map(({ id, state, reps, due }) => ({ id, state, reps, due }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(await studied(phone.page)).toEqual(await studied(laptop.page));
  await laptop.context.close();
  await phone.context.close();
}, 300_000);

test('a server whose disk is full keeps nothing, says so, and gets every answer once it has room', async () => {
  const form: SyncForm = { server: proxy.url, database: 'full' };
  const laptop = await device();
  await syncNow(laptop.page, e2e.baseUrl, form);
  await study(laptop.page, 'bpo-da', ['3', '4']);

  proxy.diskFull(true);
  await pressSyncNow(laptop.page, e2e.baseUrl, form);
  const sync = laptop.page.getByRole('region', { name: 'Sync' });
  expect(await sync.getByRole('alert').textContent()).toMatch(/^The server’s storage is full/);
  expect(await sync.getByRole('status').textContent()).toMatch(/\d+ changes? waiting to be sent/);

  proxy.diskFull(false);
  await syncNow(laptop.page, e2e.baseUrl, form);
  await expect.poll(() => sync.getByRole('status').textContent()).not.toMatch(/waiting/);
  const phone = await device();
  await syncNow(phone.page, e2e.baseUrl, { server: couchUrl, database: 'full' });
  const uids = await reviewUids(laptop.page);
  expect(uids).toHaveLength(2);
  expect(await reviewUids(phone.page)).toEqual(uids);
  await laptop.context.close();
  await phone.context.close();
}, 300_000);

test('addresses that are not this app’s CouchDB database say so and change nothing', async () => {
  // A CouchDB database another app filled.
  const foreign = await fetch(`${couchUrl}/recipes`, {
    method: 'PUT',
    headers: { Authorization: auth },
  });
  expect(foreign.status).toBe(201);
  await fetch(`${couchUrl}/recipes/pancakes`, {
    method: 'PUT',
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ flour: '200 g', eggs: 2 }),
  });
  const closed = `http://127.0.0.1:${String(await freePort())}`;
  const cases: [SyncForm, string][] = [
    [{ server: closed, database: 'deckwright' }, 'The server could not be reached'],
    [
      { server: await plainServer(true), database: 'deckwright' },
      'The address answers, but not as a CouchDB server.',
    ],
    [
      { server: await plainServer(false), database: 'deckwright' },
      'The server could not be reached, or it does not let this app connect.',
    ],
    [{ server: couchUrl, database: 'recipes' }, 'This database holds another app’s data.'],
    [
      { server: couchUrl, database: 'deckwright', password: 'wrong' },
      'The server refused the user name or password.',
    ],
  ];
  const { context, page } = await device();
  await study(page, 'bpo-da', ['3', '3']);
  const before = { reviews: await reviewUids(page), cards: await readCardStates(page) };
  const sync = page.getByRole('region', { name: 'Sync' });
  for (const [form, message] of cases) {
    await pressSyncNow(page, e2e.baseUrl, form);
    await expect
      .poll(() => sync.getByRole('alert').textContent(), { timeout: 60_000 })
      .toContain(message);
    expect(await reviewUids(page)).toEqual(before.reviews);
    expect(await readCardStates(page)).toEqual(before.cards);
  }
  // Nothing reached the other app's database.
  const recipes = (await (
    await fetch(`${couchUrl}/recipes/_all_docs`, { headers: { Authorization: auth } })
  ).json()) as { rows: { id: string }[] };
  expect(recipes.rows.map((row) => row.id)).toEqual(['pancakes']);
  await context.close();
}, 300_000);
