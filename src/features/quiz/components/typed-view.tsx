import { useState } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import type { TypedQuestion } from '../../../domain/quiz/quiz-types.ts';
import { useQuizStore } from '../quiz-store.ts';
import { QUESTION_PROMPT_ID, type QuestionViewProps } from './question-view-props.ts';

/** The prompt and a field for the short answer; Enter checks it. */
export function TypedView({ question, result }: QuestionViewProps<TypedQuestion>) {
  const { t } = useTranslation();
  const answer = useQuizStore((state) => state.answer);
  const [text, setText] = useState('');
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
      <form
        className="quiz-typed"
        onSubmit={(event) => {
          event.preventDefault();
          answer({ type: 'typed', text }, clock.now());
        }}
      >
        <label>
          {t('quiz.typed.label')}{' '}
          <input
            type="text"
            lang={question.lang}
            value={text}
            readOnly={result !== null}
            // The field is the only thing to do on this screen.
            autoFocus
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            // Focus lands here, not on the question: the field is described by the prompt.
            aria-describedby={`${QUESTION_PROMPT_ID} quiz-typed-hint`}
            onChange={(event) => {
              setText(event.currentTarget.value);
            }}
          />
        </label>{' '}
        <button type="submit" disabled={result !== null}>
          {t('quiz.typed.check')}
        </button>
        <span id="quiz-typed-hint" className="muted">
          {' '}
          {t('quiz.typed.hint')}
        </span>
      </form>
    </article>
  );
}
