import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCollection } from '../../src/app/start-collection.ts';
import { db, resetDatabaseForTests } from '../../src/storage/database.ts';
import { bundledDecks } from '../helpers/bundled-decks.ts';
import { FIXED_NOW } from '../helpers/fixed-clock.ts';

/**
 * Serves the bundled deck files as the app's server would (by file name; `broken` answers 404),
 * and records whether the database was open when each was asked for.
 */
function serveDecks(broken: string | null = null) {
  const openWhenFetched: boolean[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      openWhenFetched.push(db.isOpen());
      const file = url.split('/').at(-1) ?? '';
      if (file === broken) return new Response('not found', { status: 404 });
      return new Response(await readFile(join('decks', file)), {
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return { openWhenFetched };
}

beforeEach(async () => {
  // A first start: no database yet, not even opened.
  await resetDatabaseForTests();
  await db.delete();
});
afterEach(async () => {
  vi.unstubAllGlobals();
  await resetDatabaseForTests();
});

describe('startCollection', () => {
  it('stores every bundled deck and its cards on the first start', async () => {
    serveDecks();
    await startCollection(FIXED_NOW);
    expect((await db.decks.orderBy('position').toArray()).map((deck) => deck.id)).toEqual(
      bundledDecks.map((deck) => deck.id),
    );
    expect(await db.cards.count()).toBe(
      bundledDecks.reduce((sum, deck) => sum + deck.cards.length, 0),
    );
  });

  it('asks for the deck files while the database is still opening', async () => {
    const { openWhenFetched } = serveDecks();
    await startCollection(FIXED_NOW);
    expect(openWhenFetched).toEqual(bundledDecks.map(() => false));
  });

  it('rejects naming a deck file that cannot be fetched, and stores nothing', async () => {
    serveDecks('bpo-tr.json');
    await expect(startCollection(FIXED_NOW)).rejects.toThrow(/bpo-tr\.json: HTTP 404$/);
    expect(await db.decks.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });
});
