import { useMemo } from 'react';
import { useTranslation } from '../i18n/i18n.ts';

/** Numbers, percentages, days, instants and durations in the interface language. */
export interface Formatters {
  number: (value: number, maximumFractionDigits?: number) => string;
  /** A share 0–1 as a percentage: `0.875` → "87.5%" (at most one decimal), or with exactly
   * `digits` decimals. */
  percent: (share: number, digits?: number) => string;
  /** A `YYYY-MM-DD` study-day key, e.g. "Mar 15, 2026". */
  day: (key: string) => string;
  /** A `YYYY-MM-DD` key, short: "Mar 15". */
  shortDay: (key: string) => string;
  /** An instant with date and time in the local zone. */
  dateTime: (date: Date) => string;
  /** A duration: "42 sec", "12 min", "1 hr, 5 min". */
  duration: (ms: number) => string;
}

// Day keys are calendar dates, not instants: format them as UTC midnight in UTC so no zone
// shifts them to the day before.
const asUtcDate = (key: string) => new Date(`${key}T00:00:00Z`);

/** Formatters for the current language, rebuilt only when the language changes. */
export function useFormatters(): Formatters {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return useMemo(() => {
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    const shortDay = new Intl.DateTimeFormat(locale, {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const unit = (value: number, name: 'second' | 'minute' | 'hour') =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short' }).format(
        value,
      );
    const list = new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' });
    return {
      number: (value, maximumFractionDigits = 0) =>
        new Intl.NumberFormat(locale, { maximumFractionDigits }).format(value),
      percent: (share, digits) =>
        digits === undefined
          ? percent.format(share)
          : new Intl.NumberFormat(locale, {
              style: 'percent',
              minimumFractionDigits: digits,
              maximumFractionDigits: digits,
            }).format(share),
      day: (key) => day.format(asUtcDate(key)),
      shortDay: (key) => shortDay.format(asUtcDate(key)),
      dateTime: (date) => dateTime.format(date),
      duration: (ms) => {
        const seconds = Math.round(Math.max(0, ms) / 1000);
        if (seconds < 60) return unit(seconds, 'second');
        const minutes = Math.round(seconds / 60);
        if (minutes < 60) return unit(minutes, 'minute');
        return list.format([unit(Math.floor(minutes / 60), 'hour'), unit(minutes % 60, 'minute')]);
      },
    } satisfies Formatters;
  }, [locale]);
}
