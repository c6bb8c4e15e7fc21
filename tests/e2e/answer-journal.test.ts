import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Deck } from '../../src/domain/deck/deck-types.ts';
import { startE2E, type E2E } from './browser.ts';
import { readReviewLog } from './idb.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

/**
 * Opens, from the page itself, a readwrite transaction on the stores an answer writes and keeps
 * it running (one request after another) until the page goes: the app's answer transaction
 * waits behind it, as behind a slow disk, and the page unloads with it still waiting.
 */
function holdAnswerWrites(): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('deckwright');
    open.onerror = () => {
      reject(new Error(String(open.error)));
    };
    open.onsuccess = () => {
      const cards = open.result
        .transaction(['cards', 'reviewLog'], 'readwrite')
        .objectStore('cards');
      let started = false;
      const again = () => {
        if (!started) resolve();
        started = true;
        cards.count().onsuccess = again;
      };
      cards.count().onsuccess = again;
    };
  });
}

/** The review-row uids of the answers in the page's answer journal. */
function journaled(): string[] {
  return Object.keys(localStorage)
    .filter((key) => key.startsWith('deckwright.pending.'))
    .map((key) => key.slice('deckwright.pending.'.length));
}

test('a reload while the answer is still being written: the answer is there after it, counted once', async () => {
  const { page, baseUrl } = e2e;
  const deck = JSON.parse(await readFile('decks/bpo-vs-kpo-sk.json', 'utf8')) as Deck;
  const [first, second] = deck.cards.map((card) => card.front);
  await page.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/study`);
  const front = page.getByTestId('card-front');
  const counts = page.getByLabel(/^Remaining:/);
  await front.waitFor();
  expect(await front.textContent()).toBe(first);
  const countsBefore = await counts.getAttribute('aria-label');
  const newBefore = Number(/(\d+) new/.exec(countsBefore ?? '')?.[1]);

  await page.evaluate(holdAnswerWrites);
  await page.keyboard.press('Space');
  await page.getByTestId('card-back').waitFor();
  await page.keyboard.press('3');
  await expect.poll(() => front.textContent()).toBe(second);
  // The next card is on screen, the answer not yet written: only the journal has it.
  const pending = await page.evaluate(journaled);
  expect(pending).toHaveLength(1);

  await page.reload();
  await front.waitFor();
  expect(await front.textContent()).toBe(second);
  expect(await counts.getAttribute('aria-label')).toBe(
    `Remaining: ${String(newBefore - 1)} new, 1 learning, 0 to review`,
  );
  const log = await readReviewLog(page);
  expect(log.map((row) => [row.rating, row.uid])).toEqual([[3, pending[0]]]);
  expect(await page.evaluate(journaled)).toEqual([]);

  // A second reload writes nothing again.
  await page.reload();
  await front.waitFor();
  expect(await readReviewLog(page)).toHaveLength(1);
});
