/**
 * Loads generated decks (decks/*.json, bundled with the app) into IndexedDB and keeps them in
 * step when a later version ships regenerated decks: new cards are added, changed texts updated,
 * and every card's scheduling state and review history kept. One transaction for all decks, so a
 * failure (a full disk, say) leaves the stored collection exactly as it was. A deck the learner
 * deleted (see user-decks.ts) is not brought back, and cards the learner added by hand stay.
 */
import type { Deck, DeckCard } from '../domain/deck/deck-types.ts';
import { isHandMadeCard } from '../domain/deck/hand-made-card-ids.ts';
import { DEFAULT_DECK_OPTIONS } from '../domain/scheduling/deck-options.ts';
import { newCardState } from '../domain/scheduling/fsrs-vocabulary.ts';
import { answersOfCards } from './answer-log.ts';
import { queueOf, type CardRecord, type DeckRecord, type StudyDatabase } from './db.ts';

export interface SyncResult {
  decksAdded: number;
  decksUpdated: number;
  cardsAdded: number;
  cardsUpdated: number;
  /**
   * Cards gone from the regenerated deck: deleted when they have no history, else suspended (a
   * card reset to new keeps its history, and with it its place).
   */
  cardsRetired: number;
}

export function deckRecordOf(
  deck: Deck,
  position: number,
  existing: DeckRecord | undefined,
): DeckRecord {
  return {
    id: deck.id,
    title: existing?.titleEdited === true ? existing.title : deck.title,
    ...(existing?.titleEdited === true && { titleEdited: true }),
    language: deck.language,
    description: deck.description,
    source: deck.source,
    generatorVersion: deck.generator.version,
    position: existing?.position ?? position,
    options: existing?.options ?? DEFAULT_DECK_OPTIONS,
  };
}

function isUnchanged(stored: DeckRecord | undefined, deck: Deck): boolean {
  return (
    stored !== undefined &&
    stored.source.sha256 === deck.source.sha256 &&
    stored.generatorVersion === deck.generator.version
  );
}

/**
 * Brings the stored decks in line with `decks`. Decks whose source hash and generator version
 * are unchanged are not touched, so calling this on every start costs one read per deck.
 */
export async function syncDecks(db: StudyDatabase, decks: Deck[], now: Date): Promise<SyncResult> {
  const result: SyncResult = {
    decksAdded: 0,
    decksUpdated: 0,
    cardsAdded: 0,
    cardsUpdated: 0,
    cardsRetired: 0,
  };
  await db.transaction('rw', [...syncTables(db), db.deletedDecks], async () => {
    const ids = decks.map((deck) => deck.id);
    const [stored, deleted] = await Promise.all([
      db.decks.bulkGet(ids),
      db.deletedDecks.bulkGet(ids),
    ]);
    const lastPosition = await db.decks.orderBy('position').last();
    let nextPosition = (lastPosition?.position ?? -1) + 1;
    for (const [index, deck] of decks.entries()) {
      const existing = stored[index];
      if (deleted[index] !== undefined || isUnchanged(existing, deck)) continue;
      await db.decks.put(deckRecordOf(deck, nextPosition, existing));
      if (existing === undefined) {
        nextPosition += 1;
        result.decksAdded += 1;
      } else {
        result.decksUpdated += 1;
      }
      const counts = await syncCards(db, deck, now);
      result.cardsAdded += counts.added;
      result.cardsUpdated += counts.updated;
      result.cardsRetired += counts.retired;
    }
  });
  return result;
}

/** A card of `deckId` as first stored: new, due now, at `position` in the deck's order. */
export function newCardRecord(
  deckId: string,
  card: DeckCard,
  position: number,
  now: Date,
): CardRecord {
  const fresh = { ...newCardState(now), suspended: false, buriedUntil: null };
  return {
    ...fresh,
    id: card.id,
    deckId,
    position,
    kind: card.kind,
    front: card.front,
    back: card.back,
    context: card.context,
    lines: card.lines,
    ...(card.tags !== undefined && { tags: card.tags }),
    edited: false,
    version: 1,
    queue: queueOf(fresh, now),
  };
}

/** What bringing one deck's cards in line changes: cards added, updated, and retired. */
export interface CardSyncCounts {
  added: number;
  updated: number;
  /** Cards gone from the new version: deleted when never studied, else suspended. */
  retired: number;
}

/**
 * The tables a deck's sync reads and writes: decks and cards, and the answer history, which
 * tells whether a vanished card may go.
 */
export function syncTables(db: StudyDatabase) {
  return [db.decks, db.cards, db.reviewLog, db.logBlocks];
}

interface CardSyncPlan extends CardSyncCounts {
  writes: CardRecord[];
  deletes: string[];
}

/**
 * The writes that bring `stored` (the deck's cards) in line with `deck`; nothing is written.
 * Cards of the document the learner moved to another deck (`movedAway`, see card-actions.ts)
 * stay where they were moved; a vanished card with history (`logged`: answers, or a reset or
 * reschedule by hand) is suspended, not deleted, even when a reset to new set its reps to 0.
 */
function planCardSync(
  deck: Deck,
  stored: readonly CardRecord[],
  { movedAway, logged }: StoredCards,
  now: Date,
): CardSyncPlan {
  const storedCards = new Map(stored.map((card) => [card.id, card]));
  const plan: CardSyncPlan = { added: 0, updated: 0, retired: 0, writes: [], deletes: [] };
  for (const [position, card] of deck.cards.entries()) {
    const existing = storedCards.get(card.id);
    storedCards.delete(card.id);
    if (movedAway.has(card.id)) continue;
    if (existing === undefined) {
      plan.writes.push(newCardRecord(deck.id, card, position, now));
      plan.added += 1;
      continue;
    }
    const text = existing.edited
      ? {}
      : { front: card.front, back: card.back, context: card.context, kind: card.kind };
    const next: CardRecord = { ...existing, ...text, position, lines: card.lines };
    if (JSON.stringify(next) !== JSON.stringify(existing)) {
      plan.writes.push({ ...next, version: existing.version + 1 });
      plan.updated += 1;
    }
  }
  for (const card of storedCards.values()) {
    // A card moved here from another deck keeps that deck's id: this document never had it;
    // nor did the cards the learner added by hand.
    if (!card.id.startsWith(`${deck.id}:`) || isHandMadeCard(deck.id, card.id)) continue;
    if (card.reps === 0 && !logged.has(card.id)) {
      plan.deletes.push(card.id);
    } else if (!card.suspended) {
      const suspended = { ...card, suspended: true, version: card.version + 1 };
      plan.writes.push({ ...suspended, queue: queueOf(suspended, now) });
    }
    plan.retired += 1;
  }
  return plan;
}

interface StoredCards {
  /** Ids of the document's cards now stored in other decks. */
  movedAway: ReadonlySet<string>;
  /** Ids of the deck's vanished cards without reps that still have a history. */
  logged: ReadonlySet<string>;
}

/** The deck's stored cards, and what {@link planCardSync} must know about them. */
async function storedCardsOf(db: StudyDatabase, deck: Deck): Promise<[CardRecord[], StoredCards]> {
  const stored = await db.cards.where('deckId').equals(deck.id).toArray();
  const here = new Set(stored.map((card) => card.id));
  const inDocument = new Set(deck.cards.map((card) => card.id));
  const missing = deck.cards.filter((card) => !here.has(card.id)).map((card) => card.id);
  const unanswered = stored.filter((card) => card.reps === 0 && !inDocument.has(card.id));
  const [elsewhere, history] = await Promise.all([
    db.cards.bulkGet(missing),
    answersOfCards(
      db,
      unanswered.map((card) => card.id),
    ),
  ]);
  return [
    stored,
    {
      movedAway: new Set(elsewhere.flatMap((card) => (card === undefined ? [] : [card.id]))),
      logged: new Set(history.map((log) => log.cardId)),
    },
  ];
}

async function syncCards(db: StudyDatabase, deck: Deck, now: Date): Promise<CardSyncCounts> {
  const [stored, known] = await storedCardsOf(db, deck);
  const { writes, deletes, ...counts } = planCardSync(deck, stored, known, now);
  await db.cards.bulkDelete(deletes);
  await db.cards.bulkPut(writes);
  return counts;
}

/**
 * What {@link syncDeck} would change for `deck`, without writing anything: the summary a learner
 * sees before updating a deck ("12 new, 3 changed, 2 removed").
 */
export async function previewDeckSync(
  db: StudyDatabase,
  deck: Deck,
  now: Date,
): Promise<CardSyncCounts> {
  const [stored, known] = await storedCardsOf(db, deck);
  const { added, updated, retired } = planCardSync(deck, stored, known, now);
  return { added, updated, retired };
}

/**
 * Brings one stored deck in line with `deck` by the same rules as {@link syncDecks}, even when
 * its source hash is unchanged (a learner's "Regenerate" after cards were left out). Call it
 * inside a transaction over {@link syncTables}, or it opens its own.
 */
export async function syncDeck(db: StudyDatabase, deck: Deck, now: Date): Promise<CardSyncCounts> {
  return db.transaction('rw', syncTables(db), async () => {
    const existing = await db.decks.get(deck.id);
    if (existing === undefined) throw new Error(`Deck ${deck.id} does not exist.`);
    await db.decks.put(deckRecordOf(deck, existing.position, existing));
    return syncCards(db, deck, now);
  });
}
