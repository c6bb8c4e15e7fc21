import { create } from 'zustand';
import { createScheduler, type Grade, type Scheduler } from '../../domain/scheduling/scheduler.ts';
import { needsMoreReviews, nextCard, type QueueBand } from '../../domain/study/queue.ts';
import {
  addReviewPage,
  reconcileConflict,
  recordAnswer,
  startSession,
  undoAnswer,
  withCardDropped,
  withCardUpdated,
  type StudySession,
} from '../../domain/study/session.ts';
import { nextStudyDayStart } from '../../domain/study/study-day.ts';
import type { CardRecord, DeckRecord } from '../../storage/db.ts';
import { db } from '../../storage/database.ts';
import { claimedTabOrigin, tabOrigin } from '../../config/tab-origin.ts';
import {
  loadDueReviews,
  loadStudyData,
  queueInputOf,
  type ReviewCursor,
} from '../../storage/queue-repository.ts';
import { forgetAnswer, journalAnswer } from '../../storage/answer-journal.ts';
import {
  buryCard,
  CardChangedError,
  editCardText,
  setCardSuspended,
  prepareAnswer,
  undoLastAnswer,
  writeAnswer,
  type PreparedAnswer,
} from '../../storage/study-repository.ts';

/** Messages about the last action, as i18n keys under `study.notice`. */
export type StudyNotice =
  | 'changedElsewhere'
  | 'editConflict'
  | 'undoConflict'
  | 'nothingToUndo'
  | 'undone'
  | 'buried'
  | 'suspended'
  | 'saveFailed'
  | 'answerNotSaved';

export type StudyPhase = 'loading' | 'missing' | 'question' | 'answer' | 'wait' | 'done';

/** What saving an edit came to; on `changed` the form keeps the typed text. */
export type EditOutcome = 'saved' | 'changed' | 'gone' | 'failed';

/** A study session of one deck (see domain/study/session.ts) with what this screen adds. */
export interface ActiveSession extends StudySession<CardRecord> {
  /** This session's identity: a write or read that finds another one current drops its result. */
  readonly key: symbol;
  readonly deck: DeckRecord;
  readonly scheduler: Scheduler;
  /** Where the next page of due reviews starts. */
  readonly reviewCursor: ReviewCursor | null;
  /** A page of reviews is being read ahead, off the answer's path. */
  readonly readingAhead: boolean;
}

/** When this few reviews read are left, the next page is read ahead, off the answer's path. */
const REVIEW_LOW_WATER = 10;

type ReviewPageRead = Awaited<ReturnType<typeof loadDueReviews>>;

/** Reads the page of due reviews after the session's cursor. */
function readReviewPage(session: ActiveSession): Promise<ReviewPageRead> {
  const cursor = session.reviewCursor ?? { due: new Date(0), seen: 0 };
  return loadDueReviews(db, session.deck.id, cursor, session.queue.dayEnd);
}

function withReviewPage(session: ActiveSession, page: ReviewPageRead): ActiveSession {
  return { ...addReviewPage(session, page), reviewCursor: page.cursor };
}

export interface StudyState {
  phase: StudyPhase;
  /** The session being started or studied; `null` once the screen closed. */
  sessionKey: symbol | null;
  session: ActiveSession | null;
  current: CardRecord | null;
  band: QueueBand | null;
  /** When the current question was shown (ms), for the answer's duration. */
  shownAt: number;
  waitUntil: Date | null;
  notice: StudyNotice | null;
  /** An error message from storage (e.g. a full disk); the session stays where it was. */
  error: unknown;
  /**
   * True from a key press until its outcome is on screen (an answer: the next card, shown while
   * the answer is still being written; other writes: once stored), so a repeated key press
   * cannot act twice. Nothing on screen shows it: a render before the next card would cost the
   * answer a frame.
   */
  busy: boolean;
  start: (deckId: string, now: Date) => Promise<void>;
  reveal: () => void;
  /**
   * Answers the card on screen. The next card is shown as soon as the answer is worked out; the
   * promise ends when the answer is committed, or when its failure is on screen.
   */
  grade: (rating: Grade, now: Date) => Promise<void>;
  undo: (now: Date) => Promise<void>;
  bury: (now: Date) => Promise<void>;
  suspend: (now: Date) => Promise<void>;
  edit: (text: { front: string; back: string }, now: Date) => Promise<EditOutcome>;
  /** Re-evaluates what to show (after a wait, or when the clock moved on). */
  refresh: (now: Date) => void;
  /** Forgets the session (the study screen closed); the next start begins from loading. */
  reset: () => void;
}

type WriteResult<T> =
  | { readonly kind: 'done'; readonly value: T; readonly session: ActiveSession }
  | {
      readonly kind: 'conflict';
      readonly error: CardChangedError;
      readonly session: ActiveSession;
    }
  /** The write failed (shown), or its session is no longer current (ignored). */
  | { readonly kind: 'over' };

const OVER = { kind: 'over' } as const;

/** An answer on screen as given, not yet committed. */
interface UnsavedAnswer {
  readonly sessionKey: symbol;
  readonly deckId: string;
  /** The card as the session held it before the answer: what a rollback puts back. */
  readonly card: CardRecord;
  /** The answer's review-row uid: its key in the answer journal. */
  readonly uid: string;
}

/**
 * The phase, notice and busy flag of the study screen, and the current session. What happens to
 * a session is domain/study/session.ts; IndexedDB stays the source of truth for every card and
 * answer. Every write goes through `write` or, for answers, `saveAnswer`; both drop their outcome
 * when the learner has left or started another deck in the meantime.
 *
 * Answers are written one after another, in the order given, each in its own transaction, while
 * the screen already shows the next card: a failed answer takes its session back to before it
 * (see `rollBack`). Every other write, undo included, waits until the answers given before it
 * are committed. Each answer is in the answer journal (storage/answer-journal.ts) from before
 * the next card is shown until it is committed or taken back, so a reload or a closed tab in
 * between does not lose it; where the journal cannot keep it, the answer is written first.
 */
export const useStudyStore = create<StudyState>()((set, get) => {
  const isCurrent = (session: Pick<ActiveSession, 'key'>) => get().sessionKey === session.key;
  /** Answers given and not yet committed, oldest first (of every session, in writing order). */
  let unsaved: readonly UnsavedAnswer[] = [];
  /** Settles when the last answer given is committed, failed or dropped. */
  let answersWritten: Promise<void> = Promise.resolve();
  /** How many rollbacks were shown: a write that waited for answers stops if one happened. */
  let rollbacks = 0;

  /** Reads the next page of reviews in the background and adds it to the session then. */
  function readAhead(session: ActiveSession): ActiveSession {
    if (session.readingAhead) return session;
    const settle = (page: ReviewPageRead | null) => {
      const current = get().session;
      if (current?.key !== session.key) return;
      const next = page === null ? current : withReviewPage(current, page);
      set({ session: { ...next, readingAhead: false } });
    };
    // A failure is not shown: the page is read again when the reviews are needed.
    readReviewPage(session).then(settle, () => {
      settle(null);
    });
    return { ...session, readingAhead: true };
  }

  /**
   * The session ready for its next card: when the reviews read so far are used up, the next
   * page is read first; when few are left, the one after is read ahead.
   */
  async function ready(session: ActiveSession, now: Date): Promise<ActiveSession> {
    let prepared = session;
    while (nextCard(prepared.queue, now).kind === 'load-reviews') {
      prepared = withReviewPage(prepared, await readReviewPage(prepared));
    }
    return needsMoreReviews(prepared.queue, REVIEW_LOW_WATER) ? readAhead(prepared) : prepared;
  }

  /** Shows what comes next in `session` at `now`, if it is still the current session. */
  async function show(
    session: ActiveSession,
    now: Date,
    notice: StudyNotice | null = null,
    error: unknown = null,
  ) {
    // A rollback while the next page of reviews is read makes `session` out of date.
    const rolledBack = rollbacks;
    let prepared: ActiveSession;
    try {
      prepared = await ready(session, now);
    } catch (error) {
      if (isCurrent(session) && rollbacks === rolledBack) set({ busy: false, error });
      return;
    }
    if (!isCurrent(session) || rollbacks !== rolledBack) return;
    const next = nextCard(prepared.queue, now);
    const base = { session: prepared, notice, busy: false, error };
    switch (next.kind) {
      case 'card':
        set({
          ...base,
          phase: 'question',
          current: prepared.cards.get(next.cardId) ?? null,
          band: next.band,
          shownAt: now.getTime(),
          waitUntil: null,
        });
        return;
      case 'wait':
        set({ ...base, phase: 'wait', current: null, band: null, waitUntil: next.until });
        return;
      case 'done':
      case 'load-reviews':
        // `ready` read every page the queue asked for; `load-reviews` cannot come back here.
        set({ ...base, phase: 'done', current: null, band: null, waitUntil: null });
        return;
    }
  }

  /**
   * The one way the screen writes: runs `run` for the current session, holding the busy flag.
   * When the write ends after its session stopped being current, its result — success or
   * failure — is dropped. A failure otherwise says the change was not saved; a card changed
   * elsewhere is the caller's to handle.
   */
  async function write<T>(run: (session: ActiveSession) => Promise<T>): Promise<WriteResult<T>> {
    const { session: started, busy } = get();
    if (started === null || busy) return OVER;
    set({ busy: true });
    const rolledBack = rollbacks;
    await answersWritten;
    // A failed answer brought its card back meanwhile (and cleared `busy`): this key press was
    // meant for a screen that is gone. Nothing is written.
    const { session } = get();
    if (session?.key !== started.key || rollbacks !== rolledBack) return OVER;
    try {
      const value = await run(session);
      return isCurrent(session) ? { kind: 'done', value, session } : OVER;
    } catch (error) {
      if (!isCurrent(session)) return OVER;
      if (error instanceof CardChangedError) return { kind: 'conflict', error, session };
      set({ busy: false, error, notice: 'saveFailed' });
      return OVER;
    }
  }

  /**
   * Takes `session` back to before the answer to `failed` and every later answer of it, none of
   * which was written, and shows the card of `failed` again, or on a conflict reconciles it.
   */
  async function rollBack(failed: UnsavedAnswer, error: unknown, now: Date) {
    const dropped = unsaved.filter((entry) => entry.sessionKey === failed.sessionKey);
    unsaved = unsaved.filter((entry) => entry.sessionKey !== failed.sessionKey);
    // Taken back: a later start must not write them.
    for (const entry of dropped) forgetAnswer(entry.uid);
    const { session } = get();
    if (session?.key !== failed.sessionKey) return;
    rollbacks += 1;
    // Newest first, so a card answered twice meanwhile ends as it was before the first answer,
    // and the failed answer's card ends first in the queue.
    const restored = dropped.reduceRight(
      (before, entry) => undoAnswer(before, entry.card),
      session,
    );
    if (error instanceof CardChangedError) {
      const { cardId, current } = error;
      await show(reconcileConflict(restored, cardId, current), now, 'changedElsewhere');
    } else {
      await show(restored, now, 'answerNotSaved', error);
    }
  }

  /**
   * Writes an answer after every answer given before it is committed. When an earlier answer of
   * its session failed, it is not written: the rollback took it back.
   */
  function saveAnswer(
    answer: UnsavedAnswer,
    now: Date,
    run: () => Promise<unknown>,
  ): Promise<void> {
    unsaved = [...unsaved, answer];
    answersWritten = answersWritten.then(async () => {
      if (!unsaved.includes(answer)) return;
      try {
        await run();
        unsaved = unsaved.filter((entry) => entry !== answer);
        forgetAnswer(answer.uid);
      } catch (error) {
        await rollBack(answer, error, now);
      }
    });
    return answersWritten;
  }

  /** A write on the card on screen that takes it out of the way; on a conflict, reconciles. */
  async function writeCurrent(
    now: Date,
    run: (card: CardRecord, session: ActiveSession) => Promise<ActiveSession>,
    notice: StudyNotice | null,
  ) {
    const card = get().current;
    if (card === null) return;
    const result = await write((session) => run(card, session));
    if (result.kind === 'done') await show(result.value, now, notice);
    if (result.kind === 'conflict') {
      const { cardId, current } = result.error;
      await show(reconcileConflict(result.session, cardId, current), now, 'changedElsewhere');
    }
  }

  return {
    phase: 'loading',
    sessionKey: null,
    session: null,
    current: null,
    band: null,
    shownAt: 0,
    waitUntil: null,
    notice: null,
    error: null,
    busy: false,

    start: async (deckId, now) => {
      const key = Symbol(deckId);
      set({
        phase: 'loading',
        sessionKey: key,
        session: null,
        current: null,
        notice: null,
        error: null,
        busy: false,
      });
      try {
        // Answers of this deck still being written would be read as not given yet.
        if (unsaved.some((entry) => entry.deckId === deckId)) await answersWritten;
        const data = await loadStudyData(db, deckId, now);
        if (get().sessionKey !== key) return;
        if (data === undefined) {
          set({ phase: 'missing' });
          return;
        }
        const session: ActiveSession = {
          ...startSession(queueInputOf(data, now)),
          key,
          deck: data.deck,
          scheduler: createScheduler(data.deck.options),
          reviewCursor: data.reviewCursor,
          readingAhead: false,
        };
        await show(session, now);
      } catch (error) {
        if (get().sessionKey === key) set({ phase: 'missing', error });
      }
    },

    reveal: () => {
      if (get().phase === 'question') set({ phase: 'answer', notice: null });
    },

    grade: async (rating, now) => {
      // Claimed long before the first answer but in a duplicated tab's first second.
      const origin = claimedTabOrigin() ?? (await tabOrigin);
      const { phase, current: card, session, busy, shownAt } = get();
      if (phase !== 'answer' || card === null || session === null || busy) return;
      const durationMs = now.getTime() - shownAt;
      let prepared: PreparedAnswer;
      let answered: ActiveSession;
      try {
        prepared = prepareAnswer(session.scheduler, card, { rating, now, durationMs, origin });
        answered = recordAnswer(session, prepared.card, { cardId: card.id, rating, durationMs });
      } catch (error) {
        // A card the scheduler cannot answer (damaged fields) is not written: said as a failure.
        set({ error, notice: 'saveFailed' });
        return;
      }
      set({ busy: true });
      // Synchronous, before anything is shown: from here on the answer survives an unload.
      const journaled = journalAnswer(prepared);
      const saved = saveAnswer(
        { sessionKey: session.key, deckId: session.deck.id, card, uid: prepared.log.uid },
        now,
        () => writeAnswer(db, prepared),
      );
      // The next card is shown while the answer is written; the end of the session (or a wait
      // for learning cards) only once every answer is committed, and not after a rollback. An
      // answer the journal could not keep is committed before anything else is shown.
      const next = nextCard(answered.queue, now).kind;
      if (!journaled || next === 'wait' || next === 'done') {
        const rolledBack = rollbacks;
        await saved;
        if (rollbacks !== rolledBack) return;
      }
      await show(answered, now);
      await saved;
    },

    undo: async (now) => {
      const origin = await tabOrigin;
      const result = await write((session) =>
        undoLastAnswer(db, { deckId: session.deck.id, origin }, now),
      );
      if (result.kind !== 'done') return;
      switch (result.value.status) {
        case 'nothing':
          set({ busy: false, notice: 'nothingToUndo' });
          return;
        case 'conflict':
          set({ busy: false, notice: 'undoConflict' });
          return;
        case 'undone':
          await show(undoAnswer(result.session, result.value.card), now, 'undone');
          return;
      }
    },

    bury: (now) =>
      writeCurrent(
        now,
        async (card, session) => {
          const until = nextStudyDayStart(now, session.deck.options.nextDayStartsAt);
          return withCardDropped(session, await buryCard(db, card.id, card.version, until, now));
        },
        'buried',
      ),

    suspend: (now) =>
      writeCurrent(
        now,
        async (card, session) =>
          withCardDropped(session, await setCardSuspended(db, card.id, card.version, true, now)),
        'suspended',
      ),

    edit: async (text, now) => {
      const card = get().current;
      if (card === null) return 'failed';
      const result = await write(() => editCardText(db, card.id, card.version, text, now));
      if (result.kind === 'over') return 'failed';
      if (result.kind === 'done') {
        const session = withCardUpdated(result.session, result.value);
        set({ session, current: result.value, busy: false, error: null });
        return 'saved';
      }
      const { cardId, current } = result.error;
      if (current === undefined) {
        await show(reconcileConflict(result.session, cardId, undefined), now, 'changedElsewhere');
        return 'gone';
      }
      // The form stays open with the typed text beside the card as it is now; saving again
      // writes over that version.
      const session = withCardUpdated(result.session, current);
      set({ session, current, busy: false, notice: 'editConflict' });
      return 'changed';
    },

    refresh: (now) => {
      const { session, phase } = get();
      if (session !== null && (phase === 'wait' || phase === 'done')) void show(session, now);
    },

    reset: () => {
      set({
        phase: 'loading',
        sessionKey: null,
        session: null,
        current: null,
        band: null,
        notice: null,
        error: null,
        busy: false,
      });
    },
  };
});
