import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startE2E, type E2E } from './browser.ts';
import { countReviewLog, readCardStates } from './idb.ts';
import { pasteDocument } from './paste-text.ts';
import { studyByKeyboard } from './study-keys.ts';

let e2e: E2E;
beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

const notesPath = join(import.meta.dirname, '../features/import/cloud-notes.md');

async function chooseFiles(...files: { name: string; text: string | Buffer }[]) {
  await e2e.page.getByTestId('document-input').setInputFiles(
    files.map(({ name, text }) => ({
      name,
      mimeType: 'text/plain',
      buffer: typeof text === 'string' ? Buffer.from(text) : text,
    })),
  );
}

async function deckTitles(): Promise<string[]> {
  const { page } = e2e;
  await page.getByRole('heading', { level: 1, name: 'Your decks' }).waitFor();
  await page.locator('.deck-list h2').first().waitFor();
  return page.locator('.deck-list h2').allTextContents();
}

test('a Markdown file: preview, untick a card, add, study two cards, reload — all kept', async () => {
  const { page, baseUrl } = e2e;
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(baseUrl);
  const before = await deckTitles();
  await chooseFiles({ name: 'cloud-notes.md', text: await readFile(notesPath) });

  const preview = page.getByRole('region', { name: 'Check the new deck' });
  await preview.waitFor();
  expect(workers.some((url) => url.includes('generate'))).toBe(true);
  expect(await preview.locator('legend').allTextContents()).toEqual([
    'Definition (1)',
    'FAQ (2)',
    'List (3)',
  ]);
  await preview.getByRole('checkbox', { name: 'Include “What is SaaS?”' }).uncheck();
  await preview.getByText('5 of 6 cards will be added.').waitFor();
  await preview.getByRole('button', { name: 'Add deck' }).click();

  await page.getByRole('heading', { level: 1, name: 'Cloud basics' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'Cards (5)' }).waitFor();
  await page.goto(`${baseUrl}/decks/cloud-notes/study`);
  await studyByKeyboard(page, ['3', '1']);

  await page.goto(baseUrl);
  expect(await deckTitles()).toEqual([...before, 'Cloud basics']);
  // Answers are committed just after the next card shows: wait for them, then read the cards.
  await expect.poll(() => countReviewLog(page)).toBe(2);
  const cards = (await readCardStates(page)).filter((card) => card.id.startsWith('cloud-notes:'));
  expect(cards).toHaveLength(5);
  expect(cards.filter((card) => card.reps > 0)).toHaveLength(2);
});

test('pasted text becomes a deck under its title', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(baseUrl);
  const preview = await pasteDocument(
    page,
    'Pasted networks',
    '# Networks\n\n## FAQ\n\n### What is a LAN?\n\nA network in one building.\n',
  );
  await preview.getByRole('checkbox', { name: 'Include “What is a LAN?”' }).waitFor();
  await preview.getByRole('button', { name: 'Add deck' }).click();
  await page.getByRole('heading', { level: 1, name: 'Pasted networks' }).waitFor();
  expect(page.url()).toBe(`${baseUrl}/decks/pasted-networks`);
});

test('an HTML page gives cards from its article only, not its nav, footer or scripts', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(baseUrl);
  await chooseFiles({
    name: 'wan.html',
    text: `<!doctype html><html><head><title>WAN</title><script>document.title = 'x'</script></head>
      <body><nav><h2>FAQ</h2><h3>What is our shop?</h3><p>A shop.</p></nav>
      <article><h1>Wide area networks</h1><h2>FAQ</h2><h3>What is a WAN?</h3><p>A network across cities.</p>
      <h3>What is a VPN?</h3><p>A private network over a public one.</p></article>
      <footer><h3>What is our address?</h3><p>Main street.</p></footer></body></html>`,
  });
  const preview = page.getByRole('region', { name: 'Check the new deck' });
  await preview.waitFor();
  expect(
    await preview
      .getByRole('checkbox')
      .evaluateAll((boxes) => boxes.map((box) => box.getAttribute('aria-label'))),
  ).toEqual(['Include “What is a WAN?”', 'Include “What is a VPN?”']);
  await preview.getByRole('button', { name: 'Discard' }).click();
  await preview.waitFor({ state: 'detached' });
});

test('a binary file and an empty file are refused by name; no deck is added', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(baseUrl);
  const before = await deckTitles();
  await chooseFiles(
    { name: 'photo.md', text: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]) },
    { name: 'empty.txt', text: '' },
  );
  const alerts = page.getByRole('alert');
  await alerts.nth(1).waitFor();
  expect(await alerts.allTextContents()).toEqual([
    expect.stringContaining('photo.md is not a text document (it holds binary data).'),
    expect.stringContaining('empty.txt is empty.'),
  ]);
  await page.reload();
  expect(await deckTitles()).toEqual(before);
});

test('rename a deck; delete one and it stays gone after a reload', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(`${baseUrl}/decks/pasted-networks`);
  await page.getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New title').fill('LAN words');
  await page.getByRole('button', { name: 'Save title' }).click();
  await page.getByRole('heading', { level: 1, name: 'LAN words' }).waitFor();

  await page.goto(`${baseUrl}/decks/bpo-tr`);
  await page.getByRole('button', { name: 'Delete deck' }).click();
  const dialog = page.getByRole('alertdialog');
  expect(await dialog.textContent()).toContain('cards and 0 reviews are deleted for good');
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  const titles = await deckTitles();
  expect(titles).toContain('LAN words');
  expect(titles).not.toContain('İş Süreci Dış Kaynak Kullanımı (BPO)');
  await page.reload();
  expect(await deckTitles()).not.toContain('İş Süreci Dış Kaynak Kullanımı (BPO)');
});

test('update a deck from a new version of its document: summary, then apply', async () => {
  const { page, baseUrl } = e2e;
  await page.goto(`${baseUrl}/decks/cloud-notes`);
  const notes = await readFile(notesPath, 'utf8');
  const section = page.getByRole('region', { name: 'Update the deck' });
  await section.getByTestId('update-input').setInputFiles({
    name: 'cloud-notes-v2.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(
      notes.replace('## FAQ\n', '## FAQ\n\n### What is PaaS?\n\nPlatform as a service.\n'),
    ),
  });
  const summary = section.getByRole('group', { name: 'Update the deck' });
  await summary.waitFor();
  expect(await summary.locator('p').first().textContent()).toMatch(
    /^cloud-notes-v2\.md: 2 new, \d+ changed, 0 removed\.$/,
  );
  await summary.getByRole('button', { name: 'Apply' }).click();
  await section.getByRole('status').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Cards (7)' }).waitFor();
  const studied = (await readCardStates(page)).filter(
    (card) => card.id.startsWith('cloud-notes:') && card.reps > 0,
  );
  expect(studied).toHaveLength(2);
});

test('export a deck as a file and add it in a fresh profile', async () => {
  const { page, baseUrl, browser } = e2e;
  await page.goto(`${baseUrl}/decks/cloud-notes`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export deck (.json)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('cloud-notes.json');
  const text = await readFile(await download.path(), 'utf8');

  const fresh = await browser.newContext();
  try {
    const other = await fresh.newPage();
    await other.goto(baseUrl);
    await other.getByTestId('document-input').setInputFiles({
      name: 'cloud-notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const preview = other.getByRole('region', { name: 'Check the new deck' });
    await preview.getByText('7 of 7 cards will be added.').waitFor();
    await preview.getByRole('button', { name: 'Add deck' }).click();
    await other.getByRole('heading', { level: 1, name: 'Cloud basics' }).waitFor();
    await other.getByRole('heading', { level: 2, name: 'Cards (7)' }).waitFor();
    const cards = (await readCardStates(other)).filter((card) =>
      card.id.startsWith('cloud-notes:'),
    );
    expect(cards.map((card) => card.reps)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  } finally {
    await fresh.close();
  }
});
