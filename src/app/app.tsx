import { lazy, Suspense, useEffect, useState } from 'react';
import { keepDailySnapshots } from './daily-snapshot.ts';
import { AppRoutes } from './routes.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import type { StartedCollection } from './start-collection.ts';
import { StartupMessage } from './startup-message.tsx';
import { replayNeedsWord } from '../storage/journal-keys.ts';
import { loadScreenMessages } from '../i18n/i18n.ts';

// The service worker's registration and its update banner load after the first screen, in a
// chunk of their own: nothing on the first page waits for them (1 KiB gzip less to load first).
const UpdatePrompt = lazy(() =>
  import('./update-prompt.tsx').then((module) => ({ default: module.UpdatePrompt })),
);

// Said only when the answer journal's replay at start could not store an answer: nearly never.
// Its strings are the study screen's.
const JournalNotice = lazy(() =>
  Promise.all([import('./journal-notice.tsx'), loadScreenMessages('study')]).then(([module]) => ({
    default: module.JournalNotice,
  })),
);

/**
 * How long after start-up (the first screen shown, or why it could not be) the service worker
 * registers: its code (workbox-window, 2.3 KiB gzip) and its first install, which downloads the
 * whole app to precache it, then do not compete with the first screen's own requests and reads.
 */
const SERVICE_WORKER_DELAY_MS = 1000;

type Startup =
  | { status: 'loading' }
  | { status: 'ready'; started: StartedCollection }
  | { status: 'failed'; error: unknown };

/**
 * Shows the screens once `started` resolves: the collection open with the bundled decks stored
 * (and the code of the screen at the address loaded, see main.tsx), so screens can rely on
 * IndexedDB holding the decks. Until then a loading line, or why the collection could not open.
 */
export function App({ started }: { started: Promise<StartedCollection> }) {
  const [startup, setStartup] = useState<Startup>({ status: 'loading' });
  useEffect(() => {
    started.then(
      (collection) => {
        setStartup({ status: 'ready', started: collection });
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
  // Also after a failed start: a new version may be what fixes it.
  const [offerUpdates, setOfferUpdates] = useState(false);
  useEffect(() => {
    if (startup.status === 'loading') return;
    const timer = setTimeout(() => {
      setOfferUpdates(true);
    }, SERVICE_WORKER_DELAY_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [startup.status]);
  return (
    <ErrorBoundary>
      {offerUpdates && (
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
      )}
      {startup.status === 'ready' ? (
        <>
          {replayNeedsWord(startup.started.journal) && (
            <Suspense fallback={null}>
              <JournalNotice replay={startup.started.journal} />
            </Suspense>
          )}
          <AppRoutes />
        </>
      ) : (
        <StartupMessage error={startup.status === 'failed' ? startup.error : undefined} />
      )}
    </ErrorBoundary>
  );
}
