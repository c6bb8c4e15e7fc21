import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StudyDatabase } from '../../src/storage/db.ts';
import { readStorageStatus, requestPersistenceOnce } from '../../src/storage/persistence.ts';
import { SETTINGS } from '../../src/storage/settings.ts';
import { openTestDatabase } from '../helpers/test-database.ts';
import { FIXED_NOW } from '../helpers/fixed-clock.ts';

let db: StudyDatabase;

function fakeStorage(persisted: boolean, grant: boolean) {
  const storage = {
    estimate: vi.fn(() => Promise.resolve({ usage: 1234, quota: 10_000_000 })),
    persisted: vi.fn(() => Promise.resolve(persisted)),
    persist: vi.fn(() => Promise.resolve(grant)),
  };
  vi.stubGlobal('navigator', { storage });
  return storage;
}

beforeEach(() => {
  db = openTestDatabase('persistence');
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('requestPersistenceOnce', () => {
  it('asks once, remembers it, and does not ask after that', async () => {
    const storage = fakeStorage(false, true);
    expect(await requestPersistenceOnce(db, FIXED_NOW)).toBe(true);
    expect(await requestPersistenceOnce(db, FIXED_NOW)).toBeNull();
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect((await db.settings.get(SETTINGS.persistRequested.key))?.value).toBe(
      FIXED_NOW.toISOString(),
    );
  });

  it('does not ask when the storage is already persistent', async () => {
    const storage = fakeStorage(true, true);
    expect(await requestPersistenceOnce(db, FIXED_NOW)).toBeNull();
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal', async () => {
    fakeStorage(false, false);
    expect(await requestPersistenceOnce(db, FIXED_NOW)).toBe(false);
  });

  it('does nothing in a browser without the Storage API', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistenceOnce(db, FIXED_NOW)).toBeNull();
    expect(await readStorageStatus()).toEqual({ usage: null, quota: null, persisted: null });
  });
});

describe('readStorageStatus', () => {
  it('reports usage, quota and persistence', async () => {
    fakeStorage(true, true);
    expect(await readStorageStatus()).toEqual({ usage: 1234, quota: 10_000_000, persisted: true });
  });
});
