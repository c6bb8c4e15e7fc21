// @vitest-environment node
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { serializeBackupValue, tablesChecksum } from '../../src/domain/backup/backup-format.ts';
import { exportBackup } from '../../src/storage/backup.ts';
import { importBackup, parseBackupFor } from '../../src/storage/backup-import.ts';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { syncDecks } from '../../src/storage/deck-sync.ts';
import { TINY_PNG } from '../helpers/anki-package.ts';
import { makeDeck } from '../helpers/decks.ts';
import { FIXED_NOW } from '../helpers/fixed-clock.ts';
import { openTestDatabase } from '../helpers/test-database.ts';

const APP = { appVersion: '9.9.9', now: FIXED_NOW };
const SOUND = new Uint8Array([0x49, 0x44, 0x33, 0x04, 0x00]);

/** Two decks; deck a holds a picture and a sound, as an imported Anki deck does. */
async function collectionWithMedia(): Promise<StudyDatabase> {
  const db = openTestDatabase('backup-media');
  await syncDecks(db, [makeDeck('a', 2), makeDeck('b', 1)], FIXED_NOW);
  await db.media.bulkPut([
    {
      deckId: 'a',
      name: 'dk.png',
      imageType: 'image/png',
      blob: new Blob([TINY_PNG], { type: 'image/png' }),
    },
    { deckId: 'a', name: 'dk.mp3', imageType: null, blob: new Blob([SOUND]) },
  ]);
  return db;
}

async function storedMedia(db: StudyDatabase) {
  const files = await db.media.toArray();
  return Promise.all(
    files.map(async (file) => ({
      key: `${file.deckId}/${file.name}`,
      imageType: file.imageType,
      type: file.blob.type,
      bytes: [...new Uint8Array(await file.blob.arrayBuffer())],
    })),
  );
}

function parsed(db: StudyDatabase, text: string) {
  const result = parseBackupFor(db, text, FIXED_NOW);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.backup;
}

/** The backup text with its media rows changed by `edit` and its checksum made to match. */
function withMediaRows(text: string, edit: (rows: Record<string, unknown>[]) => void): string {
  const backup = JSON.parse(text) as {
    tables: Record<string, Record<string, unknown>[]>;
    checksum: string;
  };
  edit(backup.tables.media ?? []);
  backup.checksum = tablesChecksum(backup.tables);
  return serializeBackupValue(backup);
}

const PICTURE_AND_SOUND = [
  { key: 'a/dk.mp3', imageType: null, type: '', bytes: [...SOUND] },
  { key: 'a/dk.png', imageType: 'image/png', type: 'image/png', bytes: [...TINY_PNG] },
];

describe('an exported backup carries the media', () => {
  it('as base64 rows, counted like any table', async () => {
    const db = await collectionWithMedia();
    const { backup } = await exportBackup(db, { ...APP, withMedia: true });
    expect(backup.counts.media).toBe(2);
    expect(backup.tables.media).toEqual([
      { deckId: 'a', name: 'dk.mp3', imageType: null, data: 'SUQzBAA=' },
      expect.objectContaining({ deckId: 'a', name: 'dk.png', imageType: 'image/png' }),
    ]);
  });

  it('a restore into an empty browser gives the pictures and sounds back', async () => {
    const db = await collectionWithMedia();
    const { text } = await exportBackup(db, { ...APP, withMedia: true });
    await db.delete();

    const restored = openTestDatabase('backup-media');
    const result = await importBackup(restored, parsed(restored, text), 'replace', FIXED_NOW);
    expect(result.added).toMatchObject({ cards: 3, media: 2 });
    expect(await storedMedia(restored)).toEqual(PICTURE_AND_SOUND);
  });

  it('replace drops files the backup does not have; merge adds only what is missing', async () => {
    const db = await collectionWithMedia();
    const { text } = await exportBackup(db, { ...APP, withMedia: true });
    await db.media.delete(['a', 'dk.mp3']);
    await db.media.put({
      deckId: 'b',
      name: 'later.png',
      imageType: 'image/png',
      blob: new Blob([TINY_PNG]),
    });

    const merged = await importBackup(db, parsed(db, text), 'merge', FIXED_NOW);
    expect(merged.added.media).toBe(1);
    expect((await storedMedia(db)).map((file) => file.key)).toEqual([
      'a/dk.mp3',
      'a/dk.png',
      'b/later.png',
    ]);

    await importBackup(db, parsed(db, text), 'replace', FIXED_NOW);
    expect(await storedMedia(db)).toEqual(PICTURE_AND_SOUND);
  });

  it('daily snapshots leave the media out', async () => {
    const db = await collectionWithMedia();
    const { backup } = await exportBackup(db, APP);
    expect(backup.tables.media).toBeUndefined();
  });
});

describe('a backup without media (older, or a snapshot)', () => {
  it.each(['replace', 'merge'] as const)('%s restores and keeps the stored files', async (mode) => {
    const db = await collectionWithMedia();
    const { text } = await exportBackup(db, APP);
    const result = await importBackup(db, parsed(db, text), mode, FIXED_NOW);
    expect(result.added.media).toBeUndefined();
    expect(await storedMedia(db)).toEqual(PICTURE_AND_SOUND);
  });
});

describe('a damaged media row', () => {
  it.each([
    ['data that is not base64', (row: Record<string, unknown>) => (row.data = 'not base64!')],
    ['data cut short', (row: Record<string, unknown>) => (row.data = 'iVBORw==')],
    [
      'a picture type its bytes are not',
      (row: Record<string, unknown>) => (row.imageType = 'image/gif'),
    ],
  ])('%s is refused by name, and nothing is written', async (_case, damage) => {
    const db = await collectionWithMedia();
    const { text } = await exportBackup(db, { ...APP, withMedia: true });
    const damaged = withMediaRows(text, (rows) => {
      const png = rows.find((row) => row.name === 'dk.png');
      if (png !== undefined) damage(png);
    });
    expect(parseBackupFor(db, damaged, FIXED_NOW)).toEqual({
      ok: false,
      problem: { code: 'damagedMedia', index: 1, name: 'dk.png' },
    });
  });

  it('a row without its deck is refused', async () => {
    const db = await collectionWithMedia();
    const { text } = await exportBackup(db, { ...APP, withMedia: true });
    const damaged = withMediaRows(text, (rows) => {
      for (const row of rows) row.deckId = 'gone';
    });
    expect(parseBackupFor(db, damaged, FIXED_NOW)).toMatchObject({
      ok: false,
      problem: { code: 'missingReference', table: 'media', parent: 'decks', value: 'gone' },
    });
  });

  it('written past the check, it rolls the whole import back', async () => {
    const db = await collectionWithMedia();
    const { text } = await exportBackup(db, { ...APP, withMedia: true });
    const backup = parsed(db, text);
    const media = (backup.tables.media ?? []).map((row) => ({ ...row, data: '%%' }));
    await db.cards.where('deckId').equals('b').delete();
    await expect(
      importBackup(db, { ...backup, tables: { ...backup.tables, media } }, 'replace', FIXED_NOW),
    ).rejects.toThrow('“dk.mp3” is damaged');
    expect(await db.cards.where('deckId').equals('b').count()).toBe(0);
    expect(await storedMedia(db)).toEqual(PICTURE_AND_SOUND);
  });
});
