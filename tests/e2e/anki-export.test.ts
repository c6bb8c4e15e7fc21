import { readFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Deck } from '../../src/domain/deck/deck-types.ts';
import { startE2E, type E2E } from './browser.ts';
import { studyByKeyboard } from './study-keys.ts';

let e2e: E2E;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e.close();
});

test('a studied deck exported as an Anki package: collection.anki2 with every card, note and answer', async () => {
  const { page, baseUrl } = e2e;
  const deck = JSON.parse(await readFile('decks/kpo-da.json', 'utf8')) as Deck;
  await page.goto(`${baseUrl}/decks/kpo-da/study`);
  // Four answers: Good, Again, Easy, Good on the first four new cards.
  await studyByKeyboard(page, ['3', '1', '4', '3']);

  await page.goto(`${baseUrl}/decks/kpo-da`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as Anki package (.apkg)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kpo-da.apkg');
  const files = unzipSync(new Uint8Array(await readFile(await download.path())));
  expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);

  const SQL = await initSqlJs();
  const db = new SQL.Database(files['collection.anki2']);
  const count = (sql: string) => db.exec(sql)[0]?.values[0]?.[0];
  expect(count('select count(*) from notes')).toBe(deck.cards.length);
  expect(count('select count(*) from cards')).toBe(deck.cards.length);
  expect(count('select count(*) from revlog')).toBe(4);
  expect(count('select group_concat(ease) from (select ease from revlog order by id)')).toBe(
    '3,1,4,3',
  );
  // The four answered cards left the new queue; the others are new, in document order.
  expect(count('select count(*) from cards where type = 0 and queue = 0')).toBe(
    deck.cards.length - 4,
  );
  expect(count('select ver from col')).toBe(11);
  const decks = JSON.parse(String(count('select decks from col'))) as Record<
    string,
    { name: string }
  >;
  expect(Object.values(decks).map((entry) => entry.name)).toContain(deck.title);
  db.close();
});
