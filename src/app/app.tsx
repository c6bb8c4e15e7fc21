import { useEffect, useState } from 'react';
import { keepDailySnapshots } from './daily-snapshot.ts';
import { AppRoutes } from './routes.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { startCollection } from './start-collection.ts';
import { StartupMessage } from './startup-message.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

type Startup = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: unknown };

/**
 * Opens the collection (loading the bundled decks on first start) before any screen renders, so
 * screens can rely on IndexedDB holding the decks.
 */
export function App() {
  const [startup, setStartup] = useState<Startup>({ status: 'loading' });
  useEffect(() => {
    startCollection(new Date()).then(
      () => {
        setStartup({ status: 'ready' });
      },
      (error: unknown) => {
        setStartup({ status: 'failed', error });
      },
    );
  }, []);
  useEffect(
    () => (startup.status === 'ready' ? keepDailySnapshots() : undefined),
    [startup.status],
  );
  return (
    <ErrorBoundary>
      <UpdatePrompt />
      {startup.status === 'ready' ? (
        <AppRoutes />
      ) : (
        <StartupMessage error={startup.status === 'failed' ? startup.error : undefined} />
      )}
    </ErrorBoundary>
  );
}
