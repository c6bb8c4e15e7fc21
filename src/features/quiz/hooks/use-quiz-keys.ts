import { useEffect } from 'react';
import { digitOf, isTyping } from '../../../components/keyboard.ts';
import { clock } from '../../../config/clock.ts';
import { currentQuestion, useQuizStore } from '../quiz-store.ts';

/**
 * Keys of a running quiz: 1–4 pick a multiple-choice option, 1/2 answer true/false, Enter goes
 * on after the feedback. Typed answers submit from their field and matching handles its own
 * keys (marking the event handled), so both are left alone here.
 */
export function useQuizKeys() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target)) return;
      const state = useQuizStore.getState();
      if (state.phase === 'feedback') {
        if (event.key === 'Enter') {
          // Also keeps the focused Next button from being clicked by the same key press.
          event.preventDefault();
          void state.next(clock.now());
        }
        return;
      }
      const question = currentQuestion(state);
      if (state.phase !== 'question' || question === null) return;
      const digit = (digitOf(event) ?? 0) - 1;
      if (question.type === 'multiple-choice' && digit >= 0 && digit < question.options.length) {
        state.answer({ type: 'multiple-choice', choice: digit }, clock.now());
      } else if (question.type === 'true-false' && (digit === 0 || digit === 1)) {
        state.answer({ type: 'true-false', value: digit === 0 }, clock.now());
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
