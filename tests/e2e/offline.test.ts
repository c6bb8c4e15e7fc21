import { afterAll, beforeAll, expect, test } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { countReviewLog, readCardStates } from './idb.ts';
import { pasteDocument } from './paste-text.ts';
import { studyByKeyboard } from './study-keys.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

test('after one visit the app loads, studies and keeps its data with no network at all', async () => {
  const { page, context, baseUrl } = e2e;
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(message.text());
  });
  await page.goto(baseUrl);
  // The built app runs under its Content-Security-Policy, and nothing in it breaks the policy.
  expect(
    await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
  ).toMatch(/script-src 'self'.*object-src 'none'.*base-uri 'self'/);
  await page.getByRole('heading', { level: 2 }).first().waitFor();
  // The worker is active once it has precached the app shell and the decks.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));

  await context.setOffline(true);
  // The network is really gone, for the page and for the service worker.
  const fromPage = await page.evaluate(() =>
    fetch(`/not-precached-${Date.now()}`).then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(fromPage).toBe('failed');
  const [worker] = context.serviceWorkers();
  expect(worker).toBeDefined();
  const fromWorker = await worker?.evaluate(() =>
    fetch('/not-precached-from-worker').then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(fromWorker).toBe('failed');

  await page.reload();
  await page.getByRole('link', { name: 'Rozdiel medzi BPO a KPO' }).click();
  await page.getByRole('link', { name: 'Study' }).first().click();
  await studyByKeyboard(page, ['3', '3', '1', '4']);
  await expect.poll(() => countReviewLog(page)).toBe(4);
  const studied = await readCardStates(page);
  const counts = await page.getByLabel(/^Remaining:/).getAttribute('aria-label');

  await page.reload();
  await page.getByTestId('card-front').waitFor();
  expect(await page.getByLabel(/^Remaining:/).getAttribute('aria-label')).toBe(counts);
  expect(await readCardStates(page)).toEqual(studied);
  expect(await countReviewLog(page)).toBe(4);

  // A screen loaded lazily (its own chunk) opens offline too.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await context.setOffline(false);
  expect(violations).toEqual([]);
});

test('offline, a document becomes a deck: the reader and the generator’s worker are cached', async () => {
  const { context, baseUrl } = e2e;
  // A new tab: the import chunks and the worker have not been loaded in this one yet.
  const page = await context.newPage();
  await page.goto(baseUrl);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await context.setOffline(true);
  await page.reload();
  const preview = await pasteDocument(
    page,
    'Offline notes',
    '# Notes\n\n## FAQ\n\n### What is a cache?\n\nA store of copies kept close by.\n',
  );
  await preview.getByText('1 of 1 cards will be added.').waitFor();
  await preview.getByRole('button', { name: 'Add deck' }).click();
  await page.getByRole('heading', { level: 1, name: 'Offline notes' }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Offline notes' }).waitFor();
  await context.setOffline(false);
  await page.close();
});
