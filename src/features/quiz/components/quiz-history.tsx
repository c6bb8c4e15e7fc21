import { useTranslation } from '../../../i18n/i18n.ts';
import { scoreSeries } from '../../../domain/quiz/quiz-history.ts';
import { useQuizHistory } from '../hooks/use-quiz-data.ts';
import { formatDuration } from '../../../components/format-duration.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { ScoreChart } from './score-chart.tsx';

/** A deck's quizzes: the score over time as a chart, and each quiz newest first. */
export function QuizHistory({ deckId }: { deckId: string }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const quizzes = useQuizHistory(deckId);
  if (quizzes === undefined) return null;
  const series = scoreSeries(quizzes);
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <section className="quiz-history" aria-labelledby="quiz-history-title">
      <h2 id="quiz-history-title">{t('quiz.history.title')}</h2>
      {quizzes.length === 0 ? (
        <p>{t('quiz.history.empty')}</p>
      ) : (
        <>
          <ScoreChart points={series} />
          <table>
            <thead>
              <tr>
                <th scope="col">{t('quiz.history.when')}</th>
                <th scope="col">{t('quiz.history.score')}</th>
                <th scope="col">{t('quiz.history.time')}</th>
              </tr>
            </thead>
            <tbody>
              {[...quizzes].reverse().map((quiz) => (
                <tr key={quiz.id} data-testid="quiz-history-row">
                  <td>{when.format(quiz.finishedAt)}</td>
                  <td>
                    {format.number(quiz.correct, 1)}/{quiz.total}
                  </td>
                  <td>{formatDuration(quiz.durationMs)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
