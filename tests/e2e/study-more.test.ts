import { afterAll, beforeAll, expect, test } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { readReviewRatings } from './idb.ts';
import { startStudyDayFarFromNow, studyByKeyboard } from './study-keys.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

test('"Study more new cards today" at the session end raises today’s limit, also after a reload', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(`${baseUrl}/decks/kpo-da`);
  await page.locator('summary', { hasText: 'Options' }).click();
  const newPerDay = page.getByRole('textbox', { name: 'New cards per day' });
  await newPerDay.fill('2');
  await startStudyDayFarFromNow(page);
  await page.getByRole('button', { name: 'Save options' }).click();
  await page.getByText('Options saved.').waitFor();

  await page.goto(`${baseUrl}/decks/kpo-da/study`);
  await studyByKeyboard(page, ['4', '4']);
  const more = page.getByRole('form', { name: 'Study more new cards today' });
  await more.getByText('This deck has 14 new cards not studied yet.').waitFor();
  await more.getByRole('spinbutton', { name: 'How many more' }).fill('3');
  await more.getByRole('button', { name: 'Study them' }).click();
  await page.getByTestId('card-front').waitFor();
  expect(await page.getByLabel(/^Remaining:/).getAttribute('aria-label')).toBe(
    'Remaining: 3 new, 0 learning, 0 to review',
  );
  await studyByKeyboard(page, ['4']);

  // The extra cards are stored for today: a reload still has the two left.
  await page.reload();
  await page.getByTestId('card-front').waitFor();
  expect(await page.getByLabel(/^Remaining:/).getAttribute('aria-label')).toBe(
    'Remaining: 2 new, 0 learning, 0 to review',
  );
  await studyByKeyboard(page, ['4', '4']);
  await more.getByText('This deck has 11 new cards not studied yet.').waitFor();
  expect(await readReviewRatings(page)).toEqual([4, 4, 4, 4, 4]);
});
