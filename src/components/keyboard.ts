/**
 * Keyboard shortcuts that work on every layout. Number keys are read by their place
 * (`KeyboardEvent.code`: `Digit3`, `Numpad3`) as well as by what they type (`key`), so a
 * Slovak, Czech or French keyboard, whose number row types `š` or `"` without Shift, answers
 * with the same keys as an English one.
 */

const DIGIT_CODE = /^(?:Digit|Numpad)([1-9])$/;

/** The number 1–9 the key press stands for, or `null` for any other key. */
export function digitOf(event: Pick<KeyboardEvent, 'code' | 'key'>): number | null {
  const byPlace = DIGIT_CODE.exec(event.code);
  if (byPlace !== null) return Number(byPlace[1]);
  return /^[1-9]$/.test(event.key) ? Number(event.key) : null;
}

/** Whether a key press goes to a form field, where shortcuts must not fire. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}
