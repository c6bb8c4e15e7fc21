import { useCallback, useState } from 'react';
import { clock } from '../../../config/clock.ts';
import { openTabOrigins } from '../../../config/tab-origin.ts';
import {
  checkDatabase,
  repairedAnything,
  type CheckReport,
} from '../../../storage/check-database.ts';
import { db } from '../../../storage/database.ts';

export type CheckState =
  | { phase: 'idle' | 'checking' }
  /** `repaired`: the check changed something (the report lists what). */
  | { phase: 'done'; report: CheckReport; repaired: boolean }
  | { phase: 'failed'; error: unknown };

/** Runs "Check database" on demand and keeps its report. */
export function useCheckDatabase() {
  const [state, setState] = useState<CheckState>({ phase: 'idle' });
  const run = useCallback(async () => {
    setState({ phase: 'checking' });
    try {
      const report = await checkDatabase(db, clock.now(), await openTabOrigins());
      setState({ phase: 'done', report, repaired: repairedAnything(report) });
    } catch (error) {
      setState({ phase: 'failed', error });
    }
  }, []);
  return { state, run };
}
