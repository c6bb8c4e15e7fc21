import { useEffect } from 'react';
import { digitOf, isTyping } from '../../../components/keyboard.ts';
import { clock } from '../../../config/clock.ts';
import { GRADES, Rating } from '../../../domain/scheduling/scheduler.ts';
import { useStudyStore } from '../study-store.ts';

/**
 * Anki's keys: Space/Enter show the answer and, on the answer side, grade Good; 1–4 grade (by
 * place on the keyboard too: see digitOf), Ctrl+Z undoes, - buries, @ suspends, e edits, ? lists
 * them all.
 */
export const STUDY_KEYS = { bury: '-', suspend: '@', edit: 'e' } as const;

/** Global keyboard shortcuts of the study screen; inactive while typing in a form field. */
export function useStudyKeys(onEdit: () => void, onHelp: () => void) {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (isTyping(event.target) || event.altKey) return;
      const state = useStudyStore.getState();
      if (event.ctrlKey || event.metaKey) {
        if (event.key.toLowerCase() === 'z') {
          event.preventDefault();
          void state.undo(clock.now());
        }
        return;
      }
      // Named keys first: `@` is Shift+Digit2 on an English keyboard, and must still suspend.
      if ((event.key === ' ' || event.key === 'Enter') && state.phase === 'answer') {
        // Also keeps a focused button from being clicked by the same key press.
        event.preventDefault();
        void state.grade(Rating.Good, clock.now());
      } else if ((event.key === ' ' || event.key === 'Enter') && state.phase === 'question') {
        event.preventDefault();
        state.reveal();
      } else if (event.key === '?') {
        onHelp();
      } else if (event.key === STUDY_KEYS.bury) {
        void state.bury(clock.now());
      } else if (event.key === STUDY_KEYS.suspend) {
        void state.suspend(clock.now());
      } else if (event.key === STUDY_KEYS.edit && state.current !== null) {
        event.preventDefault();
        onEdit();
      } else {
        const digit = digitOf(event);
        const grade = digit === null ? undefined : GRADES[digit - 1];
        if (grade !== undefined) void state.grade(grade, clock.now());
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [onEdit, onHelp]);
}
