/**
 * Short interval labels for the answer buttons, the way Anki shows them ("10m", "3d", "1.5mo").
 * `intervalParts` gives the number and unit separately so a translated UI can format them itself
 * (e.g. with `Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'narrow' })`).
 */

export type IntervalUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

export interface IntervalParts {
  readonly value: number;
  readonly unit: IntervalUnit;
}
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/time-units.ts';

const MINUTE = MINUTE_MS;
const HOUR = HOUR_MS;
const DAY = DAY_MS;
const YEAR = 365 * DAY;
// Anki's month is a twelfth of a year, so 12 months make exactly "1y".
const MONTH = YEAR / 12;

const SHORT_UNIT: Record<IntervalUnit, string> = {
  minute: 'm',
  hour: 'h',
  day: 'd',
  month: 'mo',
  year: 'y',
};

/**
 * Splits a duration into the single unit Anki would show: under an hour in minutes, under a day
 * in hours, under 30 days in days (all rounded to whole numbers), under a year in months (one
 * decimal below 10), else years (one decimal). Negative durations count as zero.
 *
 * @example
 * intervalParts(90 * 60_000); // { value: 2, unit: 'hour' }
 * intervalParts(45 * 86_400_000); // { value: 1.5, unit: 'month' }
 */
export function intervalParts(ms: number): IntervalParts {
  const duration = Math.max(0, ms);
  if (duration < HOUR) return { value: Math.round(duration / MINUTE), unit: 'minute' };
  if (duration < DAY) return { value: Math.round(duration / HOUR), unit: 'hour' };
  if (duration < 30 * DAY) return { value: Math.round(duration / DAY), unit: 'day' };
  if (duration < YEAR) {
    const months = duration / MONTH;
    return { value: months < 10 ? roundToTenth(months) : Math.round(months), unit: 'month' };
  }
  return { value: roundToTenth(duration / YEAR), unit: 'year' };
}

/**
 * Formats a duration as a short English label: `1m`, `10m`, `3h`, `3d`, `2mo`, `1.5mo`, `1.2y`.
 * A duration under half a minute (a card due right away) reads `<1m`.
 *
 * @example
 * formatInterval(10 * 60_000); // '10m'
 * formatInterval(3 * 86_400_000); // '3d'
 */
export function formatInterval(ms: number): string {
  const { value, unit } = intervalParts(ms);
  if (unit === 'minute' && value === 0) return '<1m';
  return `${value}${SHORT_UNIT[unit]}`;
}

function roundToTenth(value: number): number {
  return Math.round(value * 10) / 10;
}
