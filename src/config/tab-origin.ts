import { randomId } from './random-id.ts';

/**
 * This tab's id, telling its undo steps (answers, card actions) from other tabs' so Ctrl+Z here
 * never takes back what another tab did. Kept in sessionStorage, which lives as long as the tab
 * and survives a reload, so the steps can still be undone after one.
 *
 * A tab is known by a Web Lock it holds for as long as it lives. A duplicated tab starts with a
 * copy of its original's sessionStorage, so its stored id may be one an open tab holds: it then
 * takes an id of its own, and never the original's undo steps.
 */
const KEY = 'deckwright.tab';

/** Web Locks named so are held by open tabs, one each, for as long as the tab lives. */
const LOCK_PREFIX = 'deckwright.tab:';

/**
 * How long a tab waits for its stored id's lock before taking a new id. After a reload or a
 * page load in the same tab the lock of the page before is released a moment later; a tab that
 * still holds it after this long is another, open tab.
 */
const CLAIM_WAIT_MS = 1_000;

function randomOrigin(): string {
  return `tab-${randomId(8)}`;
}

function hasLocks(): boolean {
  return typeof navigator !== 'undefined' && 'locks' in navigator;
}

function storedOrigin(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function store(origin: string): void {
  try {
    sessionStorage.setItem(KEY, origin);
  } catch {
    // Storage refused (some private modes): the tab's steps then last as long as the page.
  }
}

/**
 * Holds the lock named for `origin` until the tab closes (the browser releases a closed tab's
 * locks); resolves `true` once it is held, `false` when another tab kept it for `waitMs`.
 */
function hold(origin: string, waitMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    navigator.locks
      .request(LOCK_PREFIX + origin, { signal: AbortSignal.timeout(waitMs) }, () => {
        resolve(true);
        return new Promise<never>(() => undefined);
      })
      .catch(() => {
        resolve(false);
      });
  });
}

async function claimOrigin(): Promise<string> {
  const stored = storedOrigin();
  if (!hasLocks()) {
    const origin = stored ?? randomOrigin();
    store(origin);
    return origin;
  }
  if (stored !== null && (await hold(stored, CLAIM_WAIT_MS))) return stored;
  const origin = randomOrigin();
  store(origin);
  await hold(origin, CLAIM_WAIT_MS);
  return origin;
}

let claimed: string | null = null;

/** This tab's id, once its lock is held (at once, but for a duplicated tab's short wait). */
export const tabOrigin: Promise<string> = claimOrigin().then((origin) => {
  claimed = origin;
  return origin;
});

/** This tab's id if already claimed, else `null` (for a render, which cannot wait). */
export function claimedTabOrigin(): string | null {
  return claimed;
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
