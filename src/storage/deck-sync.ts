/**
 * Loads generated decks (decks/*.json, bundled with the app) into IndexedDB and keeps them in
 * step when a later version ships regenerated decks: new cards are added, changed texts updated,
 * and every card's scheduling state and review history kept. One transaction for all decks, so a
 * failure (a full disk, say) leaves the stored collection exactly as it was. A deck the learner
 * deleted (see user-decks.ts) is not brought back.
 */
import type { Deck } from '../domain/deck/deck-types.ts';
import { DEFAULT_DECK_OPTIONS } from '../domain/scheduling/deck-options.ts';
import { newCardState } from '../domain/scheduling/fsrs-vocabulary.ts';
import { queueOf, type CardRecord, type DeckRecord, type StudyDatabase } from './db.ts';

export interface SyncResult {
  decksAdded: number;
  decksUpdated: number;
  cardsAdded: number;
  cardsUpdated: number;
  /** Cards gone from the regenerated deck: deleted when never studied, else suspended. */
  cardsRetired: number;
}

function deckRecordOf(deck: Deck, position: number, existing: DeckRecord | undefined): DeckRecord {
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
  await db.transaction('rw', db.decks, db.cards, db.deletedDecks, async () => {
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
      await syncCards(db, deck, now, result);
    }
  });
  return result;
}

async function syncCards(db: StudyDatabase, deck: Deck, now: Date, result: SyncResult) {
  const storedCards = new Map(
    (await db.cards.where('deckId').equals(deck.id).toArray()).map((card) => [card.id, card]),
  );
  const writes: CardRecord[] = [];
  for (const [position, card] of deck.cards.entries()) {
    const stored = storedCards.get(card.id);
    storedCards.delete(card.id);
    if (stored === undefined) {
      const fresh = { ...newCardState(now), suspended: false, buriedUntil: null };
      writes.push({
        ...fresh,
        id: card.id,
        deckId: deck.id,
        position,
        kind: card.kind,
        front: card.front,
        back: card.back,
        context: card.context,
        lines: card.lines,
        edited: false,
        version: 1,
        queue: queueOf(fresh, now),
      });
      result.cardsAdded += 1;
      continue;
    }
    const text = stored.edited
      ? {}
      : { front: card.front, back: card.back, context: card.context, kind: card.kind };
    const next: CardRecord = { ...stored, ...text, position, lines: card.lines };
    if (JSON.stringify(next) !== JSON.stringify(stored)) {
      writes.push({ ...next, version: stored.version + 1 });
      result.cardsUpdated += 1;
    }
  }
  const neverStudied: string[] = [];
  for (const card of storedCards.values()) {
    if (card.reps === 0) {
      neverStudied.push(card.id);
    } else if (!card.suspended) {
      const suspended = { ...card, suspended: true, version: card.version + 1 };
      writes.push({ ...suspended, queue: queueOf(suspended, now) });
    }
    result.cardsRetired += 1;
  }
  await db.cards.bulkDelete(neverStudied);
  await db.cards.bulkPut(writes);
}
