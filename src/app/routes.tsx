import { useEffect, useState, type ReactNode } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import { paths } from '../config/paths.ts';
import { Layout } from './layout.tsx';
import { lazyScreen, type LazyScreen } from './lazy-screen.tsx';
import { NotFound } from './not-found.tsx';
import { RouteLoading } from './route-loading.tsx';
import { DeckListPage } from '../features/decks/components/deck-list-page.tsx';

// Every screen but the deck list (the first page) is its own chunk, loaded on its first visit,
// so the first page carries only its own code. The router is wouter (2 KiB gzip): the app
// matches paths and links, nothing more, and react-router was 13 KiB of the first page even
// without its data router.
const deckPage = lazyScreen(() =>
  import('../features/decks/components/deck-page.tsx').then((module) => module.DeckPage),
);
const studyPage = lazyScreen(() =>
  import('../features/study/components/study-page.tsx').then((module) => module.StudyPage),
);
// Statistics (with uPlot) and the card browser load as their own chunks, on first visit.
const statsPage = lazyScreen(() =>
  import('../features/stats/components/stats-page.tsx').then((module) => module.StatsPage),
);
const browsePage = lazyScreen(() =>
  import('../features/browse/components/browse-page.tsx').then((module) => module.BrowsePage),
);
const cardPage = lazyScreen(() =>
  import('../features/browse/components/card-page.tsx').then((module) => module.CardPage),
);
const settingsPage = lazyScreen(() =>
  import('../features/settings/components/settings-page.tsx').then((module) => module.SettingsPage),
);
// Quizzes load as their own chunk, on first visit.
const quizPage = lazyScreen(() =>
  import('../features/quiz/components/quiz-page.tsx').then((module) => module.QuizPage),
);
const multiQuizPage = lazyScreen(() =>
  import('../features/quiz/components/multi-quiz-page.tsx').then((module) => module.MultiQuizPage),
);

export interface AppRoute {
  readonly path: string;
  readonly element: ReactNode;
  /** The screen's code when it is a chunk of its own. */
  readonly lazy?: LazyScreen;
}

const screen = (path: string, lazy: LazyScreen): AppRoute => ({
  path,
  element: <lazy.Screen />,
  lazy,
});

/** The route table, in matching order: the first whose pattern fits the address is shown. */
export const routes: readonly AppRoute[] = [
  { path: paths.home.pattern, element: <DeckListPage /> },
  screen(paths.deck.pattern, deckPage),
  screen(paths.study.pattern, studyPage),
  screen(paths.stats.pattern, statsPage),
  screen(paths.deckStats.pattern, statsPage),
  screen(paths.cards.pattern, browsePage),
  screen(paths.card.pattern, cardPage),
  screen(paths.settings.pattern, settingsPage),
  screen(paths.quiz.pattern, quizPage),
  screen(paths.multiQuiz.pattern, multiQuizPage),
];

/** Whether `pathname` fits `pattern` (segments, `:name` for any one segment), as wouter matches. */
function fits(pattern: string, pathname: string): boolean {
  const patternParts = pattern.split('/');
  const parts = pathname.replace(/(.)\/$/, '$1').split('/');
  return (
    patternParts.length === parts.length &&
    patternParts.every((part, index) => part.startsWith(':') || part === parts[index])
  );
}

function routeFor(table: readonly AppRoute[], pathname: string): AppRoute | undefined {
  return table.find((route) => fits(route.path, pathname));
}

/** Loads the code of the screen at `pathname` (nothing for the deck list or an unknown address). */
export function preloadScreen(pathname: string): Promise<void> {
  return routeFor(routes, pathname)?.lazy?.preload() ?? Promise.resolve();
}

/**
 * The layout with the screen for the current address from `table` (the app's routes unless
 * given), or "not found"; shared by the browser entry and the tests. Going to a screen whose
 * code is not loaded yet keeps the current screen until it is, as a data router does (with no
 * screen yet, a loading line): no Suspense fallback, which React would hold for 300 ms.
 */
export function AppRoutes({ table = routes }: { table?: readonly AppRoute[] }) {
  const [location] = useLocation();
  const [shown, setShown] = useState<string | null>(null);
  const [failed, setFailed] = useState<LazyScreen | null>(null);
  const [, setLoads] = useState(0);
  const lazy = routeFor(table, location)?.lazy;
  // A screen that failed to load is shown anyway: its error boundary then says what happened.
  const ready = lazy === undefined || lazy.isLoaded() || failed === lazy;
  if (ready && shown !== location) setShown(location);
  useEffect(() => {
    if (lazy === undefined || lazy.isLoaded()) return;
    let current = true;
    lazy.preload().then(
      () => {
        if (current) setLoads((loads) => loads + 1);
      },
      () => {
        if (current) setFailed(lazy);
      },
    );
    return () => {
      current = false;
    };
  }, [lazy]);
  const displayed = ready ? location : shown;
  return (
    <Layout>
      {displayed === null ? (
        <RouteLoading />
      ) : (
        <Switch location={displayed}>
          {table.map((route) => (
            <Route key={route.path} path={route.path}>
              {route.element}
            </Route>
          ))}
          <Route>
            <NotFound />
          </Route>
        </Switch>
      )}
    </Layout>
  );
}
