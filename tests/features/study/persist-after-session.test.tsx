import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clock } from '../../../src/config/clock.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { SETTINGS } from '../../../src/storage/settings.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';

const realNow = clock.now;
const persist = vi.fn(() => Promise.resolve(true));

beforeEach(async () => {
  clock.now = () => FIXED_NOW;
  persist.mockClear();
  vi.stubGlobal('navigator', {
    storage: { persisted: () => Promise.resolve(false), persist },
  });
  await resetDatabaseForTests();
  // One card with no learning steps, so one answer ends the session.
  await syncDecks(db, [makeDeck('a', 1)], FIXED_NOW);
  await db.decks.update('a', { 'options.learningSteps': [] });
});
afterEach(() => {
  clock.now = realNow;
  vi.unstubAllGlobals();
});

describe('persistent storage', () => {
  it('is asked for once the first session with an answer ends, and only once', async () => {
    const user = userEvent.setup();
    const view = renderApp('/decks/a/study');
    await screen.findByTestId('card-front');
    expect(persist).not.toHaveBeenCalled();
    await user.keyboard(' ');
    await user.keyboard('3');
    await screen.findByRole('heading', { name: 'Session summary' });
    await waitFor(() => {
      expect(persist).toHaveBeenCalledTimes(1);
    });
    expect(await db.settings.get(SETTINGS.persistRequested.key)).toBeDefined();
    view.unmount();

    // A later session ending does not ask again.
    await db.cards.update('a:list:0000', { due: FIXED_NOW });
    renderApp('/decks/a/study');
    await screen.findByTestId('card-front');
    await user.keyboard(' ');
    await user.keyboard('3');
    await screen.findByRole('heading', { name: 'Session summary' });
    expect(await db.reviewLog.count()).toBe(2);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('is not asked for when a session ends without any answer', async () => {
    await db.cards.update('a:list:0000', { suspended: true, queue: -1 });
    renderApp('/decks/a/study');
    await screen.findByRole('heading', { name: 'Session summary' });
    expect(persist).not.toHaveBeenCalled();
  });
});
