import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { serveAndLaunch, type Served } from './browser.ts';
import { readCardStates } from './idb.ts';

// The app in the learner's language, chosen from the browser's (Chromium's `locale`), with
// numbers in that language's format, and answer keys that work on a Slovak keyboard.
let e2e: Served;
beforeAll(async () => {
  e2e = await serveAndLaunch();
});
afterAll(async () => {
  await e2e.close();
});

async function openPage(locale: string): Promise<Page> {
  const context = await e2e.browser.newContext({ locale });
  return context.newPage();
}

const LOCALES = [
  {
    locale: 'tr-TR',
    tagline: 'Belgelerden kendiliğinden oluşan bilgi kartları',
    lang: 'tr',
    deck: 'bpo-tr',
    decks: 'Desteler',
    settings: 'Ayarlar',
    showAnswer: 'Cevabı göster',
    good: /^İyi, sonraki/,
    start: 'Testi başlat',
    count: /Soru sayısı/,
    multipleChoice: 'Çoktan seçmeli',
    types: ['Çoktan seçmeli', 'Doğru ya da yanlış', 'Yazarak cevap', 'Eşleştirme'],
    next: /^(Sonraki|Sonuçları gör)/,
    percent: /^%\d+$/,
    again: '%0',
  },
  {
    locale: 'da-DK',
    tagline: 'Flashcards, der laver sig selv ud fra dokumenter',
    lang: 'da',
    deck: 'bpo-da',
    decks: 'Kortsæt',
    settings: 'Indstillinger',
    showAnswer: 'Vis svar',
    good: /^Godt, næste om/,
    start: 'Start quiz',
    count: /Antal spørgsmål/,
    multipleChoice: 'Multiple choice',
    types: ['Multiple choice', 'Sandt eller falsk', 'Skriv svaret', 'Par sammen'],
    next: /^(Næste|Se resultatet)/,
    percent: /^\d+\u00a0%$/,
    again: '0\u00a0%',
  },
  {
    locale: 'sk-SK',
    tagline: 'Kartičky, ktoré vzniknú samy z dokumentov',
    lang: 'sk',
    deck: 'bpo-vs-kpo-sk',
    decks: 'Balíčky',
    settings: 'Nastavenia',
    showAnswer: 'Zobraziť odpoveď',
    good: /^Dobre, znova o/,
    start: 'Začať kvíz',
    count: /Počet otázok/,
    multipleChoice: 'Výber z možností',
    types: ['Výber z možností', 'Pravda alebo nepravda', 'Napísaná odpoveď', 'Priraďovanie'],
    next: /^(Ďalej|Zobraziť výsledky)/,
    percent: /^\d+\u00a0%$/,
    again: '0\u00a0%',
  },
] as const;

describe.each(LOCALES)('the app in $locale', (language) => {
  test('navigation, study, a quiz result and a statistics figure', async () => {
    const page = await openPage(language.locale);
    await page.goto(e2e.baseUrl);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: language.decks }).waitFor();
    await nav.getByRole('link', { name: language.settings }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language.lang);
    // The web app manifest (what an installed app is called and described as) is this
    // language's: the one the page links, fetched as the browser would.
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      const response = await fetch(link?.href ?? '');
      return (await response.json()) as { lang: string; description: string };
    });
    expect(manifest).toEqual(
      expect.objectContaining({ lang: language.lang, description: language.tagline }),
    );

    await page.goto(`${e2e.baseUrl}/decks/${language.deck}/study`);
    await page.getByRole('button', { name: language.showAnswer }).click();
    const good = page.getByRole('button', { name: language.good });
    await good.waitFor();
    // The card's text is marked with its deck's language.
    expect(
      await page
        .getByTestId('card-front')
        .evaluate((front) => front.closest('[lang]')?.getAttribute('lang')),
    ).toBe(language.lang);
    await good.click();
    await page.getByRole('button', { name: language.showAnswer }).waitFor();

    await page.goto(`${e2e.baseUrl}/decks/${language.deck}/quiz`);
    await page.getByRole('spinbutton', { name: language.count }).fill('2');
    for (const type of language.types) {
      await page.getByRole('checkbox', { name: type }).setChecked(type === language.multipleChoice);
    }
    await page.getByRole('button', { name: language.start }).click();
    for (let number = 1; number <= 2; number += 1) {
      await page.getByRole('list').getByRole('button').first().waitFor();
      await page.keyboard.press('1');
      await page.getByRole('button', { name: language.next }).click();
    }
    const score = page.locator('.quiz-results__score');
    await score.waitFor();
    const percent = /\((.+)\)/.exec((await score.textContent()) ?? '')?.[1];
    expect(percent).toMatch(language.percent);

    await page.goto(`${e2e.baseUrl}/stats`);
    expect(await page.getByTestId('today-again').textContent()).toBe(language.again);
    await page.context().close();
  });
});

test('on a Slovak keyboard, the key of 3 (š without Shift) answers Good', async () => {
  const page = await openPage('sk-SK');
  await page.goto(`${e2e.baseUrl}/decks/bpo-vs-kpo-sk/study`);
  await page.getByTestId('card-front').waitFor();
  await page.keyboard.press('Space');
  await page.getByTestId('card-back').waitFor();
  // What a Slovak layout's key 3 sends without Shift: the character š, at the place Digit3.
  await page.evaluate(() => {
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'š', code: 'Digit3', bubbles: true, cancelable: true }),
    );
  });
  await page.getByTestId('card-back').waitFor({ state: 'detached' });
  // Good on a new card: the second learning step, 10 minutes (Again would be 1, Hard 6).
  const answered = (await readCardStates(page)).filter((card) => card.reps === 1);
  expect(answered).toHaveLength(1);
  const minutes = (Date.parse(answered[0]?.due ?? '') - Date.now()) / 60_000;
  expect(minutes).toBeGreaterThan(8);
  expect(minutes).toBeLessThanOrEqual(10);
  await page.context().close();
});
