/**
 * A deck's progress as the deck list shows it: cards learned of all, and its recent true
 * retention. Apart from statistics.ts so the deck list (on the first page) does not carry the
 * statistics page's code.
 */
import { digestState, type CardDigestPage } from './card-digest.ts';
import { isLearned } from './classify.ts';
import { studyDaysOf, type ReviewDay } from './review-days.ts';
import type { PassFail, StatsClock } from './stats-types.ts';
import { RETENTION_PERIODS, trueRetention } from './true-retention.ts';

export interface DeckProgress {
  readonly total: number;
  /** Cards that have left the learning steps at least once (see `isLearned`). */
  readonly learned: number;
  /** True retention of the last 30 study days, young and mature together. */
  readonly retention: PassFail;
  /**
   * Answers of any kind in the same 30 days. Retention counts only answers to cards in review
   * (as Anki's true retention): answers while cards are still learning leave it empty.
   */
  readonly answers: number;
}

/**
 * A deck's progress for the deck list, from its packed cards and its review days (those of the
 * last 31 days are enough).
 *
 * @example
 * deckProgress(pages, reviewDays, clock);
 * // { total: 36, learned: 12, retention: { passed: 40, failed: 4 }, answers: 61 }
 */
export function deckProgress(
  pages: readonly CardDigestPage[],
  reviewDays: readonly ReviewDay[],
  clock: StatsClock,
): DeckProgress {
  let total = 0;
  let learned = 0;
  for (const page of pages) {
    total += page.idEnds.length;
    for (let index = 0; index < page.idEnds.length; index += 1) {
      if (isLearned({ state: digestState(page, index) })) learned += 1;
    }
  }
  const studyDays = studyDaysOf(reviewDays, clock);
  let answers = 0;
  for (const [ago, day] of studyDays) {
    if (ago < 0 || ago >= RETENTION_PERIODS.month) continue;
    for (const count of day.kinds) answers += count;
  }
  return { total, learned, retention: trueRetention(studyDays).month.all, answers };
}
