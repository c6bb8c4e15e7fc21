import { useEffect } from 'react';
import { clock } from '../../../config/clock.ts';
import { useCardActions } from '../card-actions-store.ts';

/** Ctrl+Z (or ⌘Z) undoes the last card action, except while typing in a form field. */
export function useUndoKey() {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'z') return;
      const target = event.target;
      if (target instanceof HTMLElement && ['INPUT', 'TEXTAREA'].includes(target.tagName)) return;
      event.preventDefault();
      void useCardActions.getState().undo(clock.now());
    }
    window.addEventListener('keydown', onKeyDown);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
