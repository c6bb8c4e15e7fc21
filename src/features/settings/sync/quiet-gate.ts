/**
 * Holds the automatic sync rounds back while the learner is using the page: a round that is due
 * starts only once no key, tap or scroll came for {@link QUIET_MS} (nor the page's start), and
 * then when the browser is idle (`requestIdleCallback` where there is one). The study screen answers on keys and taps, so
 * an automatic round never starts in the frames after an answer, where its worker's CPU and
 * IndexedDB transactions would compete with the answer's (docs/performance.md, "Answers with
 * sync on: rounds wait for a quiet moment"). Nothing is at risk meanwhile: every answer is in
 * IndexedDB milliseconds after it is given (docs/development.md, "Answers are written while the
 * next card is shown"), and the round that starts later sends it.
 */

/**
 * How long the page must have had no input before an automatic round starts: longer than the
 * gap between a learner's keys while answering in a run (a reveal and a grade), far shorter
 * than the 30 seconds between rounds, so a learner sees no later sync than before.
 */
export const QUIET_MS = 2000;

/** How long the round may then wait for the browser to be idle. */
const IDLE_TIMEOUT_MS = 1000;

const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

export interface QuietGate {
  /**
   * Calls `run` once the page has been quiet for {@link QUIET_MS} and the browser is idle. A call
   * while an earlier one still waits replaces it (one round, not one per call).
   */
  whenQuiet(run: () => void): void;
}

function whenIdle(target: Window, callback: () => void): void {
  // Safari has no requestIdleCallback.
  if (typeof target.requestIdleCallback === 'function') {
    target.requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
  } else {
    setTimeout(callback, 0);
  }
}

/**
 * A gate listening to `target`'s input, reading the time (ms) from `now`. It counts its own start
 * as input: a page that just opened is about to be used (the study screen's first card shows
 * while the sync code loads, and the learner answers at once).
 */
export function quietGate(target: Window, now: () => number): QuietGate {
  let lastInput = now();
  const noteInput = () => {
    lastInput = now();
  };
  for (const type of INPUT_EVENTS) {
    target.addEventListener(type, noteInput, { capture: true, passive: true });
  }
  let pending: (() => void) | null = null;
  const check = (): void => {
    const wait = lastInput + QUIET_MS - now();
    if (wait > 0) {
      setTimeout(check, wait);
      return;
    }
    whenIdle(target, () => {
      // Input while waiting for the idle moment starts the wait again.
      if (now() - lastInput < QUIET_MS) {
        check();
        return;
      }
      const run = pending;
      pending = null;
      run?.();
    });
  };
  return {
    whenQuiet(run) {
      const waiting = pending !== null;
      pending = run;
      if (!waiting) check();
    },
  };
}
