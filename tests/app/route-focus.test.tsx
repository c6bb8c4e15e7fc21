import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db, resetDatabaseForTests } from '../../src/storage/database.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { makeDeck } from '../helpers/decks.ts';
import { FIXED_NOW } from '../helpers/fixed-clock.ts';
import { renderApp } from '../helpers/render-app.tsx';

beforeEach(async () => {
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 2, { title: 'Alpha' })], FIXED_NOW);
});

// A screen reader says nothing when only the page's content changes: after a link inside the
// app, the focus goes to the new screen's heading, which it reads (Orca 43 with Chromium said
// nothing at all, or only a status line, before).
describe('focus after a link inside the app', () => {
  it('the first page keeps the browser’s focus', async () => {
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Your decks' });
    await screen.findByRole('link', { name: 'Alpha' });
    expect(document.body).toHaveFocus();
  });

  it.each([
    ['Settings', 'Settings'],
    ['Cards', 'Cards'],
    ['Statistics', 'Statistics'],
  ])('a header link (%s) focuses the heading “%s”', async (link, heading) => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Your decks' });
    await user.click(screen.getByRole('link', { name: link }));
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1, name: heading })).toHaveFocus();
    });
  });

  it('a deck’s link in the list (gone with the list) focuses the deck’s heading', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(await screen.findByRole('link', { name: 'Alpha' }));
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1, name: 'Alpha' })).toHaveFocus();
    });
  });

  it('a screen that focuses something itself keeps it: the study card', async () => {
    const user = userEvent.setup();
    renderApp('/decks/a');
    await user.click(await screen.findByRole('link', { name: 'Study' }, { timeout: 5000 }));
    const card = await screen.findByRole('article', { name: 'Question 1' });
    await waitFor(() => {
      expect(card).toHaveFocus();
    });
    // Still there once the heading's wait would have run.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(card).toHaveFocus();
  });
});
