import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import type { MultipleChoiceQuestion } from '../../../domain/quiz/quiz-types.ts';
import { useQuizStore } from '../quiz-store.ts';
import { QUESTION_PROMPT_ID, type QuestionViewProps } from './question-view-props.ts';

/**
 * The prompt and four options; click one or press 1–4. Each option is a button named by its text
 * alone, in the deck's language (its key is `aria-keyshortcuts`, the visible digit hidden from
 * screen readers, which would read it in the interface's language before the option).
 */
export function MultipleChoiceView({
  question,
  result,
}: QuestionViewProps<MultipleChoiceQuestion>) {
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
                lang={question.lang}
                aria-keyshortcuts={key}
                aria-pressed={result === null ? undefined : option === given}
                onClick={() => {
                  answer({ type: 'multiple-choice', choice: index }, clock.now());
                }}
              >
                <span aria-hidden="true">
                  <kbd>{key}</kbd>{' '}
                </span>
                {option}
              </button>
            </li>
          );
        })}
      </ol>
    </article>
  );
}
