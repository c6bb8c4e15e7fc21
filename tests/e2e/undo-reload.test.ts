import { afterAll, beforeAll, expect, test } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { countReviewLog } from './idb.ts';
import { studyByKeyboard } from './study-keys.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

test('an answer and a bulk action are still undone after a reload', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(`${baseUrl}/decks/bpo-tr/study`);
  const front = page.getByTestId('card-front');
  await front.waitFor();
  const first = await front.textContent();
  await studyByKeyboard(page, ['3']);
  await expect.poll(() => countReviewLog(page)).toBe(1);

  await page.reload();
  await front.waitFor();
  expect(await front.textContent()).not.toBe(first);
  const undo = page.getByRole('button', { name: /^Undo/ });
  await expect.poll(() => undo.isEnabled()).toBe(true);
  await page.keyboard.press('Control+z');
  await page.getByText('The last answer was undone.').waitFor();
  expect(await front.textContent()).toBe(first);
  expect(await countReviewLog(page)).toBe(0);

  await page.goto(`${baseUrl}/cards?deck=bpo-tr`);
  const boxes = page.getByRole('checkbox');
  await boxes.first().waitFor();
  await boxes.nth(0).click();
  await boxes.nth(1).click({ modifiers: ['Shift'] });
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await page.getByText('Suspended 2 cards.').waitFor();
  const suspendedCells = page.getByRole('cell', { name: /suspended/i });
  await expect.poll(() => suspendedCells.count()).toBe(2);

  await page.reload();
  const undoAction = page.getByRole('button', { name: 'Undo (Ctrl+Z)' });
  await expect.poll(() => undoAction.isEnabled()).toBe(true);
  await undoAction.click();
  await page.getByText('Undone: Suspended 2 cards.').waitFor();
  await expect.poll(() => suspendedCells.count()).toBe(0);
});
