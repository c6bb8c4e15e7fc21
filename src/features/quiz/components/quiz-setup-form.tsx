import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import { DEFAULT_QUESTION_COUNT, MAX_QUESTION_COUNT } from '../../../domain/quiz/generate-quiz.ts';
import { QUESTION_TYPES, QUIZ_POOLS, type QuizPool } from '../../../domain/quiz/quiz-types.ts';
import { describeError } from '../../../components/describe-error.ts';
import { useQuizStore } from '../quiz-store.ts';
import { quizSeed } from '../quiz-seed.ts';
import { QuizNotices } from './quiz-notices.tsx';

/** Number of questions, question types (a mix by default) and the pool; starts the quiz. */
export function QuizSetupForm({ deckIds }: { deckIds: readonly string[] }) {
  const { t } = useTranslation();
  const [count, setCount] = useState(String(DEFAULT_QUESTION_COUNT));
  const [types, setTypes] = useState<readonly string[]>(QUESTION_TYPES);
  const [pool, setPool] = useState<QuizPool>('all');
  const [problem, setProblem] = useState<string | null>(null);
  const { phase, error, start } = useQuizStore();

  function submit(event: SyntheticEvent) {
    event.preventDefault();
    const questionCount = Number(count);
    if (
      !Number.isInteger(questionCount) ||
      questionCount < 1 ||
      questionCount > MAX_QUESTION_COUNT
    ) {
      setProblem(t('quiz.setup.countInvalid', { max: MAX_QUESTION_COUNT }));
    } else if (types.length === 0) {
      setProblem(t('quiz.setup.typesNone'));
    } else if (deckIds.length === 0) {
      setProblem(t('quiz.setup.decksNone'));
    } else {
      setProblem(null);
      const chosen = QUESTION_TYPES.filter((type) => types.includes(type));
      const config = {
        deckIds: [...deckIds],
        questionCount,
        types: chosen,
        pool,
        seed: quizSeed.next(),
      };
      void start(config, clock.now());
    }
  }

  return (
    <form className="quiz-setup" onSubmit={submit} aria-labelledby="quiz-setup-title" noValidate>
      <h2 id="quiz-setup-title">{t('quiz.setup.title')}</h2>
      <label className="quiz-setup__count">
        {t('quiz.setup.count', { max: MAX_QUESTION_COUNT })}{' '}
        <input
          type="number"
          min={1}
          max={MAX_QUESTION_COUNT}
          value={count}
          onChange={(event) => {
            setCount(event.currentTarget.value);
          }}
        />
      </label>
      <fieldset>
        <legend>{t('quiz.setup.types')}</legend>
        {QUESTION_TYPES.map((type) => (
          <label key={type}>
            <input
              type="checkbox"
              checked={types.includes(type)}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                setTypes((current) =>
                  on ? [...current, type] : current.filter((entry) => entry !== type),
                );
              }}
            />{' '}
            {t(`quiz.type.${type}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('quiz.setup.pool')}</legend>
        {QUIZ_POOLS.map((entry) => (
          <label key={entry}>
            <input
              type="radio"
              name="quiz-pool"
              checked={pool === entry}
              onChange={() => {
                setPool(entry);
              }}
            />{' '}
            {t(`quiz.pool.${entry}`)}
          </label>
        ))}
      </fieldset>
      {problem !== null && <p role="alert">{problem}</p>}
      {error !== null && <p role="alert">{describeError(error, t)}</p>}
      {phase === 'empty' && <QuizNotices />}
      <button type="submit" disabled={phase === 'loading'}>
        {phase === 'loading' ? t('quiz.setup.starting') : t('quiz.setup.start')}
      </button>
    </form>
  );
}
