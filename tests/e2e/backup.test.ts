import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { countReviewLog, readCardStates } from './idb.ts';
import { studyByKeyboard } from './study-keys.ts';

let e2e: E2E;

/** Scheduling state without `version`, which an import raises so stale screens notice it. */
async function schedulingStates() {
  return (await readCardStates(e2e.page)).map(({ id, state, reps, lapses, due }) => ({
    id,
    state,
    reps,
    lapses,
    due,
  }));
}
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

async function chooseFile(text: string, name: string) {
  await e2e.page.getByLabel('Backup file').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

test('export a backup, lose the site data, import it: everything is back; a cut-off file changes nothing', async () => {
  const { page, context, baseUrl } = e2e;
  await page.goto(`${baseUrl}/decks/bpo-da/study`);
  await studyByKeyboard(page, ['3', '1', '3', '4', '2']);
  const studied = await schedulingStates();
  expect(studied.filter((card) => card.reps > 0)).toHaveLength(5);

  await page.getByRole('link', { name: 'Settings' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^deckwright-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(JSON.parse(text)).toMatchObject({ format: 'deckwright-backup', formatVersion: 1 });

  // Delete the site's IndexedDB the way "clear site data" does, then start again.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: baseUrl, storageTypes: 'indexeddb' });
  await page.goto(`${baseUrl}/settings`);
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  expect(await countReviewLog(page)).toBe(0);
  expect((await readCardStates(page)).filter((card) => card.reps > 0)).toHaveLength(0);

  await chooseFile(text, 'backup.json');
  await page.getByTestId('backup-summary').waitFor();
  await page.getByRole('button', { name: 'Replace' }).click();
  const confirm = page.getByRole('group', { name: 'Replace' });
  await expect(confirm.textContent()).resolves.toMatch(
    /^Your cards \(\d+\) and reviews \(0\) will be replaced by the backup’s cards \(\d+\) and reviews \(5\)\./,
  );
  await confirm.getByRole('button', { name: 'Yes, replace it' }).click();
  await page.getByText(/^Backup imported; your collection was replaced\./).waitFor();
  expect(await countReviewLog(page)).toBe(5);
  expect(await schedulingStates()).toEqual(studied);

  await chooseFile(text.slice(0, Math.floor(text.length * 0.6)), 'cut.json');
  await expect(page.getByRole('alert').textContent()).resolves.toMatch(
    /^This file was not imported, and nothing was changed\. The file ends too early/,
  );
  expect(await page.getByRole('button', { name: 'Replace' }).count()).toBe(0);
  expect(await countReviewLog(page)).toBe(5);
  expect(await schedulingStates()).toEqual(studied);

  // And after a reload the study screen continues from the restored state.
  await page.goto(`${baseUrl}/decks/bpo-da/study`);
  await page.getByTestId('card-front').waitFor();
  expect(await schedulingStates()).toEqual(studied);

  // That start took today's automatic snapshot of the restored collection; the collection the
  // import replaced was kept before it.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByText(/\(cards: \d+, reviews: 5\)$/).waitFor();
  await page.getByText(/, before a Replace \(cards: \d+, reviews: 0\)$/).waitFor();
  expect(await page.getByRole('button', { name: /^Restore the snapshot of / }).count()).toBe(2);
});
