import type { Page } from 'playwright-core';

/** Answers whatever question is on screen by keyboard only. */
export async function answerByKeyboard(page: Page) {
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
