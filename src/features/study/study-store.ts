import { create } from 'zustand';
import { createScheduler, type Grade, type Scheduler } from '../../domain/scheduling/scheduler.ts';
import {
  afterAnswer,
  buildQueue,
  needsMoreReviews,
  nextCard,
  undoInQueue,
  withMoreReviews,
  type QueueBand,
  type StudyQueue,
} from '../../domain/study/queue.ts';
import type { SessionAnswer } from '../../domain/study/session-summary.ts';
import { nextStudyDayStart } from '../../domain/study/study-day.ts';
import type { CardRecord, DeckRecord } from '../../storage/db.ts';
import { db } from '../../storage/database.ts';
import {
  loadDueReviews,
  loadStudyData,
  type ReviewCursor,
} from '../../storage/queue-repository.ts';
import {
  answerCard,
  buryCard,
  CardChangedError,
  editCardText,
  setCardSuspended,
  undoLastAnswer,
} from '../../storage/study-repository.ts';

/** Messages about the last action, as i18n keys under `study.notice`. */
export type StudyNotice =
  | 'changedElsewhere'
  | 'undoConflict'
  | 'nothingToUndo'
  | 'undone'
  | 'buried'
  | 'suspended'
  | 'saveFailed';

export type StudyPhase = 'loading' | 'missing' | 'question' | 'answer' | 'wait' | 'done';

interface Session {
  /** Tells sessions apart, so a page of reviews read for one never lands in the next. */
  key: number;
  deck: DeckRecord;
  scheduler: Scheduler;
  queue: StudyQueue;
  /** The cards read so far: the queue's learning, new and priority cards and pages of reviews. */
  cards: Map<string, CardRecord>;
  /** Where the next page of due reviews starts. */
  reviewCursor: ReviewCursor | null;
  answers: SessionAnswer[];
}

/** When this few reviews read are left, the next page is read ahead, off the answer's path. */
const REVIEW_LOW_WATER = 10;

type ReviewPage = Awaited<ReturnType<typeof loadDueReviews>>;

/** Reads the page of due reviews after the session's cursor. */
function readReviewPage(session: Session): Promise<ReviewPage> {
  const cursor = session.reviewCursor ?? { due: new Date(0), seen: 0 };
  return loadDueReviews(db, session.deck.id, cursor, session.queue.dayEnd);
}

/** The session with a page of reviews added (cards it holds already are skipped). */
function withReviewPage(session: Session, page: ReviewPage): Session {
  const cards = new Map(session.cards);
  for (const card of page.cards) if (!cards.has(card.id)) cards.set(card.id, card);
  return {
    ...session,
    cards,
    queue: withMoreReviews(session.queue, page.cards, page),
    reviewCursor: page.cursor,
  };
}

let sessionKeys = 0;

export interface StudyState {
  phase: StudyPhase;
  session: Session | null;
  current: CardRecord | null;
  band: QueueBand | null;
  /** When the current question was shown (ms), for the answer's duration. */
  shownAt: number;
  waitUntil: Date | null;
  notice: StudyNotice | null;
  /** An error message from storage (e.g. a full disk); the session stays where it was. */
  error: unknown;
  /**
   * True while a write is under way, so a repeated key press cannot answer twice. Nothing on
   * screen shows it: a render before the next card would cost the answer a frame.
   */
  busy: boolean;
  start: (deckId: string, now: Date) => Promise<void>;
  reveal: () => void;
  grade: (rating: Grade, now: Date) => Promise<void>;
  undo: (now: Date) => Promise<void>;
  bury: (now: Date) => Promise<void>;
  suspend: (now: Date) => Promise<void>;
  edit: (text: { front: string; back: string }, now: Date) => Promise<void>;
  /** Re-evaluates what to show (after a wait, or when the clock moved on). */
  refresh: (now: Date) => void;
  /** Forgets the session (the study screen closed); the next start begins from loading. */
  reset: () => void;
}

/**
 * Session and UI state of studying one deck. The queue is built once when the session starts
 * and then popped; IndexedDB stays the source of truth for every card and answer.
 */
export const useStudyStore = create<StudyState>()((set, get) => {
  /** The session whose next page of reviews is being read ahead, if any. */
  let readingAhead: number | null = null;

  /** Reads the next page of reviews in the background and adds it to the session then. */
  function readAhead(session: Session) {
    if (readingAhead === session.key) return;
    readingAhead = session.key;
    readReviewPage(session).then(
      (page) => {
        readingAhead = null;
        const current = get().session;
        if (current?.key === session.key) set({ session: withReviewPage(current, page) });
      },
      () => {
        // Read again when the reviews are needed; a failure then is shown.
        readingAhead = null;
      },
    );
  }

  /**
   * The session ready for its next card: when the reviews read so far are used up, the next
   * page is read first; when few are left, the one after is read ahead.
   */
  async function ready(session: Session, now: Date): Promise<Session> {
    let prepared = session;
    while (nextCard(prepared.queue, now).kind === 'load-reviews') {
      prepared = withReviewPage(prepared, await readReviewPage(prepared));
    }
    if (needsMoreReviews(prepared.queue, REVIEW_LOW_WATER)) readAhead(prepared);
    return prepared;
  }

  /** Shows whatever the queue says comes next at `now`. */
  function advance(session: Session, now: Date, notice: StudyNotice | null = null) {
    const next = nextCard(session.queue, now);
    const base = { session, notice, busy: false, error: null };
    switch (next.kind) {
      case 'card':
        set({
          ...base,
          phase: 'question',
          current: session.cards.get(next.cardId) ?? null,
          band: next.band,
          shownAt: now.getTime(),
          waitUntil: null,
        });
        return;
      case 'wait':
        set({ ...base, phase: 'wait', current: null, band: null, waitUntil: next.until });
        return;
      case 'done':
        set({ ...base, phase: 'done', current: null, band: null, waitUntil: null });
        return;
      case 'load-reviews':
        // Only reached when a session was not made `ready` (see refresh): read, then show.
        set({ ...base, busy: true });
        ready(session, now).then(
          (prepared) => {
            if (get().session?.key === session.key) advance(prepared, now, notice);
          },
          (error: unknown) => {
            set({ busy: false, error });
          },
        );
        return;
    }
  }

  /** Runs a write on the current card; on a conflict reloads the card from storage. */
  async function onCurrent(
    now: Date,
    write: (card: CardRecord, session: Session) => Promise<Session>,
    notice: StudyNotice | null = null,
  ) {
    const { session, current, busy } = get();
    if (session === null || current === null || busy) return;
    set({ busy: true });
    try {
      advance(await ready(await write(current, session), now), now, notice);
    } catch (error) {
      if (!(error instanceof CardChangedError)) {
        set({ busy: false, error });
        return;
      }
      const cards = new Map(session.cards);
      let queue = session.queue;
      if (error.current === undefined) {
        cards.delete(current.id);
        queue = afterAnswer(queue, current.id, { state: current.state, due: session.queue.dayEnd });
      } else {
        cards.set(current.id, error.current);
        queue = afterAnswer(queue, current.id, error.current);
      }
      advance({ ...session, cards, queue }, now, 'changedElsewhere');
    }
  }

  return {
    phase: 'loading',
    session: null,
    current: null,
    band: null,
    shownAt: 0,
    waitUntil: null,
    notice: null,
    error: null,
    busy: false,

    start: async (deckId, now) => {
      set({ phase: 'loading', session: null, current: null, notice: null, error: null });
      try {
        const data = await loadStudyData(db, deckId, now);
        if (data === undefined) {
          set({ phase: 'missing' });
          return;
        }
        const queue = buildQueue({
          cards: data.cards,
          today: data.today,
          options: data.deck.options,
          now,
          priority: data.priority,
          moreReviewsDue: data.moreReviewsDue,
        });
        sessionKeys += 1;
        const session: Session = {
          key: sessionKeys,
          deck: data.deck,
          scheduler: createScheduler(data.deck.options),
          queue,
          cards: new Map(data.cards.map((card) => [card.id, card])),
          reviewCursor: data.reviewCursor,
          answers: [],
        };
        advance(await ready(session, now), now);
      } catch (error) {
        set({ phase: 'missing', error });
      }
    },

    reveal: () => {
      if (get().phase === 'question') set({ phase: 'answer', notice: null });
    },

    grade: (rating, now) => {
      if (get().phase !== 'answer') return Promise.resolve();
      return onCurrent(now, async (card, session) => {
        const durationMs = now.getTime() - get().shownAt;
        const answered = await answerCard(db, session.scheduler, {
          cardId: card.id,
          expectedVersion: card.version,
          rating,
          now,
          durationMs,
        });
        const cards = new Map(session.cards).set(answered.id, answered);
        return {
          ...session,
          cards,
          queue: afterAnswer(session.queue, answered.id, answered),
          answers: [...session.answers, { cardId: answered.id, rating, durationMs }],
        };
      });
    },

    undo: async (now) => {
      const { session, busy } = get();
      if (session === null || busy) return;
      set({ busy: true });
      try {
        const result = await undoLastAnswer(db, session.deck.id, now);
        switch (result.status) {
          case 'nothing':
            set({ busy: false, notice: 'nothingToUndo' });
            return;
          case 'conflict':
            set({ busy: false, notice: 'undoConflict' });
            return;
          case 'undone': {
            const cards = new Map(session.cards).set(result.card.id, result.card);
            const index = session.answers.findLastIndex((entry) => entry.cardId === result.card.id);
            const answers = session.answers.filter((_, position) => position !== index);
            const queue = undoInQueue(session.queue, result.card);
            advance({ ...session, cards, queue, answers }, now, 'undone');
            return;
          }
        }
      } catch (error) {
        set({ busy: false, error });
      }
    },

    bury: (now) =>
      onCurrent(
        now,
        async (card, session) => {
          const until = nextStudyDayStart(now, session.deck.options.nextDayStartsAt);
          const buried = await buryCard(db, card.id, card.version, until, now);
          return withoutCard(session, buried);
        },
        'buried',
      ),

    suspend: (now) =>
      onCurrent(
        now,
        async (card, session) =>
          withoutCard(session, await setCardSuspended(db, card.id, card.version, true, now)),
        'suspended',
      ),

    edit: async (text, now) => {
      const { session, current } = get();
      if (session === null || current === null) return;
      try {
        const edited = await editCardText(db, current.id, current.version, text, now);
        set({ session: { ...session, cards: new Map(session.cards).set(edited.id, edited) } });
        set({ current: edited, error: null });
      } catch (error) {
        if (error instanceof CardChangedError) set({ notice: 'changedElsewhere' });
        else set({ error });
      }
    },

    refresh: (now) => {
      const { session, phase } = get();
      if (session !== null && (phase === 'wait' || phase === 'done')) advance(session, now);
    },

    reset: () => {
      set({
        phase: 'loading',
        session: null,
        current: null,
        band: null,
        notice: null,
        error: null,
      });
    },
  };
});

/** The session with `card` out of the queue (buried or suspended: not shown again today). */
function withoutCard(session: Session, card: CardRecord): Session {
  return {
    ...session,
    cards: new Map(session.cards).set(card.id, card),
    queue: afterAnswer(session.queue, card.id, { state: card.state, due: session.queue.dayEnd }),
  };
}
