import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { RouteObject } from 'react-router';
import { Layout } from '../../src/app/layout.tsx';
import { lazyScreen } from '../../src/app/lazy-screen.tsx';
import { preloadScreen } from '../../src/app/routes.tsx';
import { renderApp } from '../helpers/render-app.tsx';

/** A screen chunk that loads `heading` (a spy, so tests see when it is asked for). */
function screenChunk(heading: string) {
  const load = vi.fn(() =>
    Promise.resolve({
      default: function Loaded() {
        return <h1>{heading}</h1>;
      },
    }),
  );
  return { load, Screen: lazyScreen(load) };
}

/** The app's layout (and its Suspense) around the given screens, like the real route table. */
function tableOf(children: RouteObject[]): RouteObject[] {
  return [{ element: <Layout />, children }];
}

describe('lazyScreen', () => {
  it('renders a screen loaded ahead at once, with no loading line before it', async () => {
    const { Screen } = screenChunk('Study');
    await Screen.preload();
    renderApp('/study', tableOf([{ path: '/study', element: <Screen /> }]));
    // Synchronously after the first render: nothing was left to wait for.
    expect(screen.getByRole('heading', { level: 1, name: 'Study' })).toBeInTheDocument();
    expect(screen.queryByText('Loading…')).not.toBeInTheDocument();
  });

  it('shows the loading line while a screen not loaded ahead arrives, then the screen', async () => {
    const { Screen, load } = screenChunk('Statistics');
    renderApp('/stats', tableOf([{ path: '/stats', element: <Screen /> }]));
    expect(screen.getByText('Loading…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Statistics' })).toBeVisible();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads the code once however often it is asked for, and again after a failure', async () => {
    const failure = new Error('Failed to fetch dynamically imported module');
    const load = vi
      .fn<() => Promise<{ default: () => null }>>()
      .mockRejectedValueOnce(failure)
      .mockResolvedValue({ default: () => null });
    const Screen = lazyScreen(load);
    await expect(Screen.preload()).rejects.toBe(failure);
    await Promise.all([Screen.preload(), Screen.preload()]);
    await Screen.preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('preloadScreen', () => {
  it('loads the code of the screen at the address only', async () => {
    const study = screenChunk('Study');
    const stats = screenChunk('Statistics');
    const table = tableOf([
      { path: '/', element: <h1>Decks</h1> },
      { path: '/decks/:deckId/study', element: <study.Screen /> },
      { path: '/stats', element: <stats.Screen /> },
    ]);
    await preloadScreen('/decks/a/study', table);
    expect(study.load).toHaveBeenCalledTimes(1);
    expect(stats.load).not.toHaveBeenCalled();

    // The first page's own screen, and an address no route takes, load nothing.
    await preloadScreen('/', table);
    await preloadScreen('/nowhere', table);
    expect(study.load).toHaveBeenCalledTimes(1);
    expect(stats.load).not.toHaveBeenCalled();
  });
});
