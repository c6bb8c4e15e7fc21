import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { mediaNamesOf } from '../domain/media/card-media.ts';
import { db } from '../storage/database.ts';
import { readCardMedia } from '../storage/media-repository.ts';
import type { CardRecord, MediaRecord } from '../storage/db.ts';

const NO_FILES: readonly MediaRecord[] = [];

/**
 * The stored media files the card's text names (live); `undefined` while loading. A card that
 * names no file (most cards) has none from its first render: nothing to wait for, so no render
 * more once a query returns nothing, on the study screen's every answer.
 *
 * The query depends on the names alone, not on the texts: cards that name no file share one
 * query, so the study screen does not replace a live query (its subscription, a timer and a
 * first run) on every answer.
 */
export function useCardFiles(card: Pick<CardRecord, 'deckId' | 'front' | 'back' | 'context'>) {
  const { deckId, front, back, context } = card;
  const names = useMemo(() => mediaNamesOf([front, back, context]), [front, back, context]);
  // A name holds no line break (see card-media.ts), so the joined names tell the lists apart.
  const namesKey = names.join('\n');
  const files = useLiveQuery(
    () => (names.length === 0 ? NO_FILES : readCardMedia(db, deckId, names)),
    [deckId, namesKey],
    names.length === 0 ? NO_FILES : undefined,
  );
  return names.length === 0 ? NO_FILES : files;
}
