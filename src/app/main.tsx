import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { clock } from '../config/clock.ts';
import { App } from './app.tsx';
import { preloadScreen } from './routes.tsx';
import { startCollection } from './start-collection.ts';
import { startLanguage } from './start-language.ts';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

// What the first screen waits for starts here, all at once, before React renders: the database
// opens and the bundled decks download while the code of the screen at this address loads. A
// screen whose code fails to load shows that error itself, so that failure does not stop the app.
const started = Promise.all([
  startCollection(clock.now()),
  preloadScreen(location.pathname).catch(() => undefined),
]).then(([collection]) => collection);

// Every line on screen is in the learner's language, the first one too: render once it is in.
void startLanguage(navigator.languages).finally(() => {
  createRoot(container).render(
    <StrictMode>
      <BrowserRouter>
        <App started={started} />
      </BrowserRouter>
    </StrictMode>,
  );
});

// Sync by itself while online, when the learner turned that on: its code loads after the first
// screen's, only on a device where sync is set up, and until a round runs without PouchDB (see
// features/settings/sync/sync-store.ts).
void started.then(({ syncSetUp }) => {
  if (!syncSetUp) return;
  void import('../features/settings/sync/sync-store.ts').then((sync) => {
    sync.startContinuousSync();
  });
});
