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
const MP3 = new Uint8Array([0x49, 0x44, 0x33, 0x04, 0x00]);
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

// The screens are lazy routes: load their modules once up front, so a test's time does not go
// to transforming them on a busy machine.
beforeAll(async () => {
  await Promise.all([
    import('../../../src/features/study/components/study-page.tsx'),
    import('../../../src/features/browse/components/card-page.tsx'),
    import('../../../src/features/browse/components/browse-page.tsx'),
  ]);
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
    context: 'Also [sound:fake.mp3] [sound:gone.ogg]',
  });
  await storeFile('dk.png', TINY_PNG, 'image/png');
  await storeFile('dk.mp3', MP3, null);
  await storeFile('fake.mp3', new TextEncoder().encode('<html><script>'), null);
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

  it('names a missing picture, a file it does not show (SVG) and sounds it cannot play', async () => {
    const user = userEvent.setup();
    renderApp('/decks/a/study');
    await screen.findByRole('img', { name: 'dk.png' });
    await user.keyboard(' ');
    const back = screen.getByTestId('card-back');
    await waitFor(() => {
      expect(back).toHaveTextContent('Denmark [file not shown: map.svg] [image missing: gone.png]');
    });
    expect(screen.getByText('[sound, not played: fake.mp3]')).toBeVisible();
    expect(screen.getByText('[sound missing: gone.ogg]')).toBeVisible();
    expect(screen.getAllByRole('img').map((image) => image.getAttribute('alt'))).toEqual([
      'dk.png',
    ]);
    expect([...made.values()].map((blob) => blob.type)).toEqual(['image/png', 'audio/mpeg']);
  });
});

describe('sounds on the study screen', () => {
  it('plays a stored sound with a labelled player of its own bytes, never by itself', async () => {
    const user = userEvent.setup();
    const view = renderApp('/decks/a/study');
    await screen.findByRole('img', { name: 'dk.png' });
    await user.keyboard(' ');
    const player = await screen.findByLabelText('Sound: dk.mp3');
    expect(player.tagName).toBe('AUDIO');
    expect(screen.getByTestId('card-back')).toContainElement(player);
    expect(player).toHaveAttribute('controls');
    expect(player).not.toHaveAttribute('autoplay');
    expect((player as HTMLAudioElement).autoplay).toBe(false);
    const url = player.getAttribute('src') ?? '';
    const blob = made.get(url);
    expect(blob?.type).toBe('audio/mpeg');
    expect(blob && [...new Uint8Array(await blob.arrayBuffer())]).toEqual([...MP3]);
    view.unmount();
    expect(revoked).toContain(url);
  });
});

describe('media on the card page', () => {
  it('shows the picture and lists every file the card names', async () => {
    renderApp(`/decks/a/cards/${FIRST}`);
    expect(await screen.findByRole('img', { name: 'dk.png' })).toBeVisible();
    const list = await screen.findByRole('region', { name: 'Media files' });
    expect([...list.querySelectorAll('li')].map((item) => item.textContent)).toEqual([
      'dk.png — picture',
      'dk.mp3 — sound',
      'map.svg — file, not played or shown',
      'gone.png — missing',
      'fake.mp3 — file, not played or shown',
      'gone.ogg — missing',
    ]);
  });
});

describe('media in the card browser’s table', () => {
  it('names each picture and sound instead of showing its marker', async () => {
    renderApp('/cards');
    // The browser's first render reads and sorts the whole collection: slow on a busy machine.
    const front = await screen.findByRole(
      'link',
      { name: 'Which flag? 🖼 dk.png' },
      { timeout: 5000 },
    );
    const row = front.closest('tr');
    expect(row).toHaveTextContent('Denmark 🔊 dk.mp3 🖼 map.svg 🖼 gone.png');
    expect(row).not.toHaveTextContent('[image:');
    expect(screen.getByRole('checkbox', { name: 'Select “Which flag? 🖼 dk.png”' })).toBeVisible();
  });
});
