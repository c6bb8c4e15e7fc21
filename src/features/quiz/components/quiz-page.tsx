import { useEffect } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from '../../../i18n/i18n.ts';
import { paths } from '../../../config/paths.ts';
import { useQuizStore } from '../quiz-store.ts';
import { useQuizDeck } from '../hooks/use-quiz-data.ts';
import { QuizHistory } from './quiz-history.tsx';
import { QuizOptionsForm } from './quiz-options-form.tsx';
import { QuizRun } from './quiz-run.tsx';
import { QuizSetupForm } from './quiz-setup-form.tsx';
import '../quiz.css';

/** A deck's quiz: setup, options and history; then the questions and the results. */
export function QuizPage() {
  const { t } = useTranslation();
  const { deckId = '' } = useParams();
  const deck = useQuizDeck(deckId);
  const phase = useQuizStore((state) => state.phase);
  const reset = useQuizStore((state) => state.reset);
  useEffect(() => {
    reset();
  }, [deckId, reset]);

  if (deck === null) return <p>{t('app.loading')}</p>;
  if (deck === undefined) return <p role="alert">{t('quiz.missing', { deckId })}</p>;
  const choosing = phase === 'setup' || phase === 'loading' || phase === 'empty';
  return (
    <section className="quiz" aria-labelledby="quiz-title">
      <h1 id="quiz-title">
        {t('quiz.heading')}: <span lang={deck.language}>{deck.title}</span>
      </h1>
      {choosing ? (
        <>
          <QuizSetupForm deckIds={[deck.id]} />
          <QuizOptionsForm deck={deck} />
          <QuizHistory deckId={deck.id} />
        </>
      ) : (
        <QuizRun />
      )}
      <p>
        <Link to={paths.deck.build(deck.id)}>{t('quiz.back')}</Link>
      </p>
    </section>
  );
}
