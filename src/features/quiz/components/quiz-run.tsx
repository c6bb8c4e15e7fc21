import { useEffect, useRef } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { describeError } from '../../../components/describe-error.ts';
import { currentQuestion, useQuizStore } from '../quiz-store.ts';
import { useQuizKeys } from '../hooks/use-quiz-keys.ts';
import { AnswerFeedback } from './answer-feedback.tsx';
import { QuestionView } from './question-view.tsx';
import { QUESTION_PROMPT_ID } from './question-view-props.ts';
import { QuizNotices } from './quiz-notices.tsx';
import { QuizResults } from './quiz-results.tsx';

/**
 * A running quiz: progress, the question, then feedback; the results at the end. Each new
 * question takes the focus (unless a field of it already has it), so a screen reader reads it;
 * the feedback is announced from a live region that stays on screen from question to question.
 */
export function QuizRun() {
  const { t } = useTranslation();
  const state = useQuizStore();
  useQuizKeys();
  const { session, phase, error } = state;
  const questionBox = useRef<HTMLDivElement>(null);
  const index = session?.index;
  useEffect(() => {
    const box = questionBox.current;
    if (box !== null && !box.contains(document.activeElement)) box.focus();
  }, [index]);
  if (session === null) return null;
  if (phase === 'results') return <QuizResults />;
  const question = currentQuestion(state);
  if (question === null) return null;
  const total = session.quiz.questions.length;
  const result = session.results[session.index] ?? null;
  return (
    <div className="quiz-run">
      <header className="quiz-run__header">
        <p id="quiz-progress">{t('quiz.progress', { number: session.index + 1, total })}</p>
        <progress aria-hidden="true" value={session.results.length} max={total} />
      </header>
      {session.index === 0 && <QuizNotices />}
      {/* Focused on each new question: a screen reader says "Question 2 of 10", then the prompt. */}
      <div
        ref={questionBox}
        tabIndex={-1}
        role="group"
        aria-labelledby="quiz-progress"
        aria-describedby={QUESTION_PROMPT_ID}
        className="quiz-run__question"
      >
        <QuestionView key={session.index} question={question} result={result} />
      </div>
      <div aria-live="polite">
        {result !== null && (
          <AnswerFeedback question={question} result={result} last={session.index + 1 === total} />
        )}
      </div>
      {error !== null && <p role="alert">{describeError(error, t)}</p>}
    </div>
  );
}
