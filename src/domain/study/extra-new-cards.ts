/**
 * "Study more new cards today", Anki's custom study "Increase today's new card limit": extra new
 * cards on top of a deck's daily limit, for one study day only. They are stored with the start
 * of the study day they were given for, so they lapse by themselves when the next day starts.
 */

/** Extra new cards of one deck for the study day starting at `dayStart` (an ISO instant). */
export interface ExtraNewCards {
  readonly dayStart: string;
  readonly count: number;
}

/**
 * Today's extra new cards: the stored ones if they were given for the study day that starts at
 * `dayStart`, else none.
 *
 * @example
 * extraNewToday({ dayStart: '2026-03-10T04:00:00.000Z', count: 20 }, new Date('2026-03-10T04:00:00Z')) // 20
 * extraNewToday({ dayStart: '2026-03-09T04:00:00.000Z', count: 20 }, new Date('2026-03-10T04:00:00Z')) // 0
 */
export function extraNewToday(stored: ExtraNewCards | undefined, dayStart: Date): number {
  return stored?.dayStart === dayStart.toISOString() ? stored.count : 0;
}

/**
 * The extra new cards after asking for `more` in the study day starting at `dayStart`: added to
 * today's, or the first of a new day.
 *
 * @example
 * withExtraNew(undefined, dayStart, 10) // { dayStart: dayStart.toISOString(), count: 10 }
 */
export function withExtraNew(
  stored: ExtraNewCards | undefined,
  dayStart: Date,
  more: number,
): ExtraNewCards {
  return { dayStart: dayStart.toISOString(), count: extraNewToday(stored, dayStart) + more };
}

/**
 * New cards still to introduce today: the daily limit plus today's extra, less those already
 * introduced today (never below zero).
 *
 * @example
 * newCardsLeftToday(20, 10, 20) // 10
 */
export function newCardsLeftToday(newPerDay: number, extra: number, introduced: number): number {
  return Math.max(0, newPerDay + extra - introduced);
}
