import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import type { DueForecast } from '../../../domain/stats/forecast.ts';
import { SERIES_COLOR } from '../../../components/ui/chart-colors.ts';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { UplotChart } from '../../../components/ui/uplot-chart.tsx';

/**
 * Cards due on each of the next 30 study days (overdue ones today), and a sentence that adds up
 * to the chart: due in the period (of them overdue), and due beyond it.
 */
export function ForecastSection({ forecast }: { forecast: DueForecast }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useMemo(
    () => forecast.days.map((day) => format.shortDay(day.day)),
    [forecast, format],
  );
  const series = useMemo(
    () => [
      {
        label: t('stats.forecast.due'),
        colorVar: SERIES_COLOR,
        values: forecast.days.map((day) => day.due),
      },
    ],
    [forecast, t],
  );
  return (
    <section className="stats__section" aria-labelledby="stats-forecast">
      <h2 id="stats-forecast">{t('stats.forecast.title')}</h2>
      <p data-testid="forecast-summary">
        {t('stats.forecast.summary', {
          count: forecast.inPeriod,
          due: format.number(forecast.inPeriod),
          days: forecast.days.length,
          overdue: format.number(forecast.overdue),
        })}{' '}
        {t('stats.forecast.beyond', {
          count: forecast.later,
          later: format.number(forecast.later),
        })}
      </p>
      <UplotChart label={t('stats.forecast.chart')} labels={labels} series={series} kind="bars" />
      <DataTable
        caption={t('stats.forecast.title')}
        columns={[t('stats.day'), t('stats.forecast.due')]}
        rows={forecast.days.map((day) => [format.day(day.day), day.due])}
      />
    </section>
  );
}
