import type { ChildProcess } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { freePort, startSyncServer } from '../helpers/node/sync-server.ts';
import { startE2E, type E2E } from './browser.ts';
import { readCardStates, readReviewLog } from './idb.ts';
import { studyByKeyboard } from './study-keys.ts';
import { syncNow as syncWith } from './sync-server.ts';

/**
 * Two devices (two browser profiles) syncing through the repo's own server (`npm run
 * sync-server`, PouchDB Server in memory), started here on a free port.
 */
let e2e: E2E;
let server: ChildProcess | undefined;
let serverUrl = '';

beforeAll(async () => {
  e2e = await startE2E();
  serverUrl = `http://127.0.0.1:${String(await freePort())}`;
  server = await startSyncServer(Number(new URL(serverUrl).port), e2e.baseUrl);
}, 120_000);
afterAll(async () => {
  server?.kill('SIGTERM');
  await e2e.close();
});

async function study(page: Page, context: BrowserContext, deckId: string, grades: string[]) {
  await page.goto(`${e2e.baseUrl}/decks/${deckId}/study`);
  await page.getByTestId('card-front').waitFor();
  await context.setOffline(true);
  await studyByKeyboard(page, grades);
  await context.setOffline(false);
}

async function syncNow(page: Page) {
  await syncWith(page, e2e.baseUrl, { server: serverUrl, database: 'e2e-collection' });
}

async function reviewUids(page: Page): Promise<string[]> {
  return (await readReviewLog(page)).map((row) => row.uid ?? '').sort();
}

async function studiedStates(page: Page) {
  const cards = await readCardStates(page);
  return cards
    .filter((card) => card.reps > 0)
    .map(({ id, state, reps, lapses, due }) => ({ id, state, reps, lapses, due }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

test('two devices study different cards offline, sync, and end with the same reviews and states', async () => {
  const laptop = e2e.page;
  const phoneContext = await e2e.browser.newContext();
  const phone = await phoneContext.newPage();

  await study(laptop, e2e.context, 'bpo-vs-kpo-sk', ['3', '1']);
  await study(phone, phoneContext, 'bpo-da', ['4', '3', '3']);

  await syncNow(laptop);
  await syncNow(phone);
  await syncNow(laptop);

  const [laptopUids, phoneUids] = [await reviewUids(laptop), await reviewUids(phone)];
  expect(laptopUids).toHaveLength(5);
  expect(phoneUids).toEqual(laptopUids);
  const laptopStates = await studiedStates(laptop);
  expect(laptopStates).toHaveLength(5);
  expect(await studiedStates(phone)).toEqual(laptopStates);

  // The deck list counts (from the statistics summaries and cards) agree too.
  for (const page of [laptop, phone]) {
    await page.goto(e2e.baseUrl);
    await page.getByRole('heading', { level: 2, name: 'Rozdiel medzi BPO a KPO' }).waitFor();
  }
  const counts = (page: Page) =>
    page
      .getByRole('listitem')
      .filter({ hasText: 'Rozdiel medzi BPO a KPO' })
      .getByLabel(/ due today$/)
      .getAttribute('aria-label');
  expect(await counts(phone)).toBe(await counts(laptop));

  // Syncing again changes nothing: no duplicates.
  await syncNow(phone);
  expect(await reviewUids(phone)).toEqual(laptopUids);
  await phoneContext.close();
}, 240_000);
