import { useCallback, useState } from 'react';
import { clock } from '../../../config/clock.ts';
import { checkDatabase, type CheckReport } from '../../../storage/check-database.ts';
import { db } from '../../../storage/database.ts';

export type CheckState =
  | { phase: 'idle' | 'checking' }
  | { phase: 'done'; report: CheckReport }
  | { phase: 'failed'; error: unknown };

/** Runs "Check database" on demand and keeps its report. */
export function useCheckDatabase() {
  const [state, setState] = useState<CheckState>({ phase: 'idle' });
  const run = useCallback(async () => {
    setState({ phase: 'checking' });
    try {
      setState({ phase: 'done', report: await checkDatabase(db, clock.now()) });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }, []);
  return { state, run };
}
