import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/react';
import { db, resetDatabaseForTests } from '../../src/storage/database.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { makeDeck } from '../helpers/decks.ts';
import { FIXED_NOW } from '../helpers/fixed-clock.ts';
import { renderApp } from '../helpers/render-app.tsx';

beforeEach(async () => {
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 2, { title: 'Alpha' })], FIXED_NOW);
});

describe('document titles', () => {
  it.each([
    ['/', 'Decks · Deckwright'],
    ['/cards', 'Cards · Deckwright'],
    ['/settings', 'Settings · Deckwright'],
    ['/decks/a', 'Alpha · Deckwright'],
    ['/decks/a/study', 'Study · Alpha · Deckwright'],
    ['/decks/a/cards/a:list:0000', 'Card · Alpha · Deckwright'],
    ['/decks/a/quiz', 'Quiz · Alpha · Deckwright'],
    ['/nowhere', 'Page not found · Deckwright'],
  ])('%s is titled “%s”', async (path, title) => {
    const view = renderApp(path);
    await waitFor(() => {
      expect(document.title).toBe(title);
    });
    view.unmount();
  });
});
