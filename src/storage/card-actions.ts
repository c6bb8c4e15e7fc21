/**
 * What the card browser and a card's page do to cards outside a study session: suspend,
 * bury, reset to new ("forget"), reschedule, move to another deck and delete, one card or many.
 * Each action is one transaction over cards, review log and undo snapshots (the statistics
 * summaries follow inside it, see stats-summaries.ts), and returns a snapshot of what it changed
 * so that the action can be undone as a whole — restoring deleted cards with their history.
 */
import { manualLog } from '../domain/scheduling/replay-log.ts';
import { newCardState, State } from '../domain/scheduling/scheduler.ts';
import { countAnswersOfCards, unpackCards } from './answer-log.ts';
import { queueOf, type CardRecord, type CardsSnapshot, type StudyDatabase } from './db.ts';

export type CardAction =
  | { readonly type: 'suspend'; readonly suspended: boolean }
  /** `until: null` unburies. */
  | { readonly type: 'bury'; readonly until: Date | null }
  | { readonly type: 'forget'; readonly keepHistory: boolean }
  /** Studied cards become due at `due`; new cards have no due date and are left alone. */
  | { readonly type: 'reschedule'; readonly due: Date }
  | { readonly type: 'move'; readonly deckId: string }
  | { readonly type: 'delete' };

/** The cards `action` changes, as they are after it (cards it leaves alone are not listed). */
function changedCards(
  cards: readonly CardRecord[],
  action: Exclude<CardAction, { type: 'delete' }>,
  now: Date,
  firstPosition: number,
): CardRecord[] {
  const changed: CardRecord[] = [];
  cards.forEach((card, index) => {
    let next: CardRecord;
    switch (action.type) {
      case 'suspend':
        if (card.suspended === action.suspended) return;
        next = { ...card, suspended: action.suspended };
        break;
      case 'bury':
        next = { ...card, buriedUntil: action.until };
        break;
      case 'forget':
        next = { ...card, ...newCardState(now), buriedUntil: null };
        break;
      case 'reschedule':
        if (card.state === State.New) return;
        next = { ...card, due: action.due };
        break;
      case 'move':
        if (card.deckId === action.deckId) return;
        next = { ...card, deckId: action.deckId, position: firstPosition + index };
        break;
    }
    changed.push({ ...next, version: card.version + 1, queue: queueOf(next, now) });
  });
  return changed;
}

/**
 * Applies `action` to the cards `cardIds` in one transaction and returns what it changed.
 * Unknown ids are skipped. Deleting a card deletes its review log and undo snapshots too;
 * forgetting without keeping history deletes its review log. Forgetting and rescheduling add a
 * Manual log row per changed card.
 */
export function applyCardAction(
  db: StudyDatabase,
  cardIds: readonly string[],
  action: CardAction,
  now: Date,
): Promise<CardsSnapshot> {
  return db.transaction('rw', db.cards, db.reviewLog, db.logBlocks, db.undo, async () => {
    const cards = (await db.cards.bulkGet([...cardIds])).filter(
      (card): card is CardRecord => card !== undefined,
    );
    const ids = cards.map((card) => card.id);
    const touchesLog =
      action.type === 'delete' ||
      action.type === 'move' ||
      (action.type === 'forget' && !action.keepHistory);
    // Answers packed in blocks become rows first: the action changes them one by one.
    if (touchesLog) await unpackCards(db, ids);
    const logs = touchesLog ? await db.reviewLog.where('cardId').anyOf(ids).toArray() : [];
    const versionsAfter: Record<string, number | null> = {};
    if (action.type === 'delete') {
      const undoIds = await db.undo.filter((entry) => ids.includes(entry.cardId)).primaryKeys();
      await Promise.all([
        db.cards.bulkDelete(ids),
        db.reviewLog.bulkDelete(logs.map((log) => log.id)),
        db.undo.bulkDelete(undoIds),
      ]);
      for (const id of ids) versionsAfter[id] = null;
      return { cards, logs, versionsAfter };
    }
    let firstPosition = 0;
    if (action.type === 'move') {
      const last = await db.cards
        .where('[deckId+position]')
        .between([action.deckId, -Infinity], [action.deckId, Infinity])
        .last();
      firstPosition = (last?.position ?? -1) + 1;
    }
    const changed = changedCards(cards, action, now, firstPosition);
    for (const card of changed) versionsAfter[card.id] = card.version;
    const changedIds = new Set(changed.map((card) => card.id));
    if (action.type === 'move') {
      // The summaries are kept per deck: the card leaves its old deck's page before it joins
      // the new one's, and its answers count in the new deck from now on.
      const moved = logs.filter((log) => changedIds.has(log.cardId));
      await db.cards.bulkDelete([...changedIds]);
      await db.cards.bulkPut(changed);
      await db.reviewLog.bulkPut(moved.map((log) => ({ ...log, deckId: action.deckId })));
      const undoIds = await db.undo.filter((entry) => changedIds.has(entry.cardId)).primaryKeys();
      await db.undo.bulkDelete(undoIds);
      return { cards: cards.filter((card) => changedIds.has(card.id)), logs: moved, versionsAfter };
    }
    await db.cards.bulkPut(changed);
    if (logs.length > 0) await db.reviewLog.bulkDelete(logs.map((log) => log.id));
    const before = new Map(cards.map((card) => [card.id, card]));
    const manual =
      action.type === 'forget' || action.type === 'reschedule'
        ? changed.map((card) => ({
            ...manualLog(before.get(card.id) ?? card, card, now),
            cardId: card.id,
            deckId: card.deckId,
            durationMs: 0,
          }))
        : [];
    const added = await db.reviewLog.bulkAdd(manual, { allKeys: true });
    return {
      cards: cards.filter((card) => changedIds.has(card.id)),
      logs,
      added,
      versionsAfter,
    };
  });
}

export type RestoreResult = 'restored' | 'conflict';

/**
 * Undoes an action: puts the cards and review log rows of `snapshot` back as they were, in one
 * transaction. Refused (`'conflict'`, nothing written) when one of the cards changed after the
 * action, e.g. answered in a study session since, or its deck was deleted.
 */
export function restoreCards(
  db: StudyDatabase,
  snapshot: CardsSnapshot,
  now: Date,
): Promise<RestoreResult> {
  return db.transaction(
    'rw',
    db.decks,
    db.cards,
    db.reviewLog,
    async (): Promise<RestoreResult> => {
      const ids = snapshot.cards.map((card) => card.id);
      const deckIds = [...new Set(snapshot.cards.map((card) => card.deckId))];
      const [current, decks] = await Promise.all([
        db.cards.bulkGet(ids),
        db.decks.bulkGet(deckIds),
      ]);
      const unchanged = current.every(
        (card, index) => (card?.version ?? null) === snapshot.versionsAfter[ids[index] ?? ''],
      );
      // A deck deleted since: its cards are not brought back into nowhere.
      if (!unchanged || decks.includes(undefined)) return 'conflict';
      const restored = snapshot.cards.map((card, index) => {
        const version = Math.max(card.version, current[index]?.version ?? 0) + 1;
        return { ...card, version, queue: queueOf(card, now) };
      });
      // Deleted first, then written, so a card or answer moved to another deck leaves that
      // deck's summaries.
      await db.cards.bulkDelete(ids);
      await db.cards.bulkPut(restored);
      await db.reviewLog.bulkDelete([
        ...snapshot.logs.map((log) => log.id),
        ...(snapshot.added ?? []),
      ]);
      await db.reviewLog.bulkPut([...snapshot.logs]);
      return 'restored';
    },
  );
}

/**
 * How many answers the review log holds for `cardIds` (what deleting them would delete); resets
 * and reschedules by hand (Manual rows) are no answers.
 */
export function countReviews(db: StudyDatabase, cardIds: readonly string[]): Promise<number> {
  return db.transaction('r', db.reviewLog, db.logBlocks, () => countAnswersOfCards(db, cardIds));
}

/** How many card actions a tab can undo, as many as answers in a study session. */
const ACTION_UNDO_DEPTH = 30;

/**
 * {@link applyCardAction}, and its undo step kept for the tab `origin` in the same transaction
 * (the oldest beyond {@link ACTION_UNDO_DEPTH} dropped). Returns how many cards it changed.
 */
export function runCardAction(
  db: StudyDatabase,
  cardIds: readonly string[],
  action: CardAction,
  step: { origin: string; name: string },
  now: Date,
): Promise<number> {
  const tables = [db.cards, db.reviewLog, db.logBlocks, db.undo, db.cardActionUndo];
  return db.transaction('rw', tables, async () => {
    const snapshot = await applyCardAction(db, cardIds, action, now);
    const count = snapshot.cards.length;
    await db.cardActionUndo.add({ ...step, count, snapshot });
    const steps = await db.cardActionUndo.where('origin').equals(step.origin).primaryKeys();
    await db.cardActionUndo.bulkDelete(steps.slice(0, -ACTION_UNDO_DEPTH));
    return count;
  });
}

/** What undoing a card action did: which action and how many cards, or refused. */
export type CardActionUndoResult =
  | { readonly status: RestoreResult; readonly name: string; readonly count: number }
  | { readonly status: 'nothing' };

/**
 * Undoes the last card action of the tab `origin` in one transaction (see {@link restoreCards});
 * its undo step goes either way, so a refused one does not block older steps.
 */
export function undoCardAction(
  db: StudyDatabase,
  origin: string,
  now: Date,
): Promise<CardActionUndoResult> {
  return db.transaction(
    'rw',
    [db.decks, db.cards, db.reviewLog, db.cardActionUndo],
    async (): Promise<CardActionUndoResult> => {
      const last = await db.cardActionUndo.where('origin').equals(origin).last();
      if (last === undefined) return { status: 'nothing' };
      await db.cardActionUndo.delete(last.id);
      const status = await restoreCards(db, last.snapshot, now);
      return { status, name: last.name, count: last.count };
    },
  );
}

/** Whether the tab `origin` has a card action to undo. */
export async function canUndoCardAction(db: StudyDatabase, origin: string): Promise<boolean> {
  return (await db.cardActionUndo.where('origin').equals(origin).count()) > 0;
}
