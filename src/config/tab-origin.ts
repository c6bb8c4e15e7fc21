import { randomId } from './random-id.ts';

/**
 * This tab's id, telling its undo steps (answers, card actions) from other tabs' so Ctrl+Z here
 * never takes back what another tab did. Kept in sessionStorage, which lives as long as the tab
 * and survives a reload, so the steps can still be undone after one.
 */
const KEY = 'deckwright.tab';

function randomOrigin(): string {
  return `tab-${randomId(8)}`;
}

function tabOrigin(): string {
  try {
    const stored = sessionStorage.getItem(KEY);
    if (stored !== null) return stored;
    const origin = randomOrigin();
    sessionStorage.setItem(KEY, origin);
    return origin;
  } catch {
    // Storage refused (some private modes): the tab's steps then last as long as the page.
    return randomOrigin();
  }
}

export const TAB_ORIGIN = tabOrigin();

/** Web Locks named so are held by open tabs, one each, for as long as the tab lives. */
const LOCK_PREFIX = 'deckwright.tab:';

function hasLocks(): boolean {
  return typeof navigator !== 'undefined' && 'locks' in navigator;
}

// Held until the tab closes (the browser releases a closed tab's locks), so any tab can ask
// which tabs' undo steps can still be used.
if (hasLocks()) {
  navigator.locks
    .request(LOCK_PREFIX + TAB_ORIGIN, () => new Promise<never>(() => undefined))
    .catch(() => undefined);
}

/**
 * The origins of the tabs open now in this browser (this one included), or `null` where the
 * browser cannot say (no Web Locks): then nobody may treat a tab as closed.
 */
export async function openTabOrigins(): Promise<ReadonlySet<string> | null> {
  if (!hasLocks()) return null;
  const { held = [] } = await navigator.locks.query();
  const origins = new Set<string>();
  for (const { name } of held) {
    if (name?.startsWith(LOCK_PREFIX) === true) origins.add(name.slice(LOCK_PREFIX.length));
  }
  return origins;
}
