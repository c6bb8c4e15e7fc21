import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { REVIEW_KINDS } from '../../../domain/stats/classify.ts';
import type { DayReviews } from '../../../domain/stats/review-activity.ts';
import type { StatsPeriod } from '../../../domain/stats/statistics.ts';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { ChartLegend } from '../../../components/ui/chart-legend.tsx';
import { UplotChart } from '../../../components/ui/uplot-chart.tsx';
import { KIND_COLORS } from '../../../components/ui/chart-colors.ts';

/** Reviews per day over the period, stacked by learning / young / mature / relearning. */
export function ReviewsSection({
  reviews,
  period,
}: {
  reviews: DayReviews[];
  period: StatsPeriod;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  const periodLabel = t(`stats.periods.days${period}`);
  const series = useMemo(
    () =>
      REVIEW_KINDS.map((kind) => ({
        label: t(`stats.reviews.kind.${kind}`),
        colorVar: KIND_COLORS[kind],
        values: reviews.map((day) => day[kind]),
      })),
    [reviews, t],
  );
  const labels = useMemo(() => reviews.map((day) => format.shortDay(day.day)), [reviews, format]);
  const total = reviews.reduce((sum, day) => sum + day.total, 0);
  const studied = reviews.filter((day) => day.total > 0).length;
  return (
    <section className="stats__section" aria-labelledby="stats-reviews">
      <h2 id="stats-reviews">{t('stats.reviews.title')}</h2>
      <p>
        {t('stats.reviews.summary', {
          total: format.number(total),
          period: periodLabel,
          studied,
          days: reviews.length,
          average: format.number(studied === 0 ? 0 : total / studied, 1),
        })}
      </p>
      <ChartLegend series={series} />
      <UplotChart
        label={t('stats.reviews.chart', { period: periodLabel })}
        labels={labels}
        series={series}
        kind="stacked"
      />
      <DataTable
        caption={t('stats.reviews.title')}
        columns={[
          t('stats.day'),
          ...REVIEW_KINDS.map((kind) => t(`stats.reviews.kind.${kind}`)),
          t('stats.reviews.total'),
        ]}
        rows={reviews.map((day) => [
          format.day(day.day),
          ...REVIEW_KINDS.map((kind) => day[kind]),
          day.total,
        ])}
      />
    </section>
  );
}
