import { Link } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { paths } from '../../../config/paths.ts';
import { describeError } from '../../../components/describe-error.ts';
import type { ItemResult } from '../../../domain/quiz/grade-question.ts';
import { useQuizStore } from '../quiz-store.ts';
import { formatDuration } from '../../../components/format-duration.ts';

/** Score "N/total", time, every question with the given and the right answer, and what next. */
export function QuizResults() {
  const { t } = useTranslation();
  const { session, saved, score, prioritized, busy, error, studyMissed, reset } = useQuizStore();
  if (session === null || saved === null || score === null) return null;
  const missedCount = [...score.missed.values()].reduce((sum, cards) => sum + cards.length, 0);
  const rows = session.quiz.questions.flatMap((question, index) =>
    (session.results[index]?.items ?? []).map((item, part) => ({
      key: `${index}:${part}`,
      number: part === 0 ? index + 1 : null,
      lang: question.lang,
      type: question.type,
      item,
    })),
  );
  const givenText = (item: ItemResult, type: string) =>
    type === 'true-false'
      ? t(item.given === 'true' ? 'quiz.trueFalse.true' : 'quiz.trueFalse.false')
      : item.given === ''
        ? t('quiz.results.noAnswer')
        : item.given;

  return (
    <section className="quiz-results" aria-labelledby="quiz-results-title">
      <h2 id="quiz-results-title">{t('quiz.results.title')}</h2>
      <p className="quiz-results__score">
        {t('quiz.results.score')}:{' '}
        <strong
          data-testid="quiz-score"
          aria-label={t('quiz.results.scoreLabel', { correct: score.correct, total: score.total })}
        >
          {score.correct}/{score.total}
        </strong>
      </p>
      <p>{t('quiz.results.time', { time: formatDuration(saved.durationMs) })}</p>
      <table className="quiz-results__table">
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
          {rows.map(({ key, number, lang, type, item }) => (
            <tr key={key} className={`quiz-results__row--${item.verdict}`}>
              <td>{number}</td>
              <td lang={lang} className="card-text">
                {item.prompt}
                {item.shown !== undefined && <q lang={lang}>{item.shown}</q>}
              </td>
              <td lang={type === 'true-false' ? undefined : lang}>{givenText(item, type)}</td>
              <td lang={lang}>{item.expected}</td>
              <td>{t(`quiz.results.verdicts.${item.verdict}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {missedCount === 0 ? (
        <p>{t('quiz.results.nothingMissed')}</p>
      ) : prioritized === null ? (
        <button type="button" disabled={busy} onClick={() => void studyMissed()}>
          {t('quiz.results.studyMissed')}
        </button>
      ) : (
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
