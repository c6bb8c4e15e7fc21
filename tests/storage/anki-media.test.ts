// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { readAnkiPackage } from '../../src/domain/anki/anki-import-plan.ts';
import { DEFAULT_DECK_OPTIONS } from '../../src/domain/scheduling/deck-options.ts';
import { createScheduler } from '../../src/domain/scheduling/scheduler.ts';
import { storeAnkiImport } from '../../src/storage/anki-import.ts';
import { exportBackup } from '../../src/storage/backup.ts';
import { checkDatabase } from '../../src/storage/check-database.ts';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { deleteDeck } from '../../src/storage/user-decks.ts';
import {
  BASIC,
  buildAnkiPackage,
  loadSqlJs,
  SCRIPTED_SVG,
  TINY_PNG,
  type PackageFormat,
  type TestCollection,
} from '../helpers/anki-package.ts';
import { FIXED_NOW } from '../helpers/fixed-clock.ts';
import { openTestDatabase } from '../helpers/test-database.ts';

const COLLECTION: TestCollection = {
  decks: [
    { id: 1, name: 'Flags', limits: { newPerDay: 5, reviewsPerDay: 50, desiredRetention: 0.8 } },
    { id: 2, name: 'Maps' },
  ],
  noteTypes: [BASIC],
  notes: [
    { id: 1, noteTypeId: BASIC.id, fields: ['<img src="dk.png">', 'Denmark [sound:dk.mp3]'] },
    { id: 2, noteTypeId: BASIC.id, fields: ['<img src="map.svg">', 'Norway'] },
  ],
  cards: [
    { id: 1, noteId: 1, deckId: 1, ord: 0 },
    { id: 2, noteId: 2, deckId: 2, ord: 0 },
  ],
  revlog: [],
  media: {
    'dk.png': TINY_PNG,
    'dk.mp3': new Uint8Array([0x49, 0x44, 0x33]),
    'map.svg': SCRIPTED_SVG,
  },
};

async function importPackage(db: StudyDatabase, format: PackageFormat): Promise<void> {
  const plan = readAnkiPackage(await loadSqlJs(), await buildAnkiPackage(COLLECTION, format), {
    now: FIXED_NOW,
    takenDeckIds: new Set(),
    scheduler: createScheduler(DEFAULT_DECK_OPTIONS),
  });
  await storeAnkiImport(
    db,
    {
      fileName: 'flags.apkg',
      decks: plan.summary.decks,
      cards: plan.cards,
      replay: plan.replay,
      reviews: plan.summary.reviews,
      media: plan.media,
    },
    FIXED_NOW,
  );
}

const bytesOf = async (blob: Blob) => [...new Uint8Array(await blob.arrayBuffer())];

describe.each<PackageFormat>(['legacy', 'latest'])('media of a %s package', (format) => {
  it('stores each deck’s files as Blobs: pictures typed, other files untyped', async () => {
    const db = openTestDatabase('anki-media');
    await importPackage(db, format);
    const stored = await db.media.toArray();
    expect(stored.map((file) => [file.deckId, file.name, file.imageType, file.blob.type])).toEqual([
      ['flags', 'dk.mp3', null, ''],
      ['flags', 'dk.png', 'image/png', 'image/png'],
      ['maps', 'map.svg', null, ''],
    ]);
    const png = stored.find((file) => file.name === 'dk.png');
    expect(png && (await bytesOf(png.blob))).toEqual([...TINY_PNG]);
  });
});

describe('the imported deck', () => {
  it('keeps its Anki preset’s limits and desired retention in its options', async () => {
    const db = openTestDatabase('anki-media');
    await importPackage(db, 'latest');
    const options = (await db.decks.get('flags'))?.options;
    expect(options && [options.newPerDay, options.reviewsPerDay, options.desiredRetention]).toEqual(
      [5, 50, 0.8],
    );
    expect(options?.learningSteps).toEqual(['1m', '10m']);
  });
});

describe('media go with their deck', () => {
  it('deleting a deck deletes its media and leaves the other deck’s', async () => {
    const db = openTestDatabase('anki-media');
    await importPackage(db, 'legacy');
    await deleteDeck(db, 'flags', FIXED_NOW);
    expect((await db.media.toArray()).map((file) => file.name)).toEqual(['map.svg']);
  });

  it('an exported backup carries the imported files, a daily snapshot does not', async () => {
    const db = openTestDatabase('anki-media');
    await importPackage(db, 'legacy');
    const exported = await exportBackup(db, { now: FIXED_NOW, appVersion: '1', withMedia: true });
    expect(exported.backup.tables.media?.map((row) => row.name)).toEqual([
      'dk.mp3',
      'dk.png',
      'map.svg',
    ]);
    const snapshot = await exportBackup(db, { now: FIXED_NOW, appVersion: '1' });
    expect(snapshot.backup.tables.media).toBeUndefined();
  });

  it('Check database removes files no card of their deck names', async () => {
    const db = openTestDatabase('anki-media');
    await importPackage(db, 'legacy');
    await db.cards.where('deckId').equals('maps').modify({ front: 'Norway’s map' });
    await db.media.put({
      deckId: 'gone',
      name: 'x.png',
      imageType: 'image/png',
      blob: new Blob([TINY_PNG]),
    });
    const report = await checkDatabase(db, FIXED_NOW, null);
    expect(report.orphanMedia).toBe(2);
    expect((await db.media.toArray()).map((file) => file.name)).toEqual(['dk.mp3', 'dk.png']);
    expect((await checkDatabase(db, FIXED_NOW, null)).orphanMedia).toBe(0);
  });
});
