import { afterEach, expect, it, vi } from 'vitest';

// The lazy screens' strings are not on the first page: each screen's route loads them, in the
// active language, with the screen's code. Until then their keys show as themselves.
it.each([
  ['stats', '/stats', 'stats.today.title', 'Today'],
  ['quiz', '/decks/a/quiz', 'quiz.heading', 'Quiz'],
  ['multi-deck quiz', '/quiz', 'quiz.back', 'Back to the deck'],
  ['browse', '/decks/a/cards', 'browse.search', 'Search'],
  ['card', '/decks/a/cards/x', 'browse.title', 'Cards'],
  ['browse (its "Add a card" form)', '/decks/a/cards', 'addCard.open', 'Add a card'],
  ['deck (its options)', '/decks/a', 'options.save', 'Save options'],
  ['deck (managing it)', '/decks/a', 'deck.manage.rename', 'Rename'],
  ['deck (its FSRS parameters panel)', '/decks/a', 'optimize.optimize', 'Optimize'],
  ['deck (its update from a document)', '/decks/a', 'import.update.title', 'Update the deck'],
  ['settings', '/settings', 'settings.storage.title', 'Storage on this device'],
] as const)('the %s screen brings its own strings', async (_screen, path, key, shown) => {
  vi.resetModules();
  const { i18n: fresh, changeLanguage } = await import('../../src/i18n/i18n.ts');
  const { preloadScreen } = await import('../../src/app/routes.tsx');
  await changeLanguage('en');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  expect(fresh.t(key)).toBe(key);
  // Strings the first page shows (navigation) are there from the start.
  expect(fresh.t('stats.nav')).toBe('Statistics');
  await preloadScreen(path);
  expect(fresh.t(key)).toBe(shown);
});

it('a screen loaded in Slovak brings its Slovak strings', async () => {
  vi.resetModules();
  const { i18n: fresh, changeLanguage } = await import('../../src/i18n/i18n.ts');
  const { preloadScreen } = await import('../../src/app/routes.tsx');
  await changeLanguage('sk');
  await preloadScreen('/settings');
  expect(fresh.t('settings.storage.title')).toBe('Úložisko v tomto zariadení');
});

/**
 * The i18n module afresh, with each load of the Slovak first page's and study screen's strings
 * noted in `requested` (the first page's held back until `firstPageHeld`).
 */
async function i18nNotingSlovakLoads(firstPageHeld: Promise<void> = Promise.resolve()) {
  vi.resetModules();
  const requested: string[] = [];
  vi.doMock('../../src/i18n/sk.ts', async (importOriginal) => {
    requested.push('first page');
    await firstPageHeld;
    return importOriginal();
  });
  vi.doMock('../../src/i18n/sk-study-screen.ts', (importOriginal) => {
    requested.push('study screen');
    return importOriginal();
  });
  return { requested, ...(await import('../../src/i18n/i18n.ts')) };
}

afterEach(() => {
  vi.doUnmock('../../src/i18n/sk.ts');
  vi.doUnmock('../../src/i18n/sk-study-screen.ts');
});

// Opening the app at a screen's address, the screen's strings are one request before its first
// view: they load alongside the first page's strings, not after them.
it("a screen's strings are requested while the first page's are still loading", async () => {
  let release: () => void = () => undefined;
  const firstPageHeld = new Promise<void>((resolve) => {
    release = resolve;
  });
  const {
    requested,
    i18n: fresh,
    changeLanguage,
    loadScreenMessages,
  } = await i18nNotingSlovakLoads(firstPageHeld);
  const study = loadScreenMessages('study');
  const language = changeLanguage('sk');
  await vi.waitFor(() => {
    expect(requested).toEqual(['first page', 'study screen']);
  });
  expect(fresh.language).toBe('en');
  release();
  await Promise.all([language, study]);
  expect(fresh.t('study.showAnswer')).toBe('Zobraziť odpoveď');
  expect(fresh.t('decks.title')).toBe('Vaše balíčky');
});

// At start-up the browser's language is expected while the learner's choice is read from the
// database: its strings, the first page's and a screen's, are requested before that read ends.
it("the expected language's strings are requested before the language is chosen, once", async () => {
  const {
    requested,
    i18n: fresh,
    changeLanguage,
    expectLanguage,
    loadScreenMessages,
  } = await i18nNotingSlovakLoads();
  expectLanguage('sk');
  const study = loadScreenMessages('study');
  await vi.waitFor(() => {
    expect(requested).toEqual(['first page', 'study screen']);
  });
  expect(fresh.language).toBe('en');
  await Promise.all([changeLanguage('sk'), study]);
  expect(requested).toEqual(['first page', 'study screen']);
  expect(fresh.t('study.showAnswer')).toBe('Zobraziť odpoveď');
});
