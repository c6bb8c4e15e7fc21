import { Fragment } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import type { DeckRecord } from '../../../storage/db.ts';
import { useRecentQuizzes } from '../hooks/use-quiz-data.ts';
import { formatDuration } from '../../../components/format-duration.ts';
import { useFormatters } from '../../../components/use-formatters.ts';

const RECENT = 10;

/** The latest quizzes over any decks, newest first. */
export function RecentQuizzes({ decks }: { decks: readonly DeckRecord[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormatters();
  const quizzes = useRecentQuizzes(RECENT);
  if (quizzes === undefined) return null;
  const when = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const deckOf = (id: string) => decks.find((deck) => deck.id === id);
  return (
    <section className="quiz-history" aria-labelledby="quiz-recent-title">
      <h2 id="quiz-recent-title">{t('quiz.recent')}</h2>
      {quizzes.length === 0 ? (
        <p>{t('quiz.history.empty')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('quiz.history.when')}</th>
              <th scope="col">{t('quiz.history.decks')}</th>
              <th scope="col">{t('quiz.history.score')}</th>
              <th scope="col">{t('quiz.history.time')}</th>
            </tr>
          </thead>
          <tbody>
            {quizzes.map((quiz) => (
              <tr key={quiz.id}>
                <td>{when.format(quiz.finishedAt)}</td>
                <td>
                  {quiz.deckIds.map((id, index) => (
                    <Fragment key={id}>
                      {index > 0 && ', '}
                      <span lang={deckOf(id)?.language}>{deckOf(id)?.title ?? id}</span>
                    </Fragment>
                  ))}
                </td>
                <td>
                  {format.number(quiz.correct, 1)}/{quiz.total}
                </td>
                <td>{formatDuration(quiz.durationMs)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
