import { useEffect, useState } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { useQuizStore } from '../quiz-store.ts';
import { useAllDecks, useDecksWithCards } from '../hooks/use-quiz-data.ts';
import { QuizRun } from './quiz-run.tsx';
import { QuizSetupForm } from './quiz-setup-form.tsx';
import { RecentQuizzes } from './recent-quizzes.tsx';
import '../quiz.css';

/** A quiz over the decks the learner picks, and the latest quizzes of all decks. */
export function MultiQuizPage() {
  const { t } = useTranslation();
  const decks = useAllDecks();
  const withCards = useDecksWithCards();
  // Until the learner changes the choice, every deck with cards is chosen.
  const [picked, setPicked] = useState<readonly string[] | null>(null);
  const phase = useQuizStore((state) => state.phase);
  const reset = useQuizStore((state) => state.reset);
  useEffect(() => {
    reset();
  }, [reset]);

  if (decks === undefined || withCards === undefined) return <p>{t('app.loading')}</p>;
  const chosen = picked ?? withCards;
  const choosing = phase === 'setup' || phase === 'loading' || phase === 'empty';
  return (
    <section className="quiz" aria-labelledby="quiz-title">
      <h1 id="quiz-title">{t('quiz.multiTitle')}</h1>
      {choosing ? (
        <>
          <fieldset className="quiz-setup__decks">
            <legend>{t('quiz.setup.decks')}</legend>
            {decks.map((deck) => (
              <label key={deck.id}>
                <input
                  type="checkbox"
                  checked={chosen.includes(deck.id)}
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    setPicked(on ? [...chosen, deck.id] : chosen.filter((id) => id !== deck.id));
                  }}
                />{' '}
                <span lang={deck.language}>{deck.title}</span>
              </label>
            ))}
          </fieldset>
          <QuizSetupForm
            deckIds={decks.map((deck) => deck.id).filter((id) => chosen.includes(id))}
          />
          <RecentQuizzes decks={decks} />
        </>
      ) : (
        <QuizRun />
      )}
    </section>
  );
}
