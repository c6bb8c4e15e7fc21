import { useEffect } from 'react';
import { clock } from '../../../config/clock.ts';
import { db } from '../../../storage/database.ts';
import { requestPersistenceOnce } from '../../../storage/persistence.ts';

/**
 * Once the learner has finished a session with at least one answer, asks the browser (once per
 * collection) to keep the data persistently: by then the data is worth keeping, and a browser
 * that prompts asks at a moment that makes sense.
 */
export function usePersistAfterSession(answered: boolean) {
  useEffect(() => {
    if (!answered) return;
    requestPersistenceOnce(db, clock.now()).catch((error: unknown) => {
      console.warn('Asking for persistent storage failed', error);
    });
  }, [answered]);
}
