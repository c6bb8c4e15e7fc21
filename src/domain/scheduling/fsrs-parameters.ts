/**
 * FSRS parameters fitted to a deck's own review history: what is stored in the deck's options,
 * how it is checked when it comes from outside (a backup), and when to suggest fitting again.
 * The fitting itself is ./optimizer.ts; the scheduler reads the weights (scheduler.ts).
 */
import { DAY_MS } from '../time/time-units.ts';

// No ts-fsrs import here: deck-options.ts (on the first page) reads this module.

/** ts-fsrs 5 (FSRS-6) takes 21 weights; the optimizer build returns as many. */
export const FSRS_PARAMETER_COUNT = 21;

export interface FittedParameters {
  /** The 21 FSRS weights. */
  readonly weights: readonly number[];
  /** When they were fitted (ISO 8601). */
  readonly fittedAt: string;
  /** How many reviews of the deck's log they were fitted on. */
  readonly reviewCount: number;
}

/**
 * The fitted parameters in `input`, or `null` when it is not a well-formed record: 21 finite
 * weights, an ISO date, a whole non-negative review count.
 *
 * @example
 * parseFittedParameters({ weights: [...DEFAULT_FSRS_WEIGHTS], fittedAt: '2026-11-01T10:00:00.000Z', reviewCount: 900 });
 */
export function parseFittedParameters(input: unknown): FittedParameters | null {
  if (typeof input !== 'object' || input === null) return null;
  const { weights, fittedAt, reviewCount } = input as Record<string, unknown>;
  if (
    !Array.isArray(weights) ||
    weights.length !== FSRS_PARAMETER_COUNT ||
    !weights.every((weight) => typeof weight === 'number' && Number.isFinite(weight))
  ) {
    return null;
  }
  if (typeof fittedAt !== 'string' || Number.isNaN(Date.parse(fittedAt))) return null;
  if (typeof reviewCount !== 'number' || !Number.isInteger(reviewCount) || reviewCount < 0) {
    return null;
  }
  return { weights: [...(weights as number[])], fittedAt, reviewCount };
}

/** Days after which fitting again is suggested, as Anki's manual suggests a monthly optimize. */
export const REFIT_AFTER_DAYS = 30;

/** Why fitting (again) is worth it now, or `null` when it is not. Never acted on by itself. */
export type RefitReason = 'neverFitted' | 'monthOld' | 'reviewsDoubled';

/**
 * Whether to suggest optimizing: never fitted, fitted 30 days ago or more, or the deck now has
 * at least twice the reviews the parameters were fitted on.
 *
 * @example
 * refitReason({ weights, fittedAt: '2026-10-01T00:00:00Z', reviewCount: 500 }, 1000, now); // 'reviewsDoubled'
 */
export function refitReason(
  fitted: FittedParameters | undefined,
  reviewCount: number,
  now: Date,
): RefitReason | null {
  if (fitted === undefined) return 'neverFitted';
  const ageDays = (now.getTime() - Date.parse(fitted.fittedAt)) / DAY_MS;
  if (ageDays >= REFIT_AFTER_DAYS) return 'monthOld';
  if (reviewCount >= 2 * Math.max(fitted.reviewCount, 1)) return 'reviewsDoubled';
  return null;
}
