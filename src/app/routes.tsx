import { lazy, type ReactNode } from 'react';
import { Route, Switch } from 'wouter';
import { paths } from '../config/paths.ts';
import { Layout } from './layout.tsx';
import { NotFound } from './not-found.tsx';
import { DeckListPage } from '../features/decks/components/deck-list-page.tsx';

// Every screen but the deck list (the first page) is its own chunk, loaded on its first visit,
// so the first page carries only its own code. The router is wouter (2 KiB gzip): the app
// matches paths and links, nothing more, and react-router was 13 KiB of the first page even
// without its data router.
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

export interface AppRoute {
  readonly path: string;
  readonly element: ReactNode;
}

/** The route table, in matching order: the first whose pattern fits the address is shown. */
export const routes: readonly AppRoute[] = [
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
];

/**
 * The layout with the screen for the current address from `table` (the app's routes unless
 * given), or "not found"; shared by the browser entry and the tests.
 */
export function AppRoutes({ table = routes }: { table?: readonly AppRoute[] }) {
  return (
    <Layout>
      <Switch>
        {table.map((route) => (
          <Route key={route.path} path={route.path}>
            {route.element}
          </Route>
        ))}
        <Route>
          <NotFound />
        </Route>
      </Switch>
    </Layout>
  );
}
