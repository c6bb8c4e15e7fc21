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
