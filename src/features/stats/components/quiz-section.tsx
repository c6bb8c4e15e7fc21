import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import type { QuizScores } from '../../../domain/stats/quiz-scores.ts';
import type { StatsPeriod } from '../../../domain/stats/statistics.ts';
import { SERIES_COLOR } from '../../../components/ui/chart-colors.ts';
import { DataTable } from '../../../components/ui/data-table.tsx';
import { UplotChart } from '../../../components/ui/uplot-chart.tsx';

/** Each finished quiz's score over the period, as a line, with the overall score. */
export function QuizSection({ quizzes, period }: { quizzes: QuizScores; period: StatsPeriod }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const labels = useMemo(
    () => quizzes.points.map((point) => format.shortDay(point.day)),
    [quizzes, format],
  );
  const series = useMemo(
    () => [
      {
        label: t('stats.quizzes.score'),
        colorVar: SERIES_COLOR,
        values: quizzes.points.map((point) => Math.round(point.score * 1000) / 10),
      },
    ],
    [quizzes, t],
  );
  return (
    <section className="stats__section" aria-labelledby="stats-quizzes">
      <h2 id="stats-quizzes">{t('stats.quizzes.title')}</h2>
      {quizzes.overall === null ? (
        <p>{t('stats.quizzes.none')}</p>
      ) : (
        <>
          <p>{t('stats.quizzes.overall', { score: format.percent(quizzes.overall) })}</p>
          <UplotChart
            label={t('stats.quizzes.chart', { period: t(`stats.periods.days${period}`) })}
            labels={labels}
            series={series}
            kind="line"
            yMax={100}
          />
          <DataTable
            caption={t('stats.quizzes.title')}
            columns={[t('stats.quizzes.finished'), t('stats.quizzes.score')]}
            rows={quizzes.points.map((point) => [
              format.dateTime(point.finishedAt),
              `${format.percent(point.score)} (${t('stats.quizzes.correct', { correct: format.number(point.correct, 1), total: point.total })})`,
            ])}
          />
        </>
      )}
    </section>
  );
}
