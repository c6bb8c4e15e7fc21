import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { studyDayStart } from '../../src/domain/study/study-day.ts';
import { BASIC, buildAnkiPackage, CLOZE, TINY_PNG, TINY_WAV } from '../helpers/anki-package.ts';
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

const DAY = 86_400_000;
const start = Date.now() - 40 * DAY;

async function chooseFile(name: string, bytes: Uint8Array, page = e2e.page) {
  await page
    .getByTestId('document-input')
    .setInputFiles({ name, mimeType: 'application/octet-stream', buffer: Buffer.from(bytes) });
}

async function deckTitles(page = e2e.page): Promise<string[]> {
  await page.getByRole('heading', { level: 1, name: 'Your decks' }).waitFor();
  await page.locator('.deck-list h2').first().waitFor();
  return page.locator('.deck-list h2').allTextContents();
}

const danish = () =>
  buildAnkiPackage(
    {
      decks: [{ id: 2, name: 'Languages::Danish' }],
      noteTypes: [BASIC, CLOZE],
      notes: [
        { id: 1, noteTypeId: BASIC.id, fields: ['hund', 'dog'], tags: ['animals'] },
        { id: 2, noteTypeId: CLOZE.id, fields: ['{{c1::København}} is the capital.', ''] },
      ],
      cards: [
        { id: 10, noteId: 1, deckId: 2, ord: 0, type: 2, queue: -1 },
        { id: 20, noteId: 2, deckId: 2, ord: 0 },
      ],
      revlog: [
        { id: start, cardId: 10, ease: 3, type: 0 },
        { id: start + 600_000, cardId: 10, ease: 3, type: 0 },
        { id: start + 3 * DAY, cardId: 10, ease: 3, type: 1 },
      ],
    },
    'latest',
  );

test('an .apkg through "Add a document": preview, import, study one imported card', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(baseUrl);
  await deckTitles();
  await chooseFile('danish.apkg', await danish());

  const preview = page.getByRole('region', { name: 'Check the Anki package' });
  await preview
    .getByText('Cards: 2 (1 new, 1 suspended, 0 buried). Reviews: 3.')
    .waitFor({ timeout: 30_000 });
  await preview.getByText('Languages › Danish — cards: 2, reviews: 3').waitFor();
  await preview.getByText('Cloze (cloze) — notes: 1, cards: 1').waitFor();
  await preview.getByRole('button', { name: 'Import' }).click();
  // The worker wrote the decks; the deck list (a live query on this page) shows them at once.
  await page.locator('.deck-list h2').filter({ hasText: 'Languages › Danish' }).waitFor();
  await page.getByRole('link', { name: 'Open the deck' }).click();
  await page.getByRole('heading', { level: 1, name: 'Languages › Danish' }).waitFor();

  // A new page load: the imported answers are stored by column, so the decoder loads as the
  // database opens, before the study screen reads them.
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(`${baseUrl}/decks/languages-danish/study`);
  await page.getByTestId('card-front').filter({ hasText: '_____ is the capital.' }).waitFor();
  expect(scripts.filter((path) => path.includes('answer-log-columns'))).toHaveLength(1);
  await studyByKeyboard(page, ['3']);

  // Answers are committed just after the next card shows: wait for them, then read the cards.
  await expect.poll(() => countReviewLog(page)).toBe(4);
  const cards = (await readCardStates(page)).filter((card) =>
    card.id.startsWith('languages-danish:'),
  );
  expect(cards.map((card) => card.reps).sort()).toEqual([1, 3]);

  // The imported card's history, read from its block after another reload.
  const studied = cards.find((card) => card.reps === 3);
  await page.goto(
    `${baseUrl}/decks/languages-danish/cards/${encodeURIComponent(studied?.id ?? '')}`,
  );
  await page.getByRole('heading', { name: 'Review history' }).waitFor();
  await expect.poll(() => page.getByRole('table').getByRole('row').count()).toBe(4);
});

test('answers imported today, stored by column, read through cursors: study, sync status, statistics', async () => {
  const { baseUrl } = e2e;
  // A profile of its own: the sync status counts every answer not yet sent.
  const context = await e2e.browser.newContext();
  const page = await context.newPage();
  await page.goto(baseUrl);
  await deckTitles(page);
  // Answered a few minutes ago, so the block's last answer lies in today's range: the study
  // queue's and the statistics' reads of today's answers walk the blocks with a cursor (a
  // filtered Dexie collection), and the sync status counts them with a key cursor. Both answers
  // fall after today's study day began (04:00 for an imported deck), at whatever hour this runs.
  const now = Date.now();
  const dayStart = studyDayStart(new Date(now), DEFAULT_DECK_OPTIONS.nextDayStartsAt).getTime();
  const answered = Math.max(now - 5 * 60_000, dayStart + 1);
  const answeredAgain = answered + Math.max(1, Math.floor((now - answered) / 2));
  const rivers = await buildAnkiPackage(
    {
      decks: [{ id: 4, name: 'Rivers' }],
      noteTypes: [BASIC],
      notes: [
        { id: 1, noteTypeId: BASIC.id, fields: ['Longest river of Denmark', 'Gudenå'] },
        { id: 2, noteTypeId: BASIC.id, fields: ['Longest river of Norway', 'Glomma'] },
      ],
      cards: [
        { id: 10, noteId: 1, deckId: 4, ord: 0, type: 1, queue: 1 },
        { id: 20, noteId: 2, deckId: 4, ord: 0 },
      ],
      revlog: [
        { id: answered, cardId: 10, ease: 1, type: 0 },
        { id: answeredAgain, cardId: 10, ease: 3, type: 0 },
      ],
    },
    'latest',
  );
  await chooseFile('rivers.apkg', rivers, page);
  const preview = page.getByRole('region', { name: 'Check the Anki package' });
  await preview.getByText('Rivers — cards: 2, reviews: 2').waitFor({ timeout: 30_000 });
  await preview.getByRole('button', { name: 'Import' }).click();
  await page.locator('.deck-list h2').filter({ hasText: 'Rivers' }).waitFor();

  await page.goto(`${baseUrl}/decks/rivers/study`);
  await page
    .getByTestId('card-front')
    .filter({ hasText: /^Longest river of (Denmark|Norway)$/ })
    .waitFor({ timeout: 10_000 });

  await page.goto(`${baseUrl}/settings`);
  await page
    .getByRole('status', { name: 'Sync' })
    .filter({ hasText: /2 changes waiting to be sent\./ })
    .waitFor({ timeout: 10_000 });

  await page.goto(`${baseUrl}/decks/rivers/stats`);
  await page.getByTestId('today-reviews').filter({ hasText: /^2$/ }).waitFor({ timeout: 10_000 });
  expect(await page.getByTestId('today-again').textContent()).toBe('50%');
  await context.close();
});

test('a picture in an imported card is shown on the study screen, a sound plays when asked', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(baseUrl);
  await deckTitles();
  const flags = await buildAnkiPackage(
    {
      decks: [{ id: 3, name: 'Flags' }],
      noteTypes: [BASIC],
      notes: [
        {
          id: 1,
          noteTypeId: BASIC.id,
          fields: ['Which flag? <img src="dk.png">', 'Denmark [sound:dk.wav]'],
        },
      ],
      cards: [{ id: 10, noteId: 1, deckId: 3, ord: 0 }],
      revlog: [],
      media: { 'dk.png': TINY_PNG, 'dk.wav': TINY_WAV },
    },
    'latest',
  );
  await chooseFile('flags.apkg', flags);
  const preview = page.getByRole('region', { name: 'Check the Anki package' });
  await preview
    .getByText(/^Pictures stored and shown on the cards: 1\./)
    .waitFor({ timeout: 30_000 });
  await preview.getByRole('button', { name: 'Import' }).click();
  await page.locator('.deck-list h2').filter({ hasText: 'Flags' }).waitFor();

  await page.goto(`${baseUrl}/decks/flags/study`);
  const image = page.getByTestId('card-front').getByRole('img', { name: 'dk.png' });
  await image.waitFor();
  // Decoded from its object URL under the built app's Content-Security-Policy.
  await expect
    .poll(() => image.evaluate((element: HTMLImageElement) => element.naturalWidth))
    .toBe(2);

  await page.keyboard.press('Space');
  const sound = page.getByTestId('card-back').getByLabel('Sound: dk.wav');
  await sound.waitFor();
  // Its metadata loads from the object URL under the same policy (media-src blob:), so the
  // player knows its length; it has not started by itself.
  await expect
    .poll(() => sound.evaluate((element: HTMLAudioElement) => element.duration))
    .toBeCloseTo(0.1, 2);
  expect(
    await sound.evaluate((element: HTMLAudioElement) => [element.paused, element.controls]),
  ).toEqual([true, true]);
});

test('a damaged package is refused by name and changes nothing', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(baseUrl);
  const before = await deckTitles();
  const cardsBefore = (await readCardStates(page)).length;
  await chooseFile('broken.apkg', (await danish()).slice(0, 400));
  await page
    .getByRole('alert')
    .filter({ hasText: 'broken.apkg is damaged or cut off: its zip cannot be read.' })
    .waitFor({ timeout: 30_000 });
  await page.reload();
  expect(await deckTitles()).toEqual(before);
  expect(await readCardStates(page)).toHaveLength(cardsBefore);
});
