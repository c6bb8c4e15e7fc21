/**
 * The learner's own decks and deck management: adding a deck made from a document (the deck, its
 * cards and the document's text in one transaction, so the deck can be regenerated later),
 * renaming, and deleting any deck with everything that hangs off it. A deleted deck leaves its id
 * in `deletedDecks`, so start-up does not bring a deleted bundled deck back (see deck-sync.ts).
 */
import { Dexie } from 'dexie';
import type { Deck } from '../domain/deck/deck-types.ts';
import { firstFreeId } from '../domain/generator/ids.ts';
import { countAnswers } from './answer-log.ts';
import { listDeckCards } from './card-repository.ts';
import type { DeckSourceRecord, StudyDatabase } from './db.ts';
import { syncDeck, syncDecks, syncTables, type CardSyncCounts } from './deck-sync.ts';

/** What deleting a deck takes with it, for the confirmation the learner sees first. */
export interface DeckContents {
  cards: number;
  reviews: number;
}

/**
 * `wanted` when no stored deck has it, else `wanted-2`, `wanted-3`, …: a new document never
 * replaces a deck by accident (updating a deck is its own, explicit action).
 */
export async function freeDeckId(db: StudyDatabase, wanted: string): Promise<string> {
  const taken = new Set(
    await db.decks
      .where('id')
      .startsWith(wanted)
      .primaryKeys()
      .then((keys) => keys.map(String)),
  );
  return firstFreeId(wanted, taken);
}

/** A learner's document as stored with its deck; `null` for a deck shared as a file. */
export type DocumentSource = { fileName: string; text: string } | null;

/**
 * Stores a new deck made from the learner's document: deck, cards (every one new, studyable at
 * once) and the document's text, all or nothing. Refuses an id that is already a deck's. Cards
 * in `editedCardIds` were rewritten by the learner: a regenerated deck leaves their text alone.
 */
export async function addUserDeck(
  db: StudyDatabase,
  deck: Deck,
  source: DocumentSource,
  now: Date,
  editedCardIds: readonly string[] = [],
): Promise<void> {
  await db.transaction('rw', [...syncTables(db), db.deckSources, db.deletedDecks], async () => {
    if ((await db.decks.get(deck.id)) !== undefined) {
      throw new Error(`A deck with the id ${deck.id} already exists.`);
    }
    await db.deletedDecks.delete(deck.id);
    await syncDecks(db, [deck], now);
    await db.cards.bulkUpdate(editedCardIds.map((key) => ({ key, changes: { edited: true } })));
    if (source !== null) await db.deckSources.put(sourceRecord(deck.id, source, now));
  });
}

function sourceRecord(
  deckId: string,
  source: { fileName: string; text: string },
  now: Date,
): DeckSourceRecord {
  return { deckId, fileName: source.fileName, text: source.text, addedAt: now };
}

/**
 * Updates a stored deck from a new version of its document (or a regeneration of the stored
 * one), by the bundled decks' rules (deck-sync.ts): unchanged cards keep ids and history,
 * changed texts update unless the learner edited them, vanished studied cards are suspended.
 * The new document replaces the stored one in the same transaction.
 */
export async function updateUserDeck(
  db: StudyDatabase,
  deck: Deck,
  source: DocumentSource,
  now: Date,
): Promise<CardSyncCounts> {
  return db.transaction('rw', [...syncTables(db), db.deckSources], async () => {
    const counts = await syncDeck(db, deck, now);
    if (source !== null) await db.deckSources.put(sourceRecord(deck.id, source, now));
    return counts;
  });
}

/** The stored document of a learner's deck; `undefined` for bundled decks. */
export function getDeckSource(
  db: StudyDatabase,
  deckId: string,
): Promise<DeckSourceRecord | undefined> {
  return db.deckSources.get(deckId);
}

/**
 * A stored deck in the format of decks/*.json (cards in document order, the learner's current
 * texts), to share it as a file; `undefined` when there is no such deck.
 */
export async function loadDeckFile(db: StudyDatabase, deckId: string): Promise<Deck | undefined> {
  return db.transaction('r', db.decks, db.cards, async () => {
    const deck = await db.decks.get(deckId);
    if (deck === undefined) return undefined;
    const cards = await listDeckCards(db, deckId, Infinity);
    return {
      id: deck.id,
      title: deck.title,
      language: deck.language,
      description: deck.description,
      source: deck.source,
      generator: { version: deck.generatorVersion },
      cards: cards.map((card) => ({
        id: card.id,
        kind: card.kind,
        front: card.front,
        back: card.back,
        context: card.context,
        lines: card.lines,
      })),
    };
  });
}

/** Gives a deck the learner's title (trimmed, not empty); later regenerations keep it. */
export async function renameDeck(db: StudyDatabase, deckId: string, title: string): Promise<void> {
  const trimmed = title.trim();
  if (trimmed === '') throw new Error('A deck needs a title.');
  const updated = await db.decks.update(deckId, { title: trimmed, titleEdited: true });
  if (updated === 0) throw new Error(`Deck ${deckId} does not exist.`);
}

function deckReviews(db: StudyDatabase, deckId: string) {
  return db.reviewLog
    .where('[deckId+review]')
    .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey], true, true);
}

/** How many cards and answers a deck has: what deleting it would remove. */
export async function countDeckContents(db: StudyDatabase, deckId: string): Promise<DeckContents> {
  return db.transaction('r', db.cards, db.reviewLog, db.logBlocks, async () => ({
    cards: await db.cards.where('deckId').equals(deckId).count(),
    reviews: await countAnswers(db, deckId),
  }));
}

/**
 * Deletes a deck with its cards, their answers and undo history, its document and media, and the quizzes
 * of this deck alone (a quiz across several decks stays, as part of the others' history), in
 * one transaction; the statistics summaries follow (stats-summaries.ts). The id is remembered so
 * a bundled deck stays deleted.
 */
export async function deleteDeck(
  db: StudyDatabase,
  deckId: string,
  now: Date,
): Promise<DeckContents> {
  return db.transaction('rw', deckTables(db), async () => {
    if ((await db.decks.get(deckId)) === undefined) {
      throw new Error(`Deck ${deckId} does not exist.`);
    }
    return removeDeck(db, deckId, now);
  });
}

/** The tables {@link removeDeck} writes, for the transaction around it. */
export function deckTables(db: StudyDatabase) {
  return [
    db.decks,
    db.cards,
    db.reviewLog,
    db.logBlocks,
    db.undo,
    db.deckSources,
    db.deletedDecks,
    db.quizzes,
    db.quizAnswers,
    db.media,
  ];
}

/**
 * What {@link deleteDeck} does, inside the caller's transaction over {@link deckTables} (sync
 * applies a deck deleted on another device with it).
 */
export async function removeDeck(
  db: StudyDatabase,
  deckId: string,
  now: Date,
): Promise<DeckContents> {
  const cardIds = await db.cards.where('deckId').equals(deckId).primaryKeys();
  const reviewIds = await deckReviews(db, deckId).primaryKeys();
  const answers = await countAnswers(db, deckId);
  const blockIds = await db.logBlocks
    .where('[deckId+last]')
    .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
    .primaryKeys();
  const quizIds = (await db.quizzes.where('deckIds').equals(deckId).toArray())
    .filter((quiz) => quiz.deckIds.every((id) => id === deckId))
    .map((quiz) => quiz.id);
  const answerIds = await db.quizAnswers.where('quizId').anyOf(quizIds).primaryKeys();
  await Promise.all([
    db.cards.bulkDelete(cardIds),
    db.reviewLog.bulkDelete(reviewIds),
    db.logBlocks.bulkDelete(blockIds),
    db.undo.where('deckId').equals(deckId).delete(),
    db.quizAnswers.bulkDelete(answerIds),
    db.quizzes.bulkDelete(quizIds),
    db.deckSources.delete(deckId),
    db.media
      .where('[deckId+name]')
      .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
      .delete(),
    db.decks.delete(deckId),
    db.deletedDecks.put({ id: deckId, deletedAt: now }),
  ]);
  return { cards: cardIds.length, reviews: answers };
}
