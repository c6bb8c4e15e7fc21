/**
 * The app's database instance. Dexie opens it lazily on the first query; tests reset it between
 * cases with `resetDatabaseForTests` instead of creating their own, so the UI and the test talk to
 * the same store.
 */
import { openDatabase, type StudyDatabase } from './db.ts';

export const db: StudyDatabase = openDatabase();

/** Deletes every table's content and reopens; for tests only. */
export async function resetDatabaseForTests(): Promise<void> {
  await db.delete();
  await db.open();
}
