import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';
import { openTestDatabase } from '../../helpers/test-database.ts';

describe('sync tracking of added cards', () => {
  it('notes each card an add writes, and not one it refuses (its id is stored)', async () => {
    const db = openTestDatabase('sync-tracking');
    await syncDecks(db, [makeDeck('a', 1)], FIXED_NOW);
    const stored = await db.cards.toCollection().first();
    if (stored === undefined) throw new Error('no card');
    await db.syncOutbox.clear();
    const added = [
      { ...stored, id: 'a:new:1' },
      { ...stored, front: 'Changed, but refused' },
      { ...stored, id: 'a:new:2' },
    ];
    await expect(db.cards.bulkAdd(added)).rejects.toThrow();
    expect(await db.syncOutbox.toCollection().primaryKeys()).toEqual([
      'card:a:new:1',
      'card:a:new:2',
    ]);
    expect((await db.cards.get(stored.id))?.front).toBe(stored.front);
  });
});
