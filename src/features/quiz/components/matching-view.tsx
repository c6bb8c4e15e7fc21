import { useEffect, useState } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { digitOf, isTyping } from '../../../components/keyboard.ts';
import { clock } from '../../../config/clock.ts';
import type { MatchingQuestion } from '../../../domain/quiz/quiz-types.ts';
import { useQuizStore } from '../quiz-store.ts';
import { QUESTION_PROMPT_ID, type QuestionViewProps } from './question-view-props.ts';

const LETTERS = 'ABCDEF';

/**
 * Items (1–6) and their answers in another order (A–F). Choose an item, then an answer, by
 * pointer or keys, in either order; choosing again re-pairs. Enter or Check submits once every
 * item is matched.
 */
export function MatchingView({ question, result }: QuestionViewProps<MatchingQuestion>) {
  const { t } = useTranslation();
  const answer = useQuizStore((state) => state.answer);
  const [pairs, setPairs] = useState<readonly (number | null)[]>(() =>
    question.items.map(() => null),
  );
  const [item, setItem] = useState<number | null>(null);
  const [target, setTarget] = useState<number | null>(null);
  const complete = pairs.every((pair) => pair !== null);

  function pair(itemIndex: number, answerIndex: number) {
    setPairs((current) =>
      current.map((chosen, index) =>
        index === itemIndex ? answerIndex : chosen === answerIndex ? null : chosen,
      ),
    );
    setItem(null);
    setTarget(null);
  }
  function chooseItem(index: number) {
    if (target !== null) pair(index, target);
    else setItem((current) => (current === index ? null : index));
  }
  function chooseAnswer(answerIndex: number) {
    if (item !== null) pair(item, answerIndex);
    else setTarget((current) => (current === answerIndex ? null : answerIndex));
  }
  function submit() {
    if (complete) answer({ type: 'matching', pairs }, clock.now());
  }

  useEffect(() => {
    if (result !== null) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const digit = (digitOf(event) ?? 0) - 1;
      const letter = LETTERS.indexOf(event.key.toUpperCase());
      if (digit >= 0 && digit < 6 && digit < question.items.length) chooseItem(digit);
      else if (event.key.length === 1 && letter >= 0 && letter < question.answerOrder.length) {
        chooseAnswer(question.answerOrder[letter] as number);
      } else if (event.key === 'Enter') submit();
      else return;
      // Handled here: the quiz's global keys leave the event alone.
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  });

  const letterOf = (answerIndex: number) =>
    LETTERS[question.answerOrder.indexOf(answerIndex)] ?? '?';
  const verdicts = result?.items.map((entry) => entry.verdict);
  return (
    <article className="quiz-question quiz-matching">
      <p id={QUESTION_PROMPT_ID} className="muted">
        {t('quiz.matching.instructions', {
          items: question.items.length,
          last: LETTERS[question.items.length - 1] ?? '',
        })}
      </p>
      <div className="quiz-matching__columns">
        <ol className="quiz-matching__items" aria-label={t('quiz.matching.items')}>
          {question.items.map((entry, index) => {
            const chosen = pairs[index] ?? null;
            const verdict = verdicts?.[index];
            return (
              <li key={entry.cardId}>
                <button
                  type="button"
                  className={`quiz-option ${verdict === undefined ? '' : `quiz-option--${verdict === 'correct' ? 'correct' : 'wrong'}`}`}
                  aria-pressed={item === index}
                  aria-keyshortcuts={String(index + 1)}
                  disabled={result !== null}
                  onClick={() => {
                    chooseItem(index);
                  }}
                >
                  {/* The key is announced as the shortcut, not read before the item's text. */}
                  <span aria-hidden="true">
                    <kbd>{index + 1}</kbd>{' '}
                  </span>
                  <span lang={question.lang}>{entry.prompt}</span>
                  {chosen !== null && (
                    <>
                      {' '}
                      <span className="quiz-matching__pair">
                        {t('quiz.matching.matchedWith', { letter: letterOf(chosen) })}
                      </span>
                    </>
                  )}
                </button>
              </li>
            );
          })}
        </ol>
        <ol className="quiz-matching__answers" aria-label={t('quiz.matching.answers')}>
          {question.answerOrder.map((answerIndex, position) => (
            <li key={answerIndex}>
              <button
                type="button"
                className="quiz-option"
                aria-pressed={target === answerIndex}
                aria-keyshortcuts={LETTERS[position]}
                disabled={result !== null}
                onClick={() => {
                  chooseAnswer(answerIndex);
                }}
              >
                <span aria-hidden="true">
                  <kbd>{LETTERS[position]}</kbd>{' '}
                </span>
                <span lang={question.lang}>{question.items[answerIndex]?.answer}</span>
              </button>
            </li>
          ))}
        </ol>
      </div>
      {result === null && (
        <button type="button" disabled={!complete} onClick={submit}>
          {t('quiz.matching.check')} <kbd>{t('quiz.feedback.hint')}</kbd>
        </button>
      )}
    </article>
  );
}
