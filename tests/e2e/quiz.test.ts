import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './browser.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

/** Rows in an object store of the page's IndexedDB, read directly (not through the app). */
function countRows(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('deckwright');
        open.onerror = () => {
          reject(new Error(String(open.error)));
        };
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => {
            reject(new Error(String(request.error)));
          };
        };
      }),
    store,
  );
}

/** Answers whatever question is on screen by keyboard only. */
async function answerByKeyboard(page: Page) {
  const typed = page.getByRole('textbox', { name: 'Your answer' });
  const items = page.getByRole('list', { name: 'Items' }).getByRole('button');
  if ((await typed.count()) > 0) {
    await typed.pressSequentially('odpoveď');
    await page.keyboard.press('Enter');
  } else if ((await items.count()) > 0) {
    const count = await items.count();
    for (let index = 0; index < count; index += 1) {
      await page.keyboard.press(String(index + 1));
      await page.keyboard.press('ABCDEF'.charAt(index).toLowerCase());
    }
    await page.keyboard.press('Enter');
  } else {
    // Multiple choice (1–4) or true/false (1 = true).
    await page.keyboard.press('1');
  }
}

test('take a 10-question quiz by keyboard, reload, and find it in the deck’s quiz history', async () => {
  const { page, baseUrl } = e2e;
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });

  await page.goto(baseUrl);
  await page.getByRole('heading', { name: 'Your decks' }).waitFor();
  // The quiz screens are their own chunks: the deck list does not load them, the quiz page does.
  const quizChunk = /\/(multi-)?quiz(-page)?-[\w-]+\.js$/;
  expect(scripts.filter((url) => quizChunk.test(url))).toEqual([]);

  await page.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/quiz`);
  await page.getByRole('button', { name: 'Start quiz' }).click();
  expect(scripts.some((url) => /\/quiz-page-[\w-]+\.js$/.test(url))).toBe(true);
  for (let number = 1; number <= 10; number += 1) {
    await page.getByText(`Question ${number} of 10`).waitFor();
    await answerByKeyboard(page);
    await page.getByRole('button', { name: /^(Next|See the results)/ }).waitFor();
    await page.keyboard.press('Enter');
  }
  const score = page.getByTestId('quiz-score');
  await score.waitFor();
  const result = await score.textContent();
  expect(result).toMatch(/^(10|\d)\/10$/);
  expect(
    await page.getByRole('table', { name: 'Questions and answers' }).getByRole('row').count(),
  ).toBeGreaterThan(10);
  expect(await countRows(page, 'quizzes')).toBe(1);
  expect(await countRows(page, 'quizAnswers')).toBe(10);

  await page.reload();
  const history = page.getByRole('region', { name: 'Quiz history' });
  const row = history.getByTestId('quiz-history-row');
  await row.waitFor();
  expect(await row.count()).toBe(1);
  expect(await row.getByRole('cell').nth(1).textContent()).toBe(result);
  const share = Math.round((Number(result?.split('/')[0]) / 10) * 100);
  expect(await history.getByRole('img').getAttribute('aria-label')).toBe(
    `Score over time, oldest first: ${share}%`,
  );
});
