import { useEffect, useState } from 'react';
import { keepDailySnapshots } from './daily-snapshot.ts';
import { AppRoutes } from './routes.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { StartupMessage } from './startup-message.tsx';
import { UpdatePrompt } from './update-prompt.tsx';

type Startup = { status: 'loading' } | { status: 'ready' } | { status: 'failed'; error: unknown };

/**
 * Shows the screens once `started` resolves: the collection open with the bundled decks stored
 * (and the code of the screen at the address loaded, see main.tsx), so screens can rely on
 * IndexedDB holding the decks. Until then a loading line, or why the collection could not open.
 */
export function App({ started }: { started: Promise<unknown> }) {
  const [startup, setStartup] = useState<Startup>({ status: 'loading' });
  useEffect(() => {
    started.then(
      () => {
        setStartup({ status: 'ready' });
      },
      (error: unknown) => {
        setStartup({ status: 'failed', error });
      },
    );
  }, [started]);
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
