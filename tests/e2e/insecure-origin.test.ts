/**
 * The app as a phone opens it over plain http:// from the computer's LAN address
 * (`npm start -- --host`): not a secure context, so the browser hides `crypto.subtle`, the
 * service worker and `navigator.storage`. Chromium is told that a made-up host name is
 * 127.0.0.1, so the origin is neither localhost nor HTTPS on any machine, with or without a
 * network.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium, servePreview, type PreviewHandle } from '../helpers/node/chromium.ts';
import { countReviewLog } from './idb.ts';
import { pasteDocument } from './paste-text.ts';
import { studyByKeyboard } from './study-keys.ts';

const HOST = 'deckwright-phone.test';

let server: PreviewHandle;
let browser: Browser;
let baseUrl: string;
beforeAll(async () => {
  server = await servePreview({
    allowedHosts: [HOST],
    missingBuildHint: 'run `npm run test:e2e`, which builds first',
  });
  browser = await launchChromium([`--host-resolver-rules=MAP ${HOST} 127.0.0.1`]);
  baseUrl = server.baseUrl.replace('127.0.0.1', HOST);
});
afterAll(async () => {
  await browser.close();
  await server.close();
});

test('over plain http:// on a LAN address: add a pasted document, study it, see Settings', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: 'Your decks' }).waitFor();
  expect(
    await page.evaluate(() => ({
      secure: window.isSecureContext,
      subtle: typeof globalThis.crypto.subtle,
      serviceWorker: 'serviceWorker' in navigator,
      storage: typeof navigator.storage,
    })),
  ).toEqual({ secure: false, subtle: 'undefined', serviceWorker: false, storage: 'undefined' });

  const preview = await pasteDocument(
    page,
    'Phone networks',
    '# Networks\n\n## FAQ\n\n### What is a LAN?\n\nA network in one building.\n\n### What is a WAN?\n\nA network across cities.\n',
  );
  await preview.getByText('2 of 2 cards will be added.').waitFor();
  await preview.getByRole('button', { name: 'Add deck' }).click();
  await page.getByRole('heading', { level: 1, name: 'Phone networks' }).waitFor();
  expect(page.url()).toBe(`${baseUrl}/decks/phone-networks`);

  // Finishing a session asks for persistent storage, which this origin does not have.
  await page.goto(`${baseUrl}/decks/phone-networks/study`);
  await studyByKeyboard(page, ['4', '4']);
  await expect.poll(() => countReviewLog(page)).toBe(2);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByText('This browser does not say how much storage the app uses.').waitFor();
  await page
    .getByText('This browser cannot keep site data persistently.', { exact: false })
    .waitFor();
  expect(errors).toEqual([]);
  await context.close();
});
