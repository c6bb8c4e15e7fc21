/**
 * A deck's progress as the deck list shows it: cards learned of all, and its recent true
 * retention. Apart from statistics.ts so the deck list (on the first page) does not carry the
 * statistics page's code.
 */
import { isLearned } from './classify.ts';
import type { PassFail, StatsCard, StatsClock, StatsLog } from './stats-types.ts';
import { trueRetention } from './true-retention.ts';

export interface DeckProgress {
  readonly total: number;
  /** Cards that have left the learning steps at least once (see `isLearned`). */
  readonly learned: number;
  /** True retention of the last 30 study days, young and mature together. */
  readonly retention: PassFail;
}

/**
 * A deck's progress for the deck list.
 *
 * @example
 * deckProgress(cards, logs, clock); // { total: 36, learned: 12, retention: { passed: 40, failed: 4 } }
 */
export function deckProgress(
  cards: readonly Pick<StatsCard, 'state'>[],
  logs: readonly StatsLog[],
  clock: StatsClock,
): DeckProgress {
  return {
    total: cards.length,
    learned: cards.filter(isLearned).length,
    retention: trueRetention(logs, clock).month.all,
  };
}
