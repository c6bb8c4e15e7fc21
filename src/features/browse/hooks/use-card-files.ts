import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../storage/database.ts';
import { readCardMedia } from '../../../storage/media-repository.ts';
import type { CardRecord } from '../../../storage/db.ts';

/** The stored media files the card's text names (live); `undefined` while loading. */
export function useCardFiles(card: Pick<CardRecord, 'deckId' | 'front' | 'back' | 'context'>) {
  const { deckId, front, back, context } = card;
  return useLiveQuery(
    () => readCardMedia(db, deckId, [front, back, context]),
    [deckId, front, back, context],
  );
}
