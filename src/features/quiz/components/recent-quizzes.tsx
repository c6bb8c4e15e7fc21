import { Fragment } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import type { DeckRecord } from '../../../storage/db.ts';
import { useRecentQuizzes } from '../hooks/use-quiz-data.ts';
import { formatDuration } from '../../../components/format-duration.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { Table } from '../../../components/ui/table.tsx';

const RECENT = 10;

/** The latest quizzes over any decks, newest first. */
export function RecentQuizzes({ decks }: { decks: readonly DeckRecord[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const quizzes = useRecentQuizzes(RECENT);
  if (quizzes === undefined) return null;
  const deckOf = (id: string) => decks.find((deck) => deck.id === id);
  return (
    <section className="quiz-history" aria-labelledby="quiz-recent-title">
      <h2 id="quiz-recent-title">{t('quiz.recent')}</h2>
      {quizzes.length === 0 ? (
        <p>{t('quiz.history.empty')}</p>
      ) : (
        <Table
          columns={[
            t('quiz.history.when'),
            t('quiz.history.decks'),
            t('quiz.history.score'),
            t('quiz.history.time'),
          ]}
          rows={quizzes.map((quiz) => ({
            key: quiz.id,
            cells: [
              format.dateTime(quiz.finishedAt),
              quiz.deckIds.map((id, index) => (
                <Fragment key={id}>
                  {index > 0 && ', '}
                  <span lang={deckOf(id)?.language}>{deckOf(id)?.title ?? id}</span>
                </Fragment>
              )),
              `${format.number(quiz.correct, 1)}/${String(quiz.total)}`,
              formatDuration(quiz.durationMs),
            ],
          }))}
        />
      )}
    </section>
  );
}
