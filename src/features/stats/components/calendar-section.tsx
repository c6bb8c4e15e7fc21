import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import type { Streaks } from '../../../domain/stats/review-activity.ts';
import { DataTable } from '../../../components/ui/data-table.tsx';

interface CalendarSectionProps {
  calendar: readonly { day: string; count: number }[];
  streaks: Streaks;
}

const CELL = 11;
const GAP = 2;

/** 0 for no reviews, else 1–4 by the share of the busiest day, like a contribution calendar. */
function level(count: number, max: number): number {
  return count === 0 ? 0 : Math.min(4, Math.ceil((count / max) * 4));
}

/** The last year's daily reviews as a week-by-week heatmap, with the streaks. */
export function CalendarSection({ calendar, streaks }: CalendarSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const max = Math.max(1, ...calendar.map((day) => day.count));
  // Columns are weeks starting on Sunday; the first column begins on the first day's weekday.
  const firstWeekday = calendar[0] ? new Date(`${calendar[0].day}T00:00:00Z`).getUTCDay() : 0;
  const weeks = Math.ceil((calendar.length + firstWeekday) / 7);
  const studied = calendar.filter((day) => day.count > 0);
  const days = (count: number) => t('stats.days', { count });
  return (
    <section className="stats__section" aria-labelledby="stats-calendar">
      <h2 id="stats-calendar">{t('stats.calendar.title')}</h2>
      <dl className="stats__figures">
        <div>
          <dt>{t('stats.calendar.currentStreak')}</dt>
          <dd data-testid="current-streak">{days(streaks.current)}</dd>
        </div>
        <div>
          <dt>{t('stats.calendar.longestStreak')}</dt>
          <dd>{days(streaks.longest)}</dd>
        </div>
        <div>
          <dt>{t('stats.calendar.daysStudied')}</dt>
          <dd>{format.number(streaks.daysStudied)}</dd>
        </div>
      </dl>
      <div className="heatmap">
        <svg
          role="img"
          aria-label={t('stats.calendar.chart', { studied: studied.length })}
          viewBox={`0 0 ${weeks * (CELL + GAP)} ${7 * (CELL + GAP)}`}
        >
          {calendar.map((day, index) => {
            const slot = index + firstWeekday;
            const text = t('stats.calendar.cell', { day: format.day(day.day), count: day.count });
            return (
              <rect
                key={day.day}
                x={Math.floor(slot / 7) * (CELL + GAP)}
                y={(slot % 7) * (CELL + GAP)}
                width={CELL}
                height={CELL}
                rx={2}
                className={`heatmap__cell heatmap__cell--${level(day.count, max)}`}
              >
                <title>{text}</title>
              </rect>
            );
          })}
        </svg>
        <p className="heatmap__scale muted" aria-hidden="true">
          {t('stats.calendar.less')}
          {[0, 1, 2, 3, 4].map((value) => (
            <span key={value} className={`heatmap__key heatmap__cell--${value}`} />
          ))}
          {t('stats.calendar.more')}
        </p>
      </div>
      <DataTable
        caption={t('stats.calendar.tableCaption')}
        columns={[t('stats.day'), t('stats.calendar.reviews')]}
        rows={studied.map((day) => [format.day(day.day), day.count])}
      />
    </section>
  );
}
