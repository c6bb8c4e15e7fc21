import type { Page } from 'playwright-core';

/** Answers the cards of an open study screen by keyboard: Space shows the answer, then a grade. */
export async function studyByKeyboard(page: Page, grades: readonly string[]): Promise<void> {
  const back = page.getByTestId('card-back');
  for (const grade of grades) {
    await page.getByTestId('card-front').waitFor();
    await page.keyboard.press('Space');
    await back.waitFor();
    await page.keyboard.press(grade);
    await back.waitFor({ state: 'detached' });
  }
}
