import { onTestFinished } from 'vitest';
import { openDatabase, type StudyDatabase } from '../../src/storage/db.ts';

let opened = 0;

/**
 * A fresh, empty database of the app's schema for the running test (call it in the test or its
 * `beforeEach`), under a name of its own, deleted when the test finishes. Storage tests run
 * against fake-indexeddb (`import 'fake-indexeddb/auto'` first).
 */
export function openTestDatabase(prefix: string): StudyDatabase {
  opened += 1;
  const db = openDatabase(`${prefix}-${String(opened)}`);
  onTestFinished(async () => {
    await db.delete();
  });
  return db;
}
