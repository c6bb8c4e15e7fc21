import { expect, it, vi } from 'vitest';

// The lazy screens' strings are not on the first page: each screen's page module adds them when
// its chunk loads. Until then their keys show as themselves.
it.each([
  [
    'stats',
    () => import('../../src/features/stats/components/stats-page.tsx'),
    'stats.today.title',
    'Today',
  ],
  [
    'quiz',
    () => import('../../src/features/quiz/components/quiz-page.tsx'),
    'quiz.heading',
    'Quiz',
  ],
  [
    'multi-deck quiz',
    () => import('../../src/features/quiz/components/multi-quiz-page.tsx'),
    'quiz.back',
    'Back to the deck',
  ],
  [
    'browse',
    () => import('../../src/features/browse/components/browse-page.tsx'),
    'browse.search',
    'Search',
  ],
  [
    'card',
    () => import('../../src/features/browse/components/card-page.tsx'),
    'browse.title',
    'Cards',
  ],
  [
    'deck (its FSRS parameters panel)',
    () => import('../../src/features/decks/components/deck-page.tsx'),
    'optimize.optimize',
    'Optimize',
  ],
  [
    'settings',
    () => import('../../src/features/settings/components/settings-page.tsx'),
    'settings.storage.title',
    'Storage on this device',
  ],
] as const)('the %s screen brings its own strings', async (_screen, load, key, shown) => {
  vi.resetModules();
  const { i18n: fresh, changeLanguage } = await import('../../src/i18n/i18n.ts');
  await changeLanguage('en');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  expect(fresh.t(key)).toBe(key);
  // Strings the first page shows (navigation) are there from the start.
  expect(fresh.t('stats.nav')).toBe('Statistics');
  await load();
  expect(fresh.t(key)).toBe(shown);
});
