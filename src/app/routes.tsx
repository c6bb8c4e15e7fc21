import type { RouteObject } from 'react-router';
import { paths } from '../config/paths.ts';
import { Layout } from './layout.tsx';
import { NotFound } from './not-found.tsx';
import { RouteLoading } from './route-loading.tsx';
import { DeckListPage } from '../features/decks/components/deck-list-page.tsx';
import { DeckPage } from '../features/decks/components/deck-page.tsx';
import { StudyPage } from '../features/study/components/study-page.tsx';
import { RouteError } from './route-error.tsx';

const lazyStats = () =>
  import('../features/stats/components/stats-page.tsx').then((module) => ({
    Component: module.StatsPage,
  }));

/** The route table, shared by the browser router (main.tsx) and the tests' memory router. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    HydrateFallback: RouteLoading,
    errorElement: <RouteError />,
    children: [
      { path: paths.home.pattern, element: <DeckListPage /> },
      { path: paths.deck.pattern, element: <DeckPage /> },
      { path: paths.study.pattern, element: <StudyPage /> },
      // Statistics (with uPlot) and the card browser load as their own chunks, on first visit.
      { path: paths.stats.pattern, lazy: lazyStats },
      { path: paths.deckStats.pattern, lazy: lazyStats },
      {
        path: paths.cards.pattern,
        lazy: () =>
          import('../features/browse/components/browse-page.tsx').then((module) => ({
            Component: module.BrowsePage,
          })),
      },
      {
        path: paths.card.pattern,
        lazy: () =>
          import('../features/browse/components/card-page.tsx').then((module) => ({
            Component: module.CardPage,
          })),
      },
      {
        path: paths.settings.pattern,
        lazy: () =>
          import('../features/settings/components/settings-page.tsx').then((module) => ({
            Component: module.SettingsPage,
          })),
      },
      // Quizzes load as their own chunk, on first visit.
      {
        path: paths.quiz.pattern,
        lazy: () =>
          import('../features/quiz/components/quiz-page.tsx').then((module) => ({
            Component: module.QuizPage,
          })),
      },
      {
        path: paths.multiQuiz.pattern,
        lazy: () =>
          import('../features/quiz/components/multi-quiz-page.tsx').then((module) => ({
            Component: module.MultiQuizPage,
          })),
      },
      { path: '*', element: <NotFound /> },
    ],
  },
];
