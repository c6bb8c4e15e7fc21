import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { clock } from '../../../src/config/clock.ts';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { SCRIPTED_SVG, TINY_PNG } from '../../helpers/anki-package.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';
import { renderApp } from '../../helpers/render-app.tsx';

const realNow = clock.now;
const FIRST = 'a:list:0000';
/** The blob each object URL was made of, by URL (jsdom has no object URLs of its own). */
let made: Map<string, Blob>;
let revoked: string[];

/**
 * Stores a file as the Anki import does. Node's Blob, because fake-indexeddb clones with Node's
 * structured clone, which does not know jsdom's.
 */
async function storeFile(name: string, bytes: Uint8Array, imageType: string | null) {
  const blob = new NodeBlob([bytes], { type: imageType ?? '' }) as unknown as Blob;
  await db.media.put({ deckId: 'a', name, imageType, blob });
}

beforeAll(async () => {
  await import('../../../src/features/browse/components/card-page.tsx');
});
beforeEach(async () => {
  clock.now = () => FIXED_NOW;
  made = new Map();
  revoked = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${String(made.size)}`;
    made.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
    revoked.push(url);
  });
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 2)], FIXED_NOW);
  await db.cards.update(FIRST, {
    front: 'Which flag? [image:dk.png]',
    back: 'Denmark [sound:dk.mp3] [image:map.svg] [image:gone.png]',
  });
  await storeFile('dk.png', TINY_PNG, 'image/png');
  await storeFile('dk.mp3', new Uint8Array([0x49, 0x44, 0x33]), null);
  await storeFile('map.svg', SCRIPTED_SVG, null);
});
afterEach(() => {
  clock.now = realNow;
  vi.restoreAllMocks();
});

describe('pictures on the study screen', () => {
  it('shows the stored picture as an image with its name as alt text, from its own bytes', async () => {
    const view = renderApp('/decks/a/study');
    const image = await screen.findByRole('img', { name: 'dk.png' });
    expect(screen.getByTestId('card-front')).toHaveTextContent('Which flag?');
    const url = image.getAttribute('src') ?? '';
    expect(url).toMatch(/^blob:/);
    const blob = made.get(url);
    expect(blob?.type).toBe('image/png');
    expect(blob && [...new Uint8Array(await blob.arrayBuffer())]).toEqual([...TINY_PNG]);
    view.unmount();
    expect(revoked).toContain(url);
  });

  it('names a missing picture, a file it does not show (SVG) and a sound it does not play', async () => {
    const user = userEvent.setup();
    renderApp('/decks/a/study');
    await screen.findByRole('img', { name: 'dk.png' });
    await user.keyboard(' ');
    const back = screen.getByTestId('card-back');
    await waitFor(() => {
      expect(back).toHaveTextContent(
        'Denmark [sound, not played: dk.mp3] [file not shown: map.svg] [image missing: gone.png]',
      );
    });
    expect(screen.getAllByRole('img').map((image) => image.getAttribute('alt'))).toEqual([
      'dk.png',
    ]);
    expect([...made.values()].map((blob) => blob.type)).toEqual(['image/png']);
  });
});

describe('media on the card page', () => {
  it('shows the picture and lists every file the card names', async () => {
    renderApp(`/decks/a/cards/${FIRST}`);
    expect(await screen.findByRole('img', { name: 'dk.png' })).toBeVisible();
    const list = await screen.findByRole('region', { name: 'Media files' });
    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'dk.png — picture',
      'dk.mp3 — file, not played or shown',
      'map.svg — file, not played or shown',
      'gone.png — missing',
    ]);
  });
});
