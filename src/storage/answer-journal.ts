/**
 * The answer journal: answers shown as given whose transaction may not have committed yet, one
 * localStorage key each (`deckwright.pending.<review uid>`). The study screen shows the next card
 * while an answer is written (features/study/study-store.ts), and a page that unloads aborts
 * its running transactions; localStorage is written synchronously, before the next card is
 * shown, so an answer on screen survives a reload, a closed tab or a crash in that window. The
 * key is removed once the answer commits or is taken back; the next start writes whatever is
 * left ({@link replayJournal}), through the same function, once.
 */
import { CardChangedError, writeAnswer, type PreparedAnswer } from './study-repository.ts';
import type { StudyDatabase } from './db.ts';
import {
  JOURNAL_PREFIX as PREFIX,
  journalKeys,
  NOTHING_REPLAYED,
  type JournalReplay,
} from './journal-keys.ts';

/** A Date in a journal entry: JSON has no dates, and the answer must be written as it was. */
interface StoredDate {
  readonly $date: number;
}

function isStoredDate(value: unknown): value is StoredDate {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as Partial<StoredDate>).$date === 'number'
  );
}

function serialize(answer: PreparedAnswer): string {
  return JSON.stringify(answer, function (this: Record<string, unknown>, key, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? ({ $date: raw.getTime() } satisfies StoredDate) : value;
  });
}

function isDate(value: unknown): value is Date {
  return value instanceof Date && !Number.isNaN(value.getTime());
}

/** The entry under `key` as written by {@link journalAnswer}, or `undefined` when it is not. */
function parse(key: string, text: string): PreparedAnswer | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text, (_key, field: unknown) =>
      isStoredDate(field) ? new Date(field.$date) : field,
    );
  } catch {
    return undefined;
  }
  // What the write relies on; the rest of the card and row is stored as the answer left it.
  const answer = value as Partial<PreparedAnswer> | null;
  const card = answer?.card;
  const log = answer?.log;
  const valid =
    typeof answer?.expectedVersion === 'number' &&
    typeof card?.id === 'string' &&
    typeof card.deckId === 'string' &&
    card.version === answer.expectedVersion + 1 &&
    isDate(card.due) &&
    typeof log?.uid === 'string' &&
    key === PREFIX + log.uid &&
    log.cardId === card.id &&
    log.deckId === card.deckId &&
    isDate(log.review) &&
    typeof log.rating === 'number';
  return valid ? (answer as PreparedAnswer) : undefined;
}

/**
 * Keeps `answer` until {@link forgetAnswer}; `false` when localStorage refused it (full, or not
 * offered): then nothing would survive an unload, and the caller must write before it shows.
 */
export function journalAnswer(answer: PreparedAnswer): boolean {
  try {
    localStorage.setItem(PREFIX + answer.log.uid, serialize(answer));
    return true;
  } catch {
    return false;
  }
}

/** Forgets the answer whose review row has `uid`: it is committed, or taken back. */
export function forgetAnswer(uid: string): void {
  try {
    localStorage.removeItem(PREFIX + uid);
  } catch {
    // No localStorage: nothing was kept.
  }
}

/**
 * Writes every answer left in the journal through {@link writeAnswer}, oldest first (so two
 * answers to one card go in the order given), and forgets it: one already stored (by this tab
 * before it closed, or by another tab at this moment) is left as it is, one whose card changed
 * since is dropped and counted. An entry that cannot be read is dropped and counted; nothing
 * else is lost for it. Runs at start, before anything reads the queue or statistics.
 */
export async function replayJournal(db: StudyDatabase): Promise<JournalReplay> {
  const keys = journalKeys();
  if (keys.length === 0) return NOTHING_REPLAYED;
  const entries: PreparedAnswer[] = [];
  let unreadable = 0;
  for (const key of keys) {
    const answer = parse(key, localStorage.getItem(key) ?? '');
    if (answer === undefined) {
      unreadable += 1;
      localStorage.removeItem(key);
    } else {
      entries.push(answer);
    }
  }
  entries.sort(
    (a, b) =>
      a.log.review.getTime() - b.log.review.getTime() || a.expectedVersion - b.expectedVersion,
  );
  let written = 0;
  let changed = 0;
  let failed = 0;
  for (const answer of entries) {
    try {
      if ((await writeAnswer(db, answer)) === 'written') written += 1;
    } catch (error) {
      if (!(error instanceof CardChangedError)) {
        failed += 1;
        continue;
      }
      changed += 1;
    }
    forgetAnswer(answer.log.uid);
  }
  return { written, changed, unreadable, failed };
}
