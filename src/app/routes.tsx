import { lazy } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import { Layout } from './layout.tsx';
import { NotFound } from './not-found.tsx';
import { DeckListPage } from '../features/decks/components/deck-list-page.tsx';

// Every screen but the deck list (the first page) is its own chunk, loaded on its first visit,
// so the first page carries only its own code. Declarative routes (`useRoutes`) instead of a
// data router: the app uses no loaders or actions, and the data router is 16 KiB more gzip.
const DeckPage = lazy(() =>
  import('../features/decks/components/deck-page.tsx').then((module) => ({
    default: module.DeckPage,
  })),
);
const StudyPage = lazy(() =>
  import('../features/study/components/study-page.tsx').then((module) => ({
    default: module.StudyPage,
  })),
);
// Statistics (with uPlot) and the card browser load as their own chunks, on first visit.
const StatsPage = lazy(() =>
  import('../features/stats/components/stats-page.tsx').then((module) => ({
    default: module.StatsPage,
  })),
);
const BrowsePage = lazy(() =>
  import('../features/browse/components/browse-page.tsx').then((module) => ({
    default: module.BrowsePage,
  })),
);
const CardPage = lazy(() =>
  import('../features/browse/components/card-page.tsx').then((module) => ({
    default: module.CardPage,
  })),
);
const SettingsPage = lazy(() =>
  import('../features/settings/components/settings-page.tsx').then((module) => ({
    default: module.SettingsPage,
  })),
);
// Quizzes load as their own chunk, on first visit.
const QuizPage = lazy(() =>
  import('../features/quiz/components/quiz-page.tsx').then((module) => ({
    default: module.QuizPage,
  })),
);
const MultiQuizPage = lazy(() =>
  import('../features/quiz/components/multi-quiz-page.tsx').then((module) => ({
    default: module.MultiQuizPage,
  })),
);

/** The route table, shared by the browser entry (main.tsx) and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    children: [
      { path: paths.home.pattern, element: <DeckListPage /> },
      { path: paths.deck.pattern, element: <DeckPage /> },
      { path: paths.study.pattern, element: <StudyPage /> },
      { path: paths.stats.pattern, element: <StatsPage /> },
      { path: paths.deckStats.pattern, element: <StatsPage /> },
      { path: paths.cards.pattern, element: <BrowsePage /> },
      { path: paths.card.pattern, element: <CardPage /> },
      { path: paths.settings.pattern, element: <SettingsPage /> },
      { path: paths.quiz.pattern, element: <QuizPage /> },
      { path: paths.multiQuiz.pattern, element: <MultiQuizPage /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];

/** The screen for the current address, from `table` (the app's routes unless given). */
export function AppRoutes({ table = routes }: { table?: RouteObject[] }) {
  return useRoutes(table);
}
