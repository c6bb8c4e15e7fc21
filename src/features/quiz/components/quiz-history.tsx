import { useTranslation } from '../../../i18n/i18n.ts';
import { scoreSeries } from '../../../domain/quiz/quiz-history.ts';
import { useQuizHistory } from '../hooks/use-quiz-data.ts';
import { formatDuration } from '../../../components/format-duration.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { Table } from '../../../components/ui/table.tsx';
import { ScoreChart } from './score-chart.tsx';

/** A deck's quizzes: the score over time as a chart, and each quiz newest first. */
export function QuizHistory({ deckId }: { deckId: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const quizzes = useQuizHistory(deckId);
  if (quizzes === undefined) return null;
  const series = scoreSeries(quizzes);
  return (
    <section className="quiz-history" aria-labelledby="quiz-history-title">
      <h2 id="quiz-history-title">{t('quiz.history.title')}</h2>
      {quizzes.length === 0 ? (
        <p>{t('quiz.history.empty')}</p>
      ) : (
        <>
          <ScoreChart points={series} />
          <Table
            columns={[t('quiz.history.when'), t('quiz.history.score'), t('quiz.history.time')]}
            rows={[...quizzes].reverse().map((quiz) => ({
              key: quiz.id,
              testId: 'quiz-history-row',
              cells: [
                format.dateTime(quiz.finishedAt),
                `${format.number(quiz.correct, 1)}/${String(quiz.total)}`,
                formatDuration(quiz.durationMs),
              ],
            }))}
          />
        </>
      )}
    </section>
  );
}
