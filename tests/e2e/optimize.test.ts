import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  parseBackupJson,
  serializeBackupValue,
  tablesChecksum,
  type Backup,
} from '../../src/domain/backup/backup-format.ts';
import { DAY_MS } from '../../src/domain/time/time-units.ts';
import { simulateLearner } from '../helpers/simulate-learner.ts';
import { startE2E, type E2E } from './browser.ts';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E({ plainStatic: true });
});
afterAll(async () => {
  await e2e.close();
});

/** The figures table's cells of one row ("Current" or "New"): log loss and RMSE as shown. */
async function figures(name: 'Current' | 'New') {
  const row = e2e.page.getByRole('row', { name: new RegExp(`^${name} `) });
  const cells = await row.getByRole('cell').allTextContents();
  return { logLoss: Number(cells[0]), rmse: cells[1] ?? '' };
}

async function openOptions() {
  await e2e.page.getByText('Options', { exact: true }).click();
  await e2e.page.getByRole('heading', { name: 'FSRS parameters' }).waitFor();
}

test('a year of reviews, Optimize on a plain static server: figures before and after, kept after a reload', async () => {
  const { page, baseUrl } = e2e;
  // A deck never studied: nothing to fit, and the panel says how many reviews it takes.
  await page.goto(`${baseUrl}/decks/bpo-da`);
  // No special headers from this server: the first visit, before any service worker, is not
  // cross-origin isolated.
  expect(
    await page.evaluate(() => [navigator.serviceWorker.controller, self.crossOriginIsolated]),
  ).toEqual([null, false]);
  await openOptions();
  await page.getByRole('button', { name: 'Optimize' }).click();
  await page.getByText(/^0 of this deck’s reviews can be predicted .* at least 8\./).waitFor();

  // A deck of 120 cards and a simulated learner's year of answers, put in through a backup.
  await page.goto(`${baseUrl}/settings`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  const backup = parseBackupJson(await readFile(await download.path(), 'utf8')) as Backup;
  const [deck] = (backup.tables.decks ?? []).filter((row) => row.id === 'bpo-da');
  const [card] = (backup.tables.cards ?? []).filter((row) => row.deckId === 'bpo-da');
  const cardIds = Array.from({ length: 120 }, (_, index) => `history:faq:${index}`);
  const now = Date.now();
  const answers = simulateLearner({
    cardIds,
    start: new Date(now - 365 * DAY_MS),
    end: new Date(now - DAY_MS),
    seed: 15,
  });
  const tables = {
    ...backup.tables,
    decks: [
      ...(backup.tables.decks ?? []),
      { ...deck, id: 'history', title: 'Imported history', position: 99 },
    ],
    cards: [
      ...(backup.tables.cards ?? []),
      ...cardIds.map((id, position) => ({ ...card, id, deckId: 'history', position })),
    ],
    reviewLog: answers.map((answer) => ({ ...answer, deckId: 'history', durationMs: 5000 })),
  };
  const withHistory: Backup = {
    ...backup,
    counts: Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length])),
    tables,
    checksum: tablesChecksum(tables),
  };
  await page.getByLabel('Backup file').setInputFiles({
    name: 'history.json',
    mimeType: 'application/json',
    buffer: Buffer.from(serializeBackupValue(withHistory)),
  });
  await page.getByTestId('backup-summary').waitFor();
  await page.getByRole('button', { name: 'Replace' }).click();
  await page
    .getByRole('group', { name: 'Replace' })
    .getByRole('button', { name: 'Yes, replace it' })
    .click();
  await page.getByText(/^Backup imported; your collection was replaced\./).waitFor();

  // Once the service worker controls the page (one reload), the responses it serves carry the
  // cross-origin isolation headers.
  await page.goto(`${baseUrl}/decks/history`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  expect(
    await page.evaluate(() => [
      navigator.serviceWorker.controller !== null,
      self.crossOriginIsolated,
    ]),
  ).toEqual([true, true]);
  await openOptions();
  await page.getByText('This deck uses FSRS’s default parameters.').waitFor();
  await page.getByRole('button', { name: 'Optimize' }).click();
  // (How far the fitting is shows while the worker trains, read every 250 ms; on an idle
  // machine this history fits faster than that, so the component test checks that text.)
  await page.getByText(/^The new parameters predict your reviews better;/).waitFor({
    timeout: 60_000,
  });
  const before = await figures('Current');
  const after = await figures('New');
  expect(after.logLoss).toBeLessThan(before.logLoss);
  expect(before.rmse).toMatch(/^\d+\.\d\d%$/);
  expect(after.rmse).toMatch(/^\d+\.\d\d%$/);
  await page.getByText(/^Fitted to your reviews on .+ \(\d+ reviews\)\.$/).waitFor();

  // After a reload the deck keeps them: Evaluate now scores the fitted parameters.
  await page.reload();
  await openOptions();
  await page.getByText(`(${answers.length} reviews)`, { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Evaluate' }).click();
  await page.getByText(/^How well the current parameters predict/).waitFor();
  expect((await figures('Current')).logLoss).toBe(after.logLoss);
});
