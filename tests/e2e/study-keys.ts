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

/**
 * In a deck's open Options, a study day that starts 12 hours from now, so that it cannot end
 * during a test: a run a few minutes before the default 04:00 rollover saw a "Good" answer's
 * 10-minute step land tomorrow. (Not Playwright's clock: its fake Date makes Dexie's cache copy
 * dates as objects that are not dates, and the session end crashes.)
 */
export async function startStudyDayFarFromNow(page: Page): Promise<void> {
  await page
    .getByRole('textbox', { name: 'Next day starts at (hour, 0–23)' })
    .fill(String((new Date().getHours() + 12) % 24));
}
