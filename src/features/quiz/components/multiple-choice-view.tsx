import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import type { MultipleChoiceQuestion } from '../../../domain/quiz/quiz-types.ts';
import { useQuizStore } from '../quiz-store.ts';
import type { QuestionViewProps } from './question-view-props.ts';

/** The prompt and four options; click one or press 1–4. */
export function MultipleChoiceView({
  question,
  result,
}: QuestionViewProps<MultipleChoiceQuestion>) {
  const { t } = useTranslation();
  const answer = useQuizStore((state) => state.answer);
  const given = result?.items[0]?.given;
  return (
    <article className="quiz-question">
      <p className="quiz-question__prompt card-text" lang={question.lang} data-testid="quiz-prompt">
        {question.prompt}
      </p>
      <ol className="quiz-options-list" aria-label={t('quiz.multipleChoice.options')}>
        {question.options.map((option, index) => {
          const key = String(index + 1);
          const state =
            result === null
              ? ''
              : index === question.correctIndex
                ? 'quiz-option--correct'
                : option === given
                  ? 'quiz-option--wrong'
                  : '';
          return (
            <li key={key}>
              <button
                type="button"
                className={`quiz-option ${state}`}
                disabled={result !== null}
                aria-keyshortcuts={key}
                aria-pressed={result === null ? undefined : option === given}
                onClick={() => {
                  answer({ type: 'multiple-choice', choice: index }, clock.now());
                }}
              >
                <kbd aria-label={t('quiz.keyHint', { key })}>{key}</kbd>{' '}
                <span lang={question.lang}>{option}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
