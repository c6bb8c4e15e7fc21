import { useMemo } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { UplotChart } from '../../../components/ui/uplot-chart.tsx';
import type { ScorePoint } from '../../../domain/quiz/quiz-history.ts';

/**
 * The share right of each quiz, oldest to newest: a line over the dates the quizzes were
 * finished (x axis) from 0 to 100 % (y axis), drawn by the statistics' uPlot chart. The figures
 * are also in the history table beneath it.
 */
export function ScoreChart({ points }: { points: readonly ScorePoint[] }) {
  const { t, i18n } = useTranslation();
  const labels = useMemo(() => {
    const date = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric' });
    return points.map((point) => date.format(point.finishedAt));
  }, [points, i18n.language]);
  const series = useMemo(
    () => [
      {
        label: t('quiz.history.score'),
        colorVar: '--accent',
        values: points.map((point) => Math.round(point.share * 1000) / 10),
      },
    ],
    [points, t],
  );
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <figure className="quiz-chart">
      <UplotChart
        label={t('quiz.history.chart', {
          scores: points.map((point) => percent.format(point.share)).join(', '),
        })}
        labels={labels}
        series={series}
        kind="line"
        yMax={100}
        height={160}
      />
      <figcaption className="muted">{t('quiz.history.axes')}</figcaption>
    </figure>
  );
}
