/**
 * Cards the learner adds by hand to a deck (see domain/deck/hand-made-cards.ts): stored new and
 * studyable at once, after the deck's last card, all of one note in one transaction (the
 * statistics summaries follow inside it). Their ids mark them as hand-made, so deck sync and
 * regeneration leave them alone.
 */
import { Dexie } from 'dexie';
import {
  handMadeCards,
  type HandCardInput,
  type HandCardProblem,
} from '../domain/deck/hand-made-cards.ts';
import type { CardRecord, StudyDatabase } from './db.ts';
import { newCardRecord } from './deck-sync.ts';
import { randomId } from '../config/random-id.ts';

export type AddCardsResult =
  { ok: true; cards: CardRecord[] } | { ok: false; problem: HandCardProblem };

/**
 * Stores the cards `input` makes (one, or one per cloze number) in deck `deckId`, after its last
 * card, and returns them as stored; `noteId` makes their ids unique (tests pass their own).
 * Input that makes no card is refused with the problem; a missing deck or a taken id throws.
 * Either way nothing is written.
 */
export async function addCardsByHand(
  db: StudyDatabase,
  deckId: string,
  input: HandCardInput,
  now: Date,
  noteId: string = randomId(8),
): Promise<AddCardsResult> {
  const made = handMadeCards(deckId, noteId, input);
  if (!made.ok) return made;
  return db.transaction('rw', db.decks, db.cards, async () => {
    if ((await db.decks.get(deckId)) === undefined) {
      throw new Error(`Deck ${deckId} does not exist.`);
    }
    const last = await db.cards
      .where('[deckId+position]')
      .between([deckId, Dexie.minKey], [deckId, Dexie.maxKey])
      .last();
    const first = (last?.position ?? -1) + 1;
    const cards = made.cards.map((card, index) => newCardRecord(deckId, card, first + index, now));
    await db.cards.bulkAdd(cards);
    return { ok: true, cards };
  });
}
