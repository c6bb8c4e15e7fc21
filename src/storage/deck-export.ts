/**
 * What exporting a deck to another app reads: the deck, its cards in document order, every
 * answer given in it and its media files, in one read transaction so they agree with each other.
 */
import { Dexie } from 'dexie';
import { listDeckCards } from './card-repository.ts';
import { answersOfDeck, type StoredAnswer } from './answer-log.ts';
import type { CardRecord, DeckRecord, MediaRecord, StudyDatabase } from './db.ts';

export interface DeckExport {
  readonly deck: DeckRecord;
  readonly cards: CardRecord[];
  readonly reviews: StoredAnswer[];
  /** The deck's stored pictures and sounds (an imported Anki deck's). */
  readonly media: MediaRecord[];
}

/** The deck with its cards, review log and media; `undefined` when there is no such deck. */
export function loadDeckExport(db: StudyDatabase, deckId: string): Promise<DeckExport | undefined> {
  return db.transaction(
    'r',
    [db.decks, db.cards, db.reviewLog, db.logBlocks, db.media],
    async () => {
      const deck = await db.decks.get(deckId);
      if (deck === undefined) return undefined;
      const cards = await listDeckCards(db, deckId, Infinity);
      const reviews = await answersOfDeck(db, deckId);
      const media = await db.media
        .where('[deckId+name]')
        .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
        .toArray();
      return { deck, cards, reviews, media };
    },
  );
}
