import { afterAll, beforeAll, expect, test } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { countReviewLog, readCardStates } from './idb.ts';
import { studyByKeyboard } from './study-keys.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

async function chooseFile(name: string, text: string) {
  await e2e.page
    .getByTestId('document-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

async function deckTitles(): Promise<string[]> {
  const { page } = e2e;
  await page.getByRole('heading', { level: 1, name: 'Your decks' }).waitFor();
  await page.locator('.deck-list h2').first().waitFor();
  return page.locator('.deck-list h2').allTextContents();
}

test('a CSV with a header: map the columns, add, study one card', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(baseUrl);
  await chooseFile('Spanish.csv', 'Term,Definition,Tags\nperro,dog,animal\n"gato","cat\n(pet)",\n');

  const preview = page.getByRole('region', { name: 'Check the cards from a list' });
  await preview.getByText('2 cards will be added.').waitFor();
  expect(await preview.getByRole('combobox', { name: 'Front' }).inputValue()).toBe('0');
  await preview.getByRole('combobox', { name: 'Front' }).selectOption('1');
  await preview.getByRole('combobox', { name: 'Back' }).selectOption('0');
  await preview.getByText('cat\n(pet)').waitFor();
  await preview.getByRole('button', { name: 'Add deck' }).click();

  await page.getByRole('heading', { level: 1, name: 'Spanish' }).waitFor();
  await page.goto(`${baseUrl}/decks/spanish/study`);
  await studyByKeyboard(page, ['3']);

  // Answers are committed just after the next card shows: wait for them, then read the cards.
  await expect.poll(() => countReviewLog(page)).toBe(1);
  const cards = (await readCardStates(page)).filter((card) => card.id.startsWith('spanish:'));
  expect(cards).toHaveLength(2);
  expect(cards.filter((card) => card.reps > 0)).toHaveLength(1);
});

test('a damaged CSV is refused by name and changes nothing', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(baseUrl);
  const before = await deckTitles();
  const cardsBefore = (await readCardStates(page)).length;
  await chooseFile('broken.csv', 'front,back\nuno,one\ndos,two,extra\n');
  await page
    .getByRole('alert')
    .filter({ hasText: 'broken.csv: row 3 has 3 fields, but the first row has 2.' })
    .waitFor();
  await page.reload();
  expect(await deckTitles()).toEqual(before);
  expect(await readCardStates(page)).toHaveLength(cardsBefore);
});
