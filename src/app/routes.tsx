import { matchRoutes, useRoutes, type RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import { loadScreenMessages } from '../i18n/i18n.ts';
import { Layout } from './layout.tsx';
import { lazyScreen, preloadElement } from './lazy-screen.tsx';
import { NotFound } from './not-found.tsx';
import { DeckListPage } from '../features/decks/components/deck-list-page.tsx';
import { ImportDocuments } from '../features/import/components/import-documents.tsx';

// Every screen but the deck list (the first page) is its own chunk, loaded on its first visit
// (or at start-up when the app opens at its address: see preloadScreen), so the first page
// carries only its own code; a screen's strings, in the active language, load with it (not by
// a top-level await in the page's module, which made the bundler split the first page into
// many more chunks, 4 KiB gzip more). Declarative routes (`useRoutes`) instead of a data
// router: the app uses no loaders or actions, and the data router is 16 KiB more gzip.
const DeckPage = lazyScreen(() =>
  Promise.all([
    import('./deck-screen.tsx'),
    loadScreenMessages('deck'),
    loadScreenMessages('optimize'),
    loadScreenMessages('import'),
  ]).then(([module]) => ({
    default: module.DeckScreen,
  })),
);
const StudyPage = lazyScreen(() =>
  Promise.all([
    import('../features/study/components/study-page.tsx'),
    loadScreenMessages('study'),
  ]).then(([module]) => ({
    default: module.StudyPage,
  })),
);
// Statistics (with uPlot) and the card browser load as their own chunks, on first visit (the
// browser with the deck page's strings, for its "Add a card" form).
const StatsPage = lazyScreen(() =>
  Promise.all([
    import('../features/stats/components/stats-page.tsx'),
    loadScreenMessages('stats'),
  ]).then(([module]) => ({
    default: module.StatsPage,
  })),
);
const BrowsePage = lazyScreen(() =>
  Promise.all([
    import('../features/browse/components/browse-page.tsx'),
    loadScreenMessages('browse'),
    loadScreenMessages('deck'),
  ]).then(([module]) => ({
    default: module.BrowsePage,
  })),
);
const CardPage = lazyScreen(() =>
  Promise.all([
    import('../features/browse/components/card-page.tsx'),
    loadScreenMessages('browse'),
  ]).then(([module]) => ({
    default: module.CardPage,
  })),
);
const SettingsPage = lazyScreen(() =>
  Promise.all([
    import('../features/settings/components/settings-page.tsx'),
    loadScreenMessages('settings'),
  ]).then(([module]) => ({
    default: module.SettingsPage,
  })),
);
// Quizzes load as their own chunk, on first visit.
const QuizPage = lazyScreen(() =>
  Promise.all([
    import('../features/quiz/components/quiz-page.tsx'),
    loadScreenMessages('quiz'),
  ]).then(([module]) => ({
    default: module.QuizPage,
  })),
);
const MultiQuizPage = lazyScreen(() =>
  Promise.all([
    import('../features/quiz/components/multi-quiz-page.tsx'),
    loadScreenMessages('quiz'),
  ]).then(([module]) => ({
    default: module.MultiQuizPage,
  })),
);

/** The route table, shared by the browser entry (main.tsx) and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      {
        path: paths.home.pattern,
        element: (
          <ImportDocuments>{(controls) => <DeckListPage actions={controls} />}</ImportDocuments>
        ),
      },
      { path: paths.deck.pattern, element: <DeckPage /> },
      { path: paths.study.pattern, element: <StudyPage /> },
      { path: paths.stats.pattern, element: <StatsPage /> },
      { path: paths.deckStats.pattern, element: <StatsPage /> },
      { path: paths.browse.pattern, element: <BrowsePage /> },
      { path: paths.cards.pattern, element: <BrowsePage /> },
      { path: paths.card.pattern, element: <CardPage /> },
      { path: paths.settings.pattern, element: <SettingsPage /> },
      { path: paths.quiz.pattern, element: <QuizPage /> },
      { path: paths.multiQuiz.pattern, element: <MultiQuizPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/**
 * Loads the code of the screen at `pathname` in `table` (the app's routes unless given); nothing
 * for the deck list, which is part of the first page. The browser entry calls it at start-up,
 * so the screen's chunk arrives while the collection opens and renders without a loading line.
 */
export function preloadScreen(pathname: string, table: RouteObject[] = routes): Promise<unknown> {
  const matches = matchRoutes(table, pathname) ?? [];
  return Promise.all(matches.map((match) => preloadElement(match.route.element)));
}

/** The screen for the current address, from `table` (the app's routes unless given). */
export function AppRoutes({ table = routes }: { table?: RouteObject[] }) {
  return useRoutes(table);
}
