import { useTranslation } from '../../../i18n/i18n.ts';
import type { ScorePoint } from '../../../domain/quiz/quiz-history.ts';

const WIDTH = 320;
const HEIGHT = 100;
const PAD = 8;

/**
 * The share right of each quiz, oldest to newest, as a line from 0 % (bottom) to 100 % (top).
 * Drawn by hand: one polyline does not justify a chart library on this screen.
 */
export function ScoreChart({ points }: { points: readonly ScorePoint[] }) {
  const { t, i18n } = useTranslation();
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  const step = points.length > 1 ? (WIDTH - 2 * PAD) / (points.length - 1) : 0;
  const coordinates = points.map((point, index) => ({
    x: points.length > 1 ? PAD + index * step : WIDTH / 2,
    y: PAD + (1 - point.share) * (HEIGHT - 2 * PAD),
  }));
  return (
    <svg
      className="quiz-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('quiz.history.chart', {
        scores: points.map((point) => percent.format(point.share)).join(', '),
      })}
    >
      <line
        x1={PAD}
        x2={WIDTH - PAD}
        y1={HEIGHT - PAD}
        y2={HEIGHT - PAD}
        className="quiz-chart__axis"
      />
      <line x1={PAD} x2={WIDTH - PAD} y1={PAD} y2={PAD} className="quiz-chart__axis" />
      <polyline
        className="quiz-chart__line"
        points={coordinates.map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ')}
      />
      {coordinates.map(({ x, y }, index) => (
        <circle key={index} cx={x} cy={y} r={3} className="quiz-chart__point" />
      ))}
    </svg>
  );
}
