/**
 * A synced card's FSRS state, derived from its merged answers: the same answers give the same
 * state on every device, whichever order they arrived in.
 */
import { replayInOrder, type ReplayLog } from '../scheduling/replay-log.ts';
import { newCardState, type Scheduler, type SchedulingCard } from '../scheduling/scheduler.ts';

/** One merged answer: what replay needs, plus its id unique across devices. */
export interface MergedLog extends ReplayLog {
  readonly uid: string;
}

/**
 * The card's state after its merged answers, replayed in time order (rows at the same instant by
 * uid) from a new card. Manual rows (a reset or reschedule by hand) count where they fall in time
 * (replay-log.ts, `applyManual`), so a reset on one device and answers given elsewhere meanwhile
 * merge into the same state everywhere. The first answer counts as given to a new card even when
 * it was not — after an undo on another device took back the one before it — so that every
 * device derives the same state. No rows: the card is new again, due at `createdAt`.
 *
 * @example
 * deriveCardState(scheduler, 'deck:faq:1', [], created).state; // State.New
 */
export function deriveCardState(
  scheduler: Scheduler,
  cardId: string,
  logs: readonly MergedLog[],
  createdAt: Date,
): SchedulingCard {
  if (logs.length === 0) return { id: cardId, ...newCardState(createdAt) };
  const ordered = [...logs].sort(
    (a, b) =>
      a.review.getTime() - b.review.getTime() || (a.uid < b.uid ? -1 : a.uid > b.uid ? 1 : 0),
  );
  return replayInOrder(scheduler, cardId, ordered);
}
