/**
 * The sync password lives in this tab's session storage only: never in IndexedDB, so never in a
 * backup, a snapshot or an export, and gone when the tab closes.
 */
const KEY = 'deckwright.sync.password';

export function readSyncPassword(): string {
  return sessionStorage.getItem(KEY) ?? '';
}

export function writeSyncPassword(password: string): void {
  if (password === '') sessionStorage.removeItem(KEY);
  else sessionStorage.setItem(KEY, password);
}
