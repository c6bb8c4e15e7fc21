import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { renderHook, waitFor } from '@testing-library/react';
import { useCardMedia, type CardMedia } from '../../src/components/use-card-media.ts';
import { useCardFiles } from '../../src/hooks/use-card-files.ts';
import { db, resetDatabaseForTests } from '../../src/storage/database.ts';
import { TINY_PNG } from '../helpers/anki-package.ts';

/** Renders a card's media hooks as the study card does, keeping what each render returned. */
function renderMedia(card: { front: string; back: string; context: string }) {
  const renders: (CardMedia | null)[] = [];
  renderHook(() => {
    const media = useCardMedia(useCardFiles({ deckId: 'a', ...card }));
    renders.push(media);
    return media;
  });
  return renders;
}

beforeEach(async () => {
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:test/0');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  await resetDatabaseForTests();
  const blob = new NodeBlob([TINY_PNG], { type: 'image/png' }) as unknown as Blob;
  await db.media.put({ deckId: 'a', name: 'dk.png', imageType: 'image/png', blob });
});

describe('a card’s media files', () => {
  it('are none, in the first and only render, for a card that names no file', async () => {
    const renders = renderMedia({ front: 'Capital of Denmark?', back: 'Copenhagen', context: '' });
    expect(renders[0]).toEqual({ images: new Map(), sounds: new Map(), files: new Set() });
    // Time for any query or effect to come back with a render more.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(renders).toHaveLength(1);
  });

  it('load for a card that names a stored picture', async () => {
    const renders = renderMedia({
      front: 'Which flag? [image:dk.png]',
      back: 'Denmark',
      context: '',
    });
    expect(renders[0]).toBeNull();
    await waitFor(() => {
      expect(renders.at(-1)?.images.get('dk.png')).toBe('blob:test/0');
    });
  });
});

describe('a card’s media files, card after card', () => {
  it('follow the card shown: none, its picture, none, then a missing one', async () => {
    const { result, rerender } = renderHook(
      (card: { front: string; back: string; context: string }) =>
        useCardMedia(useCardFiles({ deckId: 'a', ...card })),
      { initialProps: { front: 'Capital of Denmark?', back: 'Copenhagen', context: '' } },
    );
    expect(result.current?.images.size).toBe(0);
    rerender({ front: 'Which flag? [image:dk.png]', back: 'Denmark', context: '' });
    await waitFor(() => {
      expect(result.current?.images.get('dk.png')).toBe('blob:test/0');
    });
    rerender({ front: 'Capital of Sweden?', back: 'Stockholm', context: '' });
    expect(result.current).toEqual({ images: new Map(), sounds: new Map(), files: new Set() });
    rerender({ front: 'Which flag? [image:se.png]', back: 'Sweden', context: '' });
    await waitFor(() => {
      expect(result.current).toEqual({ images: new Map(), sounds: new Map(), files: new Set() });
    });
  });

  it('share one query among cards that name no file (none is started per card)', () => {
    const started = vi.spyOn(Dexie, 'liveQuery');
    const { result, rerender } = renderHook(
      (card: { front: string; back: string; context: string }) =>
        useCardFiles({ deckId: 'a', ...card }),
      { initialProps: { front: 'Capital of Denmark?', back: 'Copenhagen', context: '' } },
    );
    rerender({ front: 'Capital of Sweden?', back: 'Stockholm', context: '' });
    rerender({ front: 'Capital of Norway?', back: 'Oslo', context: 'A fjord.' });
    expect(result.current).toEqual([]);
    expect(started).toHaveBeenCalledTimes(1);
  });
});
