import { afterAll, beforeAll, expect, test } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { readCardStates, readReviewRatings } from './idb.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

test('a card added by hand and a two-cloze note (two cards) are studied at once', async () => {
  const { page, baseUrl } = e2e;
  // The deck's own cards are suspended first, so the session holds only the added ones.
  await page.goto(`${baseUrl}/cards?deck=bpo-da`);
  await page.getByRole('button', { name: /^Select all \d+ matching$/ }).click();
  await page.getByRole('button', { name: 'Suspend', exact: true }).click();
  await page.getByText(/^Suspended \d+ cards\.$/).waitFor();

  await page.goto(`${baseUrl}/decks/bpo-da`);
  await page.getByRole('button', { name: 'Add a card' }).click();
  const form = page.getByRole('form', { name: 'Add a card' });
  await form.getByRole('textbox', { name: 'Front' }).fill('Hvad står FSRS for?');
  await form.getByRole('textbox', { name: 'Back' }).fill('Free Spaced Repetition Scheduler');
  await form.getByRole('button', { name: 'Add and next' }).click();
  await form.getByText('Added 1 card to “').waitFor();
  await form.getByRole('radio', { name: 'Cloze (hide parts of a text)' }).check();
  await form
    .getByRole('textbox', { name: 'Text' })
    .fill('{{c1::BPO}} flytter processer ud, {{c2::KPO::forkortelse}} flytter viden ud.');
  await form.getByRole('button', { name: 'Add', exact: true }).click();
  await form.waitFor({ state: 'detached' });
  const added = (await readCardStates(page)).filter((card) => card.id.includes(':added:'));
  expect(added.map((card) => [card.state, card.reps])).toEqual([
    [0, 0],
    [0, 0],
    [0, 0],
  ]);

  await page.goto(`${baseUrl}/decks/bpo-da/study`);
  const front = page.getByTestId('card-front');
  const back = page.getByTestId('card-back');
  const seen: [string | null, string | null][] = [];
  for (let card = 0; card < 3; card += 1) {
    await front.waitFor();
    const question = await front.textContent();
    await page.keyboard.press('Space');
    await back.waitFor();
    seen.push([question, await back.textContent()]);
    await page.keyboard.press('3');
    await back.waitFor({ state: 'detached' });
  }
  expect(seen).toEqual([
    ['Hvad står FSRS for?', 'Free Spaced Repetition Scheduler'],
    ['_____ flytter processer ud, KPO flytter viden ud.', 'BPO'],
    ['BPO flytter processer ud, _____ [forkortelse] flytter viden ud.', 'KPO'],
  ]);
  expect(await readReviewRatings(page)).toEqual([3, 3, 3]);
});
