/**
 * The browser's storage for this site: how much is used, how much may be, and whether it is
 * "persistent" (kept under storage pressure, not evicted like a cache). Browsers decide on a
 * `persist()` request by their own rules (Chromium: engagement, installation; Firefox: asks), so
 * the app asks once on its own, after the first study session, and again only when the learner
 * presses the button in Settings.
 */
import type { StudyDatabase } from './db.ts';
import { readSetting, SETTINGS, writeSetting } from './settings.ts';

export interface StorageStatus {
  /** Bytes used by this site; null when the browser does not tell. */
  usage: number | null;
  /** Bytes this site may use; null when the browser does not tell. */
  quota: number | null;
  /** Whether the storage is persistent; null when the browser has no such notion. */
  persisted: boolean | null;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = storageManager();
  const [estimate, persisted] = await Promise.all([
    typeof storage?.estimate === 'function' ? storage.estimate() : Promise.resolve(undefined),
    typeof storage?.persisted === 'function' ? storage.persisted() : Promise.resolve(null),
  ]);
  return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted };
}

/** Asks the browser to keep this site's data; resolves to whether it now does (null: no API). */
export async function requestPersistence(): Promise<boolean | null> {
  const storage = storageManager();
  if (typeof storage?.persist !== 'function') return null;
  return storage.persist();
}

/**
 * Asks for persistent storage the first time this is called for the collection (remembered in
 * settings), so finishing each session does not ask again. Returns the answer, or null when it
 * was asked before, is already granted, or the browser has no such API.
 */
export async function requestPersistenceOnce(
  db: StudyDatabase,
  now: Date,
): Promise<boolean | null> {
  if ((await readSetting(db, SETTINGS.persistRequested)) !== undefined) return null;
  const storage = storageManager();
  if (typeof storage?.persisted !== 'function' || (await storage.persisted())) return null;
  await writeSetting(db, SETTINGS.persistRequested, now.toISOString());
  return requestPersistence();
}
