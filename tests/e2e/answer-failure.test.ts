import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Deck } from '../../src/domain/deck/deck-types.ts';
import { startE2E, type E2E } from './browser.ts';
import { countReviewLog, readCardStates } from './idb.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

/**
 * In the page, before the app: every card front the study screen puts on screen, in order
 * (`window.frontsShown`), and a disk that is full for the review log once `window.diskFull` is
 * set (adding a row throws the browser's QuotaExceededError, which aborts the transaction).
 */
function recordFrontsAndFillDisk() {
  const state = window as unknown as { frontsShown: string[]; diskFull: boolean };
  state.frontsShown = [];
  state.diskFull = false;
  const prototype = IDBObjectStore.prototype;
  const add = Reflect.get(prototype, 'add');
  prototype.add = function (this: IDBObjectStore, ...args) {
    if (state.diskFull && this.name === 'reviewLog') {
      throw new DOMException('The disk is full.', 'QuotaExceededError');
    }
    return Reflect.apply(add, this, args);
  };
  new MutationObserver(() => {
    const front = document.querySelector('[data-testid="card-front"]')?.textContent ?? '';
    if (front !== '' && front !== state.frontsShown.at(-1)) state.frontsShown.push(front);
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

test('an answer that cannot be stored after the next card is shown: the card comes back, said in words, nothing stored', async () => {
  const { page, baseUrl } = e2e;
  await page.addInitScript(recordFrontsAndFillDisk);
  await page.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/study`);
  const deck = JSON.parse(await readFile('decks/bpo-vs-kpo-sk.json', 'utf8')) as Deck;
  const [first, second] = deck.cards.map((card) => card.front);
  const front = page.getByTestId('card-front');
  await front.waitFor();
  const counts = page.getByLabel(/^Remaining:/);
  const countsBefore = await counts.getAttribute('aria-label');
  const cardsBefore = await readCardStates(page);

  await page.evaluate(() => {
    (window as unknown as { diskFull: boolean }).diskFull = true;
  });
  await page.keyboard.press('Space');
  await page.getByTestId('card-back').waitFor();
  await page.keyboard.press('3');

  await page
    .getByText(
      'Your answer could not be saved, so this card is shown again; answers given after it were not saved either.',
    )
    .waitFor();
  await page
    .getByText('Your device is out of storage space for this site.', { exact: false })
    .waitFor();
  expect(await front.textContent()).toBe(first);
  expect(await counts.getAttribute('aria-label')).toBe(countsBefore);
  // The next card was on screen before the failure took it back.
  expect(
    await page.evaluate(() => (window as unknown as { frontsShown: string[] }).frontsShown),
  ).toEqual([first, second, first]);
  expect(await countReviewLog(page)).toBe(0);
  expect(await readCardStates(page)).toEqual(cardsBefore);

  // With room again, the same card is answered and stored once.
  await page.evaluate(() => {
    (window as unknown as { diskFull: boolean }).diskFull = false;
  });
  await page.keyboard.press('Space');
  await page.getByTestId('card-back').waitFor();
  await page.keyboard.press('3');
  await expect.poll(() => front.textContent()).toBe(second);
  await expect.poll(() => countReviewLog(page)).toBe(1);
  await page.reload();
  await front.waitFor();
  expect(await front.textContent()).toBe(second);
});
