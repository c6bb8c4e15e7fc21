/**
 * `npm run screenshots`: the README's pictures of the main screens, taken from the production
 * build (dist/, built by the script first) in Chromium at 1280×800 with a fresh profile. It
 * studies a few cards first so the study, quiz and statistics screens show real figures, and
 * writes one PNG per screen to docs/screenshots/.
 */
import { mkdir } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchChromium, root, servePreview } from '../helpers/node/chromium.ts';
import { pasteDocument } from '../e2e/paste-text.ts';
import { studyByKeyboard } from '../e2e/study-keys.ts';

const OUT = `${root}/docs/screenshots`;
const ARTICLE = `# Factoring

Factoring is the sale of a company's invoices to a factor at a discount, in exchange for cash now.

## What is recourse factoring?

Recourse factoring means the seller buys back any invoice the customer does not pay.

## The parties

Three parties take part:

- the seller, who issued the invoices
- the customer, who owes the money
- the factor, who buys the invoices
`;

async function shoot(page: Page, name: string): Promise<void> {
  // Fonts and charts settle; nothing animates (reduced motion).
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${OUT}/${name}.png` });
  console.log(`docs/screenshots/${name}.png`);
}

async function main(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  const server = await servePreview({ missingBuildHint: 'run `npm run screenshots`' });
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    });
    const page = await context.newPage();
    const { baseUrl } = server;

    await page.goto(`${baseUrl}/decks/bpo-vs-kpo-sk/study`);
    await studyByKeyboard(page, ['3', '3', '1', '3', '4', '3']);
    await page.getByTestId('card-front').waitFor();
    await page.keyboard.press('Space');
    await page.getByTestId('card-back').waitFor();
    await shoot(page, 'study');

    await page.goto(`${baseUrl}/`);
    await page.getByRole('button', { name: 'Paste text' }).waitFor();
    await shoot(page, 'decks');

    const preview = await pasteDocument(page, 'Factoring', ARTICLE);
    await preview.waitFor();
    await shoot(page, 'import-preview');

    await page.goto(`${baseUrl}/decks/kpo-da/quiz`);
    await page.getByRole('button', { name: 'Start quiz' }).click();
    await page.getByText('Question 1 of 10').waitFor();
    await shoot(page, 'quiz');

    await page.goto(`${baseUrl}/stats`);
    await page.getByTestId('today-reviews').filter({ hasText: '6' }).waitFor();
    await page
      .getByRole('img')
      .filter({ has: page.locator('canvas') })
      .first()
      .waitFor();
    await shoot(page, 'statistics');

    await page.goto(`${baseUrl}/cards`);
    await page.getByRole('searchbox', { name: 'Search' }).fill('outsourcing');
    await page.getByRole('table').first().waitFor();
    await shoot(page, 'cards');
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
