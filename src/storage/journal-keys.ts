/**
 * The answer journal's keys in localStorage (the journal itself is answer-journal.ts). Apart,
 * so that a start with nothing left in the journal — nearly every start — loads none of the
 * journal's code on the first page: it only looks for a key.
 */
export const JOURNAL_PREFIX = 'deckwright.pending.';

/** What the journal's replay at start did, for a word to the learner. */
export interface JournalReplay {
  /** Answers stored now that had not been. */
  readonly written: number;
  /** Answers not stored because their card changed elsewhere since (as a CardChangedError). */
  readonly changed: number;
  /** Entries that could not be read, dropped. */
  readonly unreadable: number;
  /** Answers whose write failed (e.g. a full disk), kept for the next start. */
  readonly failed: number;
}

/** A replay that found nothing to write. */
export const NOTHING_REPLAYED: JournalReplay = { written: 0, changed: 0, unreadable: 0, failed: 0 };

/** Whether a replay has something to tell the learner: an answer it could not store. */
export function replayNeedsWord(replay: JournalReplay): boolean {
  return replay.changed + replay.unreadable + replay.failed > 0;
}

/** The journal's keys, one per answer not known to be committed; none without localStorage. */
export function journalKeys(): string[] {
  try {
    const keys: string[] = [];
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index);
      if (key?.startsWith(JOURNAL_PREFIX) === true) keys.push(key);
    }
    return keys;
  } catch {
    return [];
  }
}
