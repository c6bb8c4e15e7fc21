import { afterAll, beforeAll, expect, test } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { countReviewLog } from './idb.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

test('study six cards, then statistics show them; the browser finds a Danish card without accents', async () => {
  const { page, baseUrl } = e2e;
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.goto(`${baseUrl}/decks/kpo-da/study`);
  const front = page.getByTestId('card-front');
  await front.waitFor();
  for (let answered = 0; answered < 6; answered += 1) {
    await page.keyboard.press('Space');
    await page.getByTestId('card-back').waitFor();
    await page.keyboard.press('3');
    await page.getByTestId('card-back').waitFor({ state: 'detached' });
  }
  await expect.poll(() => countReviewLog(page)).toBe(6);

  // Through the navigation, so the statistics chunk (and uPlot) load on demand.
  await page.getByRole('link', { name: 'Statistics' }).click();
  const reviews = page.getByTestId('today-reviews');
  await reviews.waitFor();
  expect(await reviews.textContent()).toBe('6');
  expect(await page.getByTestId('today-cards').textContent()).toBe('6');
  expect(await page.getByTestId('today-again').textContent()).toBe('0%');
  expect(await page.getByTestId('current-streak').textContent()).toBe('1 day');
  // Six new cards: no review answers yet, so today's retention has no value, not 0 %.
  expect(await page.getByTestId('today-retention').textContent()).toBe('—');
  const retention = page.getByRole('table', { name: /Share of review answers that passed/ });
  expect(await retention.getByRole('row').count()).toBe(5);
  // …and the section says why: the answers were learning steps.
  expect(await page.getByTestId('retention-empty').textContent()).toMatch(
    /^No review-state answers yet: cards are still learning\./,
  );
  // Six of the 83 cards of the bundled decks.
  expect(await page.getByTestId('count-learning').textContent()).toBe('6 (7.2%)');

  // Charts: uPlot canvases (reviews, forecast, three memory histograms) and the SVG calendar.
  const charts = page.getByRole('img').filter({ has: page.locator('canvas') });
  await charts.nth(4).waitFor();
  expect(await charts.count()).toBe(5);
  const calendar = page.getByRole('img', { name: /^Calendar of daily reviews over the last year/ });
  expect(await calendar.locator('rect').count()).toBe(365);
  expect(workers.some((url) => url.includes('stats.worker'))).toBe(true);

  // One deck: its own address, its own figures.
  await page.getByRole('combobox', { name: 'Deck' }).selectOption('kpo-da');
  await page.waitForURL(`${baseUrl}/decks/kpo-da/stats`);
  await page.getByTestId('count-learning').filter({ hasText: '6 (37.5%)' }).waitFor();

  // The deck list says the same of the deck's 30-day retention.
  await page.goto(`${baseUrl}/`);
  await page
    .getByText('Retention (30 days): no review-state answers yet: cards are still learning')
    .waitFor();

  await page.goto(`${baseUrl}/decks/kpo-da/cards`);
  await page.getByRole('searchbox', { name: 'Search' }).fill('okonomiske');
  await page.getByText('8 cards', { exact: true }).waitFor();
  const found = page.getByRole('table').getByRole('link', { name: /Økonomiske konsulenter/ });
  expect(await found.count()).toBe(7);
  expect(await found.first().getAttribute('href')).toMatch(/^\/decks\/kpo-da\/cards\/kpo-da%3A/);
});
