import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './browser.ts';
import { answerByKeyboard } from './quiz-keys.ts';

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
  // Matching sets score per pair, so the total may have a decimal.
  expect(result).toMatch(/^(10|\d(\.\d)?)\/10$/);
  // One row per question, under the header.
  expect(
    await page.getByRole('table', { name: 'Questions and answers' }).getByRole('row').count(),
  ).toBe(11);
  // Readable at a glance: ten questions take about 1,600–1,900 px at 1280×720, not 6,000.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height).toBeLessThan(3000);
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
  // Drawn by uPlot, with its axes.
  await history.locator('.uplot canvas').waitFor();
  expect(await history.locator('.uplot .u-axis').count()).toBe(2);
});

/** Starts a quiz of `count` questions of the one type `type` on the open quiz page. */
async function startQuiz(page: Page, type: string, count: number) {
  const form = page.getByRole('form', { name: 'New quiz' });
  await form.getByRole('spinbutton', { name: /Number of questions/ }).fill(String(count));
  for (const name of ['Multiple choice', 'True or false', 'Typed answer', 'Matching']) {
    await form.getByRole('checkbox', { name }).setChecked(name === type);
  }
  await form.getByRole('button', { name: 'Start quiz' }).click();
  await page.getByText(`Question 1 of ${count}`).waitFor();
}

test('a list question’s four options are all absent from the question', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/quiz`);
  await startQuiz(page, 'Multiple choice', 10);
  let listQuestions = 0;
  for (let number = 1; number <= 10; number += 1) {
    await page.getByText(`Question ${number} of 10`).waitFor();
    const prompt = (await page.getByTestId('quiz-prompt').textContent()) ?? '';
    const options = await page
      .getByRole('list', { name: 'Options' })
      .getByRole('button')
      .locator('span')
      .allTextContents();
    expect(options).toHaveLength(4);
    if (prompt.includes('_____') && prompt.includes('•')) {
      listQuestions += 1;
      expect(options.filter((option) => prompt.includes(option))).toEqual([]);
    }
    await page.keyboard.press('1');
    await page.getByRole('button', { name: /^(Next|See the results)/ }).waitFor();
    await page.keyboard.press('Enter');
  }
  expect(listQuestions).toBeGreaterThan(0);
  await page.getByTestId('quiz-score').waitFor();
});

test('true/false results show True and False, the statement apart', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/quiz`);
  await startQuiz(page, 'True or false', 3);
  for (let number = 1; number <= 3; number += 1) {
    await page.getByText(`Question ${number} of 3`).waitFor();
    await page.keyboard.press(number === 2 ? '2' : '1');
    await page.getByRole('button', { name: /^(Next|See the results)/ }).waitFor();
    await page.keyboard.press('Enter');
  }
  const rows = page.getByTestId('quiz-result-row');
  await rows.first().waitFor();
  expect(await rows.count()).toBe(3);
  for (let index = 0; index < 3; index += 1) {
    const cells = rows.nth(index).getByRole('cell');
    expect(await cells.nth(1).locator('q').count()).toBe(1);
    expect(await cells.nth(2).textContent()).toBe(index === 1 ? 'False' : 'True');
    expect(await cells.nth(3).textContent()).toMatch(/^(True|False)$/);
    expect(await cells.nth(4).textContent()).toMatch(/^(0|100)%$/);
  }
});

test('a near miss counted as right shows as right in the results', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/quiz`);
  // A plain wrong answer first: no diff, no override; the feedback gives the right answer. The
  // quiz's seed is random: start again until the card's answer is long enough to have a typo
  // (answers under five letters have no near misses: BPO and KPO are different answers).
  let answer = '';
  for (let attempt = 0; attempt < 10 && answer.replace(/\P{L}/gu, '').length < 5; attempt += 1) {
    if (attempt > 0) await page.getByRole('button', { name: 'New quiz' }).click();
    await startQuiz(page, 'Typed answer', 1);
    await page.getByRole('textbox', { name: 'Your answer' }).pressSequentially('x');
    await page.keyboard.press('Enter');
    await page.getByText('Not right.').waitFor();
    expect(await page.getByTestId('quiz-diff').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Count as right' }).count()).toBe(0);
    answer = (await page.getByTestId('quiz-correct-answer').textContent()) ?? '';
    await page.keyboard.press('Enter');
    await page.getByTestId('quiz-score').waitFor();
  }
  await page.getByRole('button', { name: 'Retake the missed card' }).click();

  // The same card again: one letter left out is "almost", and the learner counts it as right.
  await page.getByText('Question 1 of 1').waitFor();
  // One letter left out (the second of the first two in a row): one edit, always "almost".
  const typo = answer.replace(/(\p{L})\p{L}/u, '$1');
  expect(typo).not.toBe(answer);
  await page.getByRole('textbox', { name: 'Your answer' }).pressSequentially(typo);
  await page.keyboard.press('Enter');
  await page.getByText('Almost: check what differed.').waitFor();
  await page.getByRole('button', { name: 'Count as right' }).click();
  await page.getByText('Counted as right.').waitFor();
  await page.keyboard.press('Enter');
  const score = page.getByTestId('quiz-score');
  await score.waitFor();
  expect(await score.textContent()).toBe('1/1');
  const row = page.getByTestId('quiz-result-row');
  expect(await row.textContent()).toContain('(counted as right)');
  expect(await row.getByRole('cell').nth(4).textContent()).toBe('100%');
});
