import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { serveAndLaunch, type Served } from './browser.ts';
import { readReviewRatings } from './idb.ts';

// The app on a 360×640 touch phone: studying by taps alone, with the grade buttons at the
// bottom of the screen, and every button a thumb must hit at least 44×44 px.
let e2e: Served;
beforeAll(async () => {
  e2e = await serveAndLaunch();
});
afterAll(async () => {
  await e2e.close();
});

const VIEWPORT = { width: 360, height: 640 };

async function openPhone(): Promise<Page> {
  const context = await e2e.browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

/** Every element of `locator` is at least 44×44 px; the failures are named with their size. */
async function expectTappable(locator: Locator) {
  const count = await locator.count();
  expect(count).toBeGreaterThan(0);
  const small: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const box = await locator.nth(index).boundingBox();
    if (box === null || box.width < 44 || box.height < 44) {
      const name = (await locator.nth(index).textContent()) ?? '';
      small.push(`${name}: ${String(box?.width)}×${String(box?.height)}`);
    }
  }
  expect(small).toEqual([]);
}

test('a study session by taps: tap the card, tap a grade at the bottom of the screen', async () => {
  const page = await openPhone();
  await page.goto(e2e.baseUrl);
  const nav = page.getByRole('navigation').getByRole('link');
  await nav.first().waitFor();
  await expectTappable(nav);

  await page.goto(`${e2e.baseUrl}/decks/bpo-da/study`);
  const grades = page
    .getByRole('group', { name: 'How well did you remember?' })
    .getByRole('button');
  for (const grade of ['Good', 'Again', 'Easy']) {
    await page.getByTestId('card-front').tap();
    await page.getByTestId('card-back').waitFor();
    await expectTappable(grades);
    // Within thumb reach: the buttons end at the bottom edge of the screen.
    const box = await grades.first().boundingBox();
    expect(Math.round((box?.y ?? 0) + (box?.height ?? 0))).toBeGreaterThan(VIEWPORT.height - 20);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(VIEWPORT.height);
    await grades.filter({ hasText: grade }).tap();
    await page.getByTestId('card-back').waitFor({ state: 'detached' });
  }
  await expectTappable(page.getByRole('button', { name: /^Show answer/ }));
  await expectTappable(page.getByRole('toolbar', { name: 'Card actions' }).getByRole('button'));
  // Good, Again, Easy, read back from the review log: 3, 1, 4.
  expect(await readReviewRatings(page)).toEqual([3, 1, 4]);
  await page.context().close();
});

test('quiz buttons are at least 44×44 px on a phone', async () => {
  const page = await openPhone();
  await page.goto(`${e2e.baseUrl}/decks/bpo-vs-kpo-sk/quiz`);
  await page.getByRole('spinbutton', { name: /Number of questions/ }).fill('2');
  for (const type of ['True or false', 'Typed answer', 'Matching']) {
    await page.getByRole('checkbox', { name: type, exact: true }).setChecked(false);
  }
  await expectTappable(page.getByRole('button', { name: 'Start quiz' }));
  await page.getByRole('button', { name: 'Start quiz' }).tap();
  const options = page.getByRole('list', { name: 'Options' }).getByRole('button');
  await options.first().waitFor();
  await expectTappable(options);
  await options.first().tap();
  const next = page.getByRole('button', { name: /^Next/ });
  await expectTappable(next);
  await page.context().close();
});
