/**
 * Stores an Anki package's import plan (domain/anki): its decks, cards with their rebuilt FSRS
 * states, their review log and the media files they use — all of it or nothing.
 *
 * One IndexedDB transaction for the whole import, written in chunks of bulk operations with
 * progress reported between them. A transaction stays open while each request is issued from
 * the previous one's completion, so the chunks are only a way to report progress and keep each
 * main-thread task short (structured cloning 2,000 cards takes ~20 ms); any failure — a full
 * disk, a card id taken meanwhile — aborts the transaction and IndexedDB rolls back every chunk
 * already written. Writing into staging tables and committing them afterwards would give the
 * same guarantee with every row written twice and an extra schema version. The statistics
 * summaries follow inside the same transaction (stats-summaries.ts).
 */
import type {
  AnkiCardPlan,
  AnkiDeckPlan,
  AnkiMediaPlan,
  AnkiReviewPlan,
} from '../domain/anki/anki-import-plan.ts';
import { DEFAULT_DECK_OPTIONS } from '../domain/scheduling/deck-options.ts';
import { nextStudyDayStart } from '../domain/study/study-day.ts';
import {
  queueOf,
  type CardRecord,
  type DeckRecord,
  type MediaRecord,
  type StudyDatabase,
} from './db.ts';

/** Cards per bulk write: one write (its clone and summaries) stays a short main-thread task. */
export const CARDS_PER_WRITE = 2000;
/** Review rows per bulk write. */
export const REVIEWS_PER_WRITE = 5000;

export interface AnkiImportWrite {
  readonly fileName: string;
  readonly decks: readonly AnkiDeckPlan[];
  readonly cards: readonly AnkiCardPlan[];
  readonly reviews: readonly AnkiReviewPlan[];
  /** The files the cards refer to, stored as Blobs with the cards (none when absent). */
  readonly media?: readonly AnkiMediaPlan[];
}

function cardRecord(card: AnkiCardPlan, buriedUntil: Date, now: Date): CardRecord {
  const { buried, ...fields } = card;
  const record = {
    ...fields,
    tags: [...card.tags],
    lines: [0, 0] as [number, number],
    edited: false,
    buriedUntil: buried ? buriedUntil : null,
    version: 1,
  };
  return { ...record, queue: queueOf(record, now) };
}

function mediaRecord(file: AnkiMediaPlan): MediaRecord {
  // Only a picture gets a type: an untyped Blob is never rendered, whatever its bytes.
  const type = file.imageType ?? '';
  return {
    deckId: file.deckId,
    name: file.name,
    imageType: file.imageType,
    blob: new Blob([file.bytes.slice()], { type }),
  };
}

/**
 * Writes the imported decks, cards, reviews and media in one transaction, calling `onProgress` with
 * the rows written so far (cards and reviews) of all. Buried cards stay buried until the next
 * study day. Refuses, writing nothing, when a deck id of the plan is stored already.
 *
 * @example
 * await storeAnkiImport(db, { fileName, ...plan, decks: plan.summary.decks }, now, onProgress);
 */
export async function storeAnkiImport(
  db: StudyDatabase,
  write: AnkiImportWrite,
  now: Date,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<void> {
  const buriedUntil = nextStudyDayStart(now, DEFAULT_DECK_OPTIONS.nextDayStartsAt);
  const total = write.cards.length + write.reviews.length;
  const tables = [db.decks, db.cards, db.reviewLog, db.deletedDecks, db.media];
  await db.transaction('rw', tables, async () => {
    const ids = write.decks.map((deck) => deck.id);
    const stored = (await db.decks.bulkGet(ids)).find((deck) => deck !== undefined);
    if (stored !== undefined) throw new Error(`A deck with the id ${stored.id} already exists.`);
    const last = await db.decks.orderBy('position').last();
    const first = (last?.position ?? -1) + 1;
    const decks = write.decks.map((deck, index): DeckRecord => ({
      id: deck.id,
      title: deck.title,
      language: deck.language,
      description: '',
      source: { file: write.fileName, sha256: '' },
      generatorVersion: 'anki',
      position: first + index,
      options: { ...DEFAULT_DECK_OPTIONS, ...deck.options },
    }));
    await db.deletedDecks.bulkDelete(ids);
    await db.decks.bulkAdd(decks);
    await db.media.bulkPut((write.media ?? []).map(mediaRecord));
    let done = 0;
    for (let start = 0; start < write.cards.length; start += CARDS_PER_WRITE) {
      const chunk = write.cards.slice(start, start + CARDS_PER_WRITE);
      await db.cards.bulkAdd(chunk.map((card) => cardRecord(card, buriedUntil, now)));
      done += chunk.length;
      onProgress(done, total);
    }
    for (let start = 0; start < write.reviews.length; start += REVIEWS_PER_WRITE) {
      const chunk = write.reviews.slice(start, start + REVIEWS_PER_WRITE);
      await db.reviewLog.bulkAdd(chunk.map((review) => ({ ...review })));
      done += chunk.length;
      onProgress(done, total);
    }
  });
}
