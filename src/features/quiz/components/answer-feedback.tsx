import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import type { QuestionResult } from '../../../domain/quiz/grade-question.ts';
import type { QuizQuestion } from '../../../domain/quiz/quiz-types.ts';
import { useQuizStore } from '../quiz-store.ts';
import { CharDiff } from './char-diff.tsx';

interface AnswerFeedbackProps {
  question: QuizQuestion;
  result: QuestionResult;
  last: boolean;
}

/**
 * Right or wrong, the correct answer (and what differed), and Next — Enter goes on. A near miss
 * can be counted as right ("Count as right", Quizlet's Override): the learner knows whether the
 * typo was only a typo.
 */
export function AnswerFeedback({ question, result, last }: AnswerFeedbackProps) {
  const { t } = useTranslation();
  const next = useQuizStore((state) => state.next);
  const countAsRight = useQuizStore((state) => state.countAsRight);
  const saving = useQuizStore((state) => state.phase === 'saving');
  return (
    <section className={`quiz-feedback quiz-feedback--${result.verdict}`}>
      <p className="quiz-feedback__verdict">
        {t(
          result.overridden === true
            ? 'quiz.feedback.overridden'
            : `quiz.feedback.${result.verdict}`,
        )}
      </p>
      {question.type === 'matching' ? (
        <div>
          <p>{t('quiz.feedback.pairs')}</p>
          <ul>
            {question.items.map((item) => (
              <li key={item.cardId} lang={question.lang}>
                {item.prompt} → {item.answer}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>
          {question.type === 'true-false' &&
            `${t('quiz.feedback.statementWas', {
              truth: t(question.isTrue ? 'quiz.trueFalse.true' : 'quiz.trueFalse.false'),
            })} `}
          {t('quiz.feedback.answer')}{' '}
          <strong lang={question.lang} data-testid="quiz-correct-answer">
            {question.type === 'multiple-choice'
              ? question.options[question.correctIndex]
              : question.answer}
          </strong>
        </p>
      )}
      {question.type === 'matching' && result.verdict !== 'correct' && (
        <p>
          {t('quiz.feedback.pairsRight', {
            right: result.items.filter((item) => item.verdict === 'correct').length,
            total: result.items.length,
          })}
        </p>
      )}
      {question.type === 'typed' && result.verdict !== 'correct' && result.diff.length > 0 && (
        <CharDiff parts={result.diff} lang={question.lang} />
      )}
      {result.verdict === 'close' && (
        <button type="button" className="quiz-feedback__override" onClick={countAsRight}>
          {t('quiz.feedback.countAsRight')}
        </button>
      )}
      <button
        type="button"
        // Moves focus off the answered question, so Enter goes on from here.
        autoFocus
        disabled={saving}
        onClick={() => {
          void next(clock.now());
        }}
      >
        {saving
          ? t('quiz.feedback.saving')
          : t(last ? 'quiz.feedback.finish' : 'quiz.feedback.next')}{' '}
        <kbd>{t('quiz.feedback.hint')}</kbd>
      </button>
    </section>
  );
}
