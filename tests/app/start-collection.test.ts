import 'fake-indexeddb/auto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCollection } from '../../src/app/start-collection.ts';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { createScheduler, Rating } from '../../src/domain/scheduling/scheduler.ts';
import { journalAnswer } from '../../src/storage/answer-journal.ts';
import { prepareAnswer } from '../../src/storage/study-repository.ts';
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
  localStorage.clear();
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

  it('writes the answers left in the journal before it returns, and says what became of them', async () => {
    serveDecks();
    await startCollection(FIXED_NOW);
    const card = await db.cards.toCollection().first();
    if (card === undefined) throw new Error('no card');
    const answer = prepareAnswer(createScheduler(DEFAULT_DECK_OPTIONS), card, {
      rating: Rating.Good,
      now: FIXED_NOW,
      durationMs: 2000,
      origin: 'tab-1',
    });
    journalAnswer(answer);
    db.close();

    const started = await startCollection(FIXED_NOW);
    expect(started.journal).toEqual({ written: 1, changed: 0, unreadable: 0, failed: 0 });
    expect((await db.reviewLog.toArray()).map((row) => row.uid)).toEqual([answer.log.uid]);
    expect(await db.cards.get(card.id)).toEqual(answer.card);
    expect(localStorage.length).toBe(0);
  });
});
