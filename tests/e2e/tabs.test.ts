import { afterAll, beforeAll, expect, test } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { startStudyDayFarFromNow, studyByKeyboard } from './study-keys.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

const DECK = 'Rozdiel medzi BPO a KPO';

test('two tabs: an answer given in one shows in the other without a reload', async () => {
  const { page: list, context, baseUrl } = e2e;
  await list.goto(`${baseUrl}/decks/bpo-vs-kpo-sk`);
  await list.locator('summary', { hasText: 'Options' }).click();
  await startStudyDayFarFromNow(list);
  await list.getByRole('button', { name: 'Save options' }).click();
  await list.getByText('Options saved.').waitFor();
  await list.goto(baseUrl);
  const counts = list
    .getByRole('listitem')
    .filter({ hasText: DECK })
    .getByLabel(/ due today$/);
  await expect
    .poll(() => counts.getAttribute('aria-label'))
    .toBe('20 new, 0 learning, 0 due today');

  const study = await context.newPage();
  await study.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/study`);
  await studyByKeyboard(study, ['3', '3']);
  await expect
    .poll(() => counts.getAttribute('aria-label'))
    .toBe('18 new, 2 learning, 0 due today');
  await study.close();
});

test('a schema upgrade opened in another tab makes this tab reload instead of blocking it', async () => {
  const { page: app, context, baseUrl } = e2e;
  await app.goto(baseUrl);
  await app.getByRole('heading', { level: 2, name: DECK }).waitFor();
  await app.evaluate(() => {
    (window as { beforeUpgrade?: boolean }).beforeUpgrade = true;
  });
  const reloaded = app.waitForEvent('load');

  // A newer app version in another tab: a same-origin page opens the database at a higher
  // version with a new store. (A plain file, so that tab runs no app code of its own.)
  const newer = await context.newPage();
  await newer.goto(`${baseUrl}/favicon.svg`);
  const events = await newer.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const seen: string[] = [];
        void indexedDB.databases().then((databases) => {
          const current = databases.find((db) => db.name === 'deckwright')?.version ?? 0;
          const request = indexedDB.open('deckwright', current + 10);
          request.onblocked = () => seen.push('blocked');
          request.onupgradeneeded = () => {
            seen.push('upgrade');
            request.result.createObjectStore('addedByANewerVersion');
          };
          request.onsuccess = () => {
            seen.push('opened');
            request.result.close();
            resolve(seen);
          };
          request.onerror = () => {
            reject(new Error(String(request.error)));
          };
        });
      }),
  );
  expect(events).toEqual(['upgrade', 'opened']);

  await reloaded;
  expect(
    await app.evaluate(() => (window as { beforeUpgrade?: boolean }).beforeUpgrade),
  ).toBeUndefined();
  // The reloaded tab works on the upgraded database, with the answers given before.
  const counts = app
    .getByRole('listitem')
    .filter({ hasText: DECK })
    .getByLabel(/ due today$/);
  await expect
    .poll(() => counts.getAttribute('aria-label'))
    .toBe('18 new, 2 learning, 0 due today');
});

test('Check database removes the undo steps of a closed tab and keeps an open tab’s', async () => {
  const { page: settings, context, baseUrl } = e2e;
  const other = await context.newPage();
  await other.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/cards`);
  await other.getByRole('row').nth(1).getByRole('checkbox').check();
  await other.getByRole('button', { name: 'Suspend' }).first().click();
  await other.getByText('Suspended 1 card.').waitFor();

  await settings.goto(`${baseUrl}/settings`);
  const report = settings.getByRole('status', { name: 'Database check report' });
  await settings.getByRole('button', { name: 'Check database' }).click();
  await report.waitFor();
  expect(await report.textContent()).not.toContain('closed');

  // The other tab can still undo its action; once it is closed, nobody can.
  await other.getByRole('button', { name: 'Undo' }).waitFor();
  await other.close();
  await settings.reload();
  await settings.getByRole('button', { name: 'Check database' }).click();
  await settings.getByText('1 undo step of a tab that was closed was removed.').waitFor();
});

test('a duplicated tab takes an id of its own and cannot undo the original tab’s answer', async () => {
  const { page: original, context, baseUrl } = e2e;
  await original.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/study`);
  await studyByKeyboard(original, ['3']);
  const undo = (page: typeof original) => page.getByRole('button', { name: /^Undo/ });
  await expect.poll(() => undo(original).isEnabled()).toBe(true);
  const readOrigin = (page: typeof original) =>
    page.evaluate(() => sessionStorage.getItem('deckwright.tab'));
  const originalOrigin = await readOrigin(original);
  expect(originalOrigin).toMatch(/^tab-/);

  // Duplicating a tab copies its sessionStorage into the new tab.
  const duplicate = await context.newPage();
  await duplicate.addInitScript((origin) => {
    if (sessionStorage.getItem('deckwright.tab') === null) {
      sessionStorage.setItem('deckwright.tab', origin);
    }
  }, originalOrigin ?? '');
  await duplicate.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/study`);
  await duplicate.getByTestId('card-front').waitFor();
  await expect.poll(() => readOrigin(duplicate), { timeout: 5_000 }).not.toBe(originalOrigin);
  expect(await readOrigin(duplicate)).toMatch(/^tab-/);
  expect(await undo(duplicate).isEnabled()).toBe(false);
  await duplicate.keyboard.press('Control+z');
  await duplicate.close();

  expect(await undo(original).isEnabled()).toBe(true);
  await original.keyboard.press('Control+z');
  await original.getByText('The last answer was undone.').waitFor();
});
