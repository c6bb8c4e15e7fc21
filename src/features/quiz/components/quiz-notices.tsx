import { useTranslation } from '../../../i18n/i18n.ts';
import { useQuizStore } from '../quiz-store.ts';

/** Why the quiz differs from what was asked for: missing decks, too few cards for a type. */
export function QuizNotices() {
  const { t } = useTranslation();
  const session = useQuizStore((state) => state.session);
  const missing = useQuizStore((state) => state.missing);
  if (session === null) return null;
  const { notices, questions } = session.quiz;
  if (notices.length === 0 && missing.length === 0) return null;
  return (
    <ul className="quiz-notices" role="status">
      {missing.map((deckId) => (
        <li key={deckId}>{t('quiz.notice.missingDeck', { deckId })}</li>
      ))}
      {questions.length === 0 ? (
        <li>{t('quiz.notice.empty')}</li>
      ) : (
        notices.map((notice) => (
          <li key={notice.code === 'type-unavailable' ? notice.type : notice.code}>
            {notice.code === 'type-unavailable'
              ? t('quiz.notice.type-unavailable', {
                  type: t(`quiz.type.${notice.type}`),
                  made: notice.made,
                  planned: notice.planned,
                })
              : t('quiz.notice.fewer-questions', {
                  made: notice.made,
                  requested: notice.requested,
                })}
          </li>
        ))
      )}
    </ul>
  );
}
