import { afterAll, beforeAll, expect, test } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { countReviewLog, readReviewRatings } from './idb.ts';
import { studyByKeyboard } from './study-keys.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

// The tests share one browser profile, so each works on a deck of its own.

test('Space on the answer side records a Good review', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(`${baseUrl}/decks/bpo-da/study`);
  const front = page.getByTestId('card-front');
  await front.waitFor();
  const first = await front.textContent();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: /^Good, .*\(key 3 or Space\)$/ }).waitFor();
  await page.keyboard.press('Space');
  await page.getByTestId('card-back').waitFor({ state: 'detached' });
  expect(await front.textContent()).not.toBe(first);
  expect(await readReviewRatings(page)).toEqual([3]);
  expect(await page.title()).toMatch(/^Study · .+ · Deckwright$/);
});

test('a card suspended while studying is found in the browser by its answer, unsuspended, and studied again', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/study`);
  const front = page.getByTestId('card-front');
  await front.waitFor();
  expect(await front.textContent()).toBe('BPO');
  await page.keyboard.press('@');
  await page.getByText('Card suspended').waitFor();
  expect(await front.textContent()).toBe('KPO');

  await page.getByRole('link', { name: 'Cards', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Search' }).fill('podnikoveho spracovania kanalu');
  await page.getByText('1 card', { exact: true }).waitFor();
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'BPO', exact: true }) });
  expect(await row.getByRole('cell').nth(4).textContent()).toContain('Suspended');
  expect(await row.locator('mark').allTextContents()).toEqual([
    'podnikového',
    'spracovania',
    'kanálu',
  ]);
  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Unsuspend' }).click();
  await page.getByText('Unsuspended 1 card.').waitFor();

  await page.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/study`);
  await front.waitFor();
  expect(await front.textContent()).toBe('BPO');
});

test('a card buried while studying comes back when unburied in the browser', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(`${baseUrl}/decks/kpo-da/study`);
  const front = page.getByTestId('card-front');
  await front.waitFor();
  const buried = await front.textContent();
  await page.keyboard.press('-');
  await page.getByText('Card buried until tomorrow.').waitFor();
  expect(await front.textContent()).not.toBe(buried);

  await page.goto(`${baseUrl}/cards?deck=kpo-da`);
  const row = page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: buried ?? '', exact: true }) });
  expect(await row.getByRole('cell').nth(4).textContent()).toBe('New, buried');
  await row.getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Unbury' }).click();
  await page.getByText('Unburied 1 card.').waitFor();
  await expect.poll(() => row.getByRole('cell').nth(4).textContent()).toBe('New');

  await page.goto(`${baseUrl}/decks/kpo-da/study`);
  await front.waitFor();
  expect(await front.textContent()).toBe(buried);
});

test('three cards deleted in the browser come back with their history on Ctrl+Z', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(`${baseUrl}/decks/bpo-tr/study`);
  await studyByKeyboard(page, ['3', '3', '1']);
  const reviews = await countReviewLog(page);

  await page.goto(`${baseUrl}/cards?deck=bpo-tr`);
  const boxes = page.getByRole('checkbox');
  await boxes.first().waitFor();
  const total = await page.getByText(/^\d+ cards$/).textContent();
  await boxes.nth(0).click();
  await boxes.nth(2).click({ modifiers: ['Shift'] });
  await page.getByText('3 cards selected').waitFor();
  await page.getByRole('button', { name: 'Delete' }).click();
  const question = page.getByRole('alertdialog', { name: 'Delete 3 cards and their 3 reviews?' });
  await question.getByRole('button', { name: 'Delete' }).click();
  await page.getByText('Deleted 3 cards.').waitFor();
  expect(await countReviewLog(page)).toBe(reviews - 3);

  await page.keyboard.press('Control+z');
  await page.getByText('Undone: Deleted 3 cards.').waitFor();
  await expect.poll(() => page.getByText(/^\d+ cards$/).textContent()).toBe(total);
  expect(await countReviewLog(page)).toBe(reviews);
  await boxes.first().waitFor();
  const firstRow = page.getByRole('row').nth(1);
  expect(await firstRow.getByRole('cell').last().textContent()).toBe('0');
  await firstRow.getByRole('link').click();
  await page.getByRole('heading', { name: 'Review history' }).waitFor();
  expect(await page.getByRole('table').getByRole('row').count()).toBe(2);
});
