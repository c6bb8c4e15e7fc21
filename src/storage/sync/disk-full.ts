/**
 * Whether a failure of sync is the device's disk (its storage quota) being full: IndexedDB
 * refuses a write with a `QuotaExceededError`. Dexie keeps that as the error's name (or its inner
 * error's); PouchDB's mirror rejects with its own error whose `reason` is that name.
 */
export function isDiskFull(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { name, reason, inner } = error as { name?: unknown; reason?: unknown; inner?: unknown };
  if (name === 'QuotaExceededError' || reason === 'QuotaExceededError') return true;
  return inner !== undefined && inner !== error && isDiskFull(inner);
}
