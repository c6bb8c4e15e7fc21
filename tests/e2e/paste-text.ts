import type { Locator, Page } from 'playwright-core';

/** Pastes `text` under `title` on the deck list and returns the preview of its deck. */
export async function pasteDocument(page: Page, title: string, text: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Paste text' }).click();
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Text').fill(text);
  await page.getByRole('button', { name: 'Make cards' }).click();
  return page.getByRole('region', { name: 'Check the new deck' });
}
