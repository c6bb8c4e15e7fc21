import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import type { TrueFalseQuestion } from '../../../domain/quiz/quiz-types.ts';
import { useQuizStore } from '../quiz-store.ts';
import { QUESTION_PROMPT_ID, type QuestionViewProps } from './question-view-props.ts';

const CHOICES = [
  { value: true, key: '1', label: 'quiz.trueFalse.true' },
  { value: false, key: '2', label: 'quiz.trueFalse.false' },
] as const;

/** A prompt with an answer that is its own or another card's; True (1) or False (2). */
export function TrueFalseView({ question, result }: QuestionViewProps<TrueFalseQuestion>) {
  const { t } = useTranslation();
  const answer = useQuizStore((state) => state.answer);
  const given = result?.items[0]?.given;
  return (
    <article className="quiz-question">
      <p
        id={QUESTION_PROMPT_ID}
        className="quiz-question__prompt card-text"
        lang={question.lang}
        data-testid="quiz-prompt"
      >
        {question.prompt}
      </p>
      <p className="muted">{t('quiz.trueFalse.question')}</p>
      <blockquote className="quiz-question__shown card-text" lang={question.lang}>
        {question.shown}
      </blockquote>
      <div role="group" aria-label={t('quiz.trueFalse.choices')} className="quiz-choices">
        {CHOICES.map((choice) => (
          <button
            key={choice.key}
            type="button"
            className={
              result === null
                ? 'quiz-option'
                : `quiz-option ${choice.value === question.isTrue ? 'quiz-option--correct' : 'quiz-option--wrong'}`
            }
            disabled={result !== null}
            aria-keyshortcuts={choice.key}
            aria-pressed={result === null ? undefined : String(choice.value) === given}
            onClick={() => {
              answer({ type: 'true-false', value: choice.value }, clock.now());
            }}
          >
            <span aria-hidden="true">
              <kbd>{choice.key}</kbd>{' '}
            </span>
            {t(choice.label)}
          </button>
        ))}
      </div>
    </article>
  );
}
