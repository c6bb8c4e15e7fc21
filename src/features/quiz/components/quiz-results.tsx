import '../../../components/ui/ui.css';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { paths } from '../../../config/paths.ts';
import { describeError } from '../../../components/describe-error.ts';
import { clock } from '../../../config/clock.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { formatDuration } from '../../../components/format-duration.ts';
import { quizSeed } from '../quiz-seed.ts';
import { useQuizStore } from '../quiz-store.ts';
import { ResultRow } from './result-row.tsx';

/**
 * Score "N/total" with its percentage, time, one row per question (see `ResultRow`), and what
 * next: study the missed cards first, retake only the missed ones, or a new quiz.
 */
export function QuizResults() {
  const { t } = useTranslation();
  const format = useFormatters();
  const { session, saved, score, prioritized, busy, error, studyMissed, retakeMissed, reset } =
    useQuizStore();
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = session !== null && saved !== null && score !== null;
  // The question that had the focus is gone: a screen reader goes on from the results' heading.
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);
  if (!shown) return null;
  const missedCount = [...score.missed.values()].reduce((sum, cards) => sum + cards.length, 0);
  const share = score.total === 0 ? 0 : score.correct / score.total;
  const correct = format.number(score.correct, 1);

  return (
    <section className="quiz-results" aria-labelledby="quiz-results-title">
      <h2 id="quiz-results-title" ref={heading} tabIndex={-1}>
        {t('quiz.results.title')}
      </h2>
      <p className="quiz-results__score">
        {t('quiz.results.score')}:{' '}
        <strong
          data-testid="quiz-score"
          aria-label={t('quiz.results.scoreLabel', { correct, total: score.total })}
        >
          {correct}/{score.total}
        </strong>{' '}
        ({format.percent(share)})
      </p>
      <p>{t('quiz.results.time', { time: formatDuration(saved.durationMs) })}</p>
      <table className="table quiz-results__table">
        <caption>{t('quiz.results.questions')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quiz.results.number')}</th>
            <th scope="col">{t('quiz.results.question')}</th>
            <th scope="col">{t('quiz.results.given')}</th>
            <th scope="col">{t('quiz.results.expected')}</th>
            <th scope="col">{t('quiz.results.verdict')}</th>
          </tr>
        </thead>
        <tbody>
          {session.quiz.questions.map((question, index) => {
            const result = session.results[index];
            return result === undefined ? null : (
              <ResultRow key={index} number={index + 1} question={question} result={result} />
            );
          })}
        </tbody>
      </table>
      {missedCount === 0 ? (
        <p>{t('quiz.results.nothingMissed')}</p>
      ) : (
        <p className="quiz-results__actions">
          <button
            type="button"
            disabled={busy}
            onClick={() => void retakeMissed(quizSeed.next(), clock.now())}
          >
            {t('quiz.results.retakeMissed', { count: missedCount })}
          </button>{' '}
          {prioritized === null && (
            <button type="button" disabled={busy} onClick={() => void studyMissed()}>
              {t('quiz.results.studyMissed')}
            </button>
          )}
        </p>
      )}
      {prioritized !== null && (
        <div role="status">
          <p>{t('quiz.results.prioritized', { count: prioritized })}</p>
          <ul>
            {[...score.missed.keys()].map((deckId) => (
              <li key={deckId}>
                <Link to={paths.study.build(deckId)}>
                  {t('quiz.results.studyDeck', { deck: session.titles.get(deckId) ?? deckId })}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {error !== null && <p role="alert">{describeError(error, t)}</p>}
      <button type="button" onClick={reset}>
        {t('quiz.results.again')}
      </button>
    </section>
  );
}
