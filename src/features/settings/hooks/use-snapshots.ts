import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../../storage/database.ts';
import { listSnapshots } from '../../../storage/snapshots.ts';

/** The kept snapshots, newest first (live); `undefined` while loading. */
export function useSnapshots() {
  return useLiveQuery(() => listSnapshots(db), []);
}
