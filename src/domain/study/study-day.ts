/**
 * The study day: daily limits reset at a configurable local hour (4 AM by default, like Anki), so
 * a session past midnight still counts for the evening it began in.
 *
 * Local time is the host's zone by default, computed with local-time `Date` methods, which follow
 * the host's daylight-saving rules. An explicit IANA `timeZone` computes the same with
 * `Intl.DateTimeFormat` instead; tests use it because a process cannot reliably change its own
 * zone after startup. Both paths share one rule: the day belongs to the calendar date of its
 * start, and a start hour that does not exist on a date (the hour skipped by a spring-forward
 * change) moves forward by the gap, as `new Date(y, m, d, h)` does.
 */
import { DAY_MS } from '../time/time-units.ts';

interface CalendarDate {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
}

interface WallTime extends CalendarDate {
  readonly hour: number;
}

/**
 * The instant the study day containing `now` began.
 *
 * @example
 * // 03:59 in Copenhagen still belongs to the previous day when days start at 4 AM.
 * studyDayStart(new Date('2026-03-10T02:59:00Z'), 4, 'Europe/Copenhagen');
 * // → 2026-03-09T03:00:00.000Z (04:00 local, UTC+1)
 */
export function studyDayStart(now: Date, hour: number, timeZone?: string): Date {
  return startOf(studyDate(now, hour, timeZone), hour, timeZone);
}

/**
 * The instant the next study day begins: the end (exclusive) of the one containing `now`. The
 * day is 23 or 25 hours long when a daylight-saving change falls inside it.
 *
 * @example
 * nextStudyDayStart(new Date('2026-03-28T12:00:00Z'), 4, 'Europe/Copenhagen');
 * // → 2026-03-29T02:00:00.000Z (04:00 local, already UTC+2): a 23-hour day
 */
export function nextStudyDayStart(now: Date, hour: number, timeZone?: string): Date {
  return startOf(addDays(studyDate(now, hour, timeZone), 1), hour, timeZone);
}

/**
 * The calendar date (`YYYY-MM-DD`) on which the study day containing `now` began; a stable key
 * for "today" in counts and statistics.
 *
 * @example
 * studyDayKey(new Date('2026-03-29T01:30:00Z'), 4, 'Europe/Copenhagen'); // '2026-03-28'
 */
export function studyDayKey(now: Date, hour: number, timeZone?: string): string {
  const { year, month, day } = studyDate(now, hour, timeZone);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

function studyDate(now: Date, hour: number, timeZone: string | undefined): CalendarDate {
  const wall = timeZone === undefined ? hostWallTime(now) : zonedWallTime(now.getTime(), timeZone);
  return wall.hour < hour ? addDays(wall, -1) : wall;
}

function startOf(date: CalendarDate, hour: number, timeZone: string | undefined): Date {
  if (timeZone === undefined) return new Date(date.year, date.month - 1, date.day, hour);
  return new Date(zonedInstant(date, hour, timeZone));
}

function hostWallTime(now: Date): WallTime {
  return {
    year: now.getFullYear(),
    month: now.getMonth() + 1,
    day: now.getDate(),
    hour: now.getHours(),
  };
}

// Calendar arithmetic in UTC, where every day has 24 hours.
function addDays(date: CalendarDate, days: number): CalendarDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * DAY_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

// Constructing a formatter costs far more than using one, and a session asks for a few zones.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface ZonedParts extends WallTime {
  readonly minute: number;
  readonly second: number;
}

function zonedWallTime(instantMs: number, timeZone: string): ZonedParts {
  const parts = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  for (const part of formatterFor(timeZone).formatToParts(instantMs)) {
    if (part.type in parts) parts[part.type as keyof typeof parts] = Number(part.value);
  }
  return parts;
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(instantMs: number, timeZone: string): number {
  const p = zonedWallTime(instantMs, timeZone);
  const wallAsUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return wallAsUtc - Math.floor(instantMs / 1000) * 1000;
}

/**
 * The instant a zone's clocks show `date` at `hour`:00. Tries the offsets in force a day before
 * and a day after (a zone changes offset at most once within that span); of the ones that
 * really show that wall time it takes the earlier, which is the first of a repeated hour. When
 * none does, the hour was skipped, and the offset from before the change moves it forward by
 * the gap.
 */
function zonedInstant(date: CalendarDate, hour: number, timeZone: string): number {
  const wallAsUtc = Date.UTC(date.year, date.month - 1, date.day, hour);
  const offsetBefore = offsetAt(wallAsUtc - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wallAsUtc + DAY_MS, timeZone);
  const candidates = [wallAsUtc - offsetBefore, wallAsUtc - offsetAfter].filter(
    (instant) => instant + offsetAt(instant, timeZone) === wallAsUtc,
  );
  return candidates.length > 0 ? Math.min(...candidates) : wallAsUtc - offsetBefore;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
