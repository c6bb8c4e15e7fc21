import { useEffect } from 'react';
import { clock } from '../../../config/clock.ts';
import { GRADES, Rating } from '../../../domain/scheduling/scheduler.ts';
import { useStudyStore } from '../study-store.ts';

/**
 * Anki's keys: Space/Enter show the answer and, on the answer side, grade Good; 1–4 grade,
 * Ctrl+Z undoes, - buries, @ suspends, e edits, ? lists them all.
 */
export const STUDY_KEYS = { bury: '-', suspend: '@', edit: 'e' } as const;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

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
      const grade = GRADES[Number(event.key) - 1];
      if ((event.key === ' ' || event.key === 'Enter') && state.phase === 'answer') {
        // Also keeps a focused button from being clicked by the same key press.
        event.preventDefault();
        void state.grade(Rating.Good, clock.now());
      } else if ((event.key === ' ' || event.key === 'Enter') && state.phase === 'question') {
        event.preventDefault();
        state.reveal();
      } else if (event.key === '?') {
        onHelp();
      } else if (grade !== undefined && /^[1-4]$/.test(event.key)) {
        void state.grade(grade, clock.now());
      } else if (event.key === STUDY_KEYS.bury) {
        void state.bury(clock.now());
      } else if (event.key === STUDY_KEYS.suspend) {
        void state.suspend(clock.now());
      } else if (event.key === STUDY_KEYS.edit && state.current !== null) {
        event.preventDefault();
        onEdit();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [onEdit, onHelp]);
}
