import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db, resetDatabaseForTests } from '../../../src/storage/database.ts';
import { syncDecks } from '../../../src/storage/deck-sync.ts';
import { Rating, type Grade } from '../../../src/domain/scheduling/scheduler.ts';
import { useStudyStore } from '../../../src/features/study/study-store.ts';
import { replayJournal } from '../../../src/storage/answer-journal.ts';
import type * as StudyRepository from '../../../src/storage/study-repository.ts';
import { makeDeck } from '../../helpers/decks.ts';
import { FIXED_NOW, minutesAfter } from '../../helpers/fixed-clock.ts';
import { answerIn } from '../../helpers/study-answers.ts';

/**
 * Holds answers back until released (or failed), like a slow or full disk; writes begun inside
 * `bypass` (another tab's, or the next start's) are not held.
 */
const gate = vi.hoisted(() => {
  let open: Promise<void> = Promise.resolve();
  let release: (failure?: Error) => void = () => undefined;
  let bypassing = false;
  return {
    async bypass<T>(run: () => Promise<T>): Promise<T> {
      bypassing = true;
      try {
        return await run();
      } finally {
        bypassing = false;
      }
    },
    close() {
      open = new Promise<void>((resolve, reject) => {
        release = (failure) => {
          if (failure === undefined) resolve();
          else reject(failure);
        };
      });
      // Rejected before an answer waits on it is not an unhandled rejection.
      open.catch(() => undefined);
    },
    release: (failure?: Error) => {
      release(failure);
    },
    wait: () => (bypassing ? Promise.resolve() : open),
  };
});

/** When each answer's write started and committed, in order ("start a:list:0000", "end …"). */
const writes = vi.hoisted((): string[] => []);

vi.mock('../../../src/storage/study-repository.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof StudyRepository>();
  return {
    ...actual,
    writeAnswer: async (...args: Parameters<typeof actual.writeAnswer>) => {
      const cardId = args[1].card.id;
      writes.push(`start ${cardId}`);
      await gate.wait();
      const stored = await actual.writeAnswer(...args);
      writes.push(`end ${cardId}`);
      return stored;
    },
  };
});

const store = () => useStudyStore.getState();

beforeEach(async () => {
  localStorage.clear();
  gate.close();
  gate.release();
  writes.length = 0;
  store().reset();
  await resetDatabaseForTests();
  await syncDecks(db, [makeDeck('a', 3), makeDeck('b', 3)], FIXED_NOW);
});

/**
 * Starts `deckId`, shows the answer and gives `rating` with the write held back; `pending` ends
 * when the store is done with the answer.
 */
async function answerHeld(deckId: string, rating = Rating.Good) {
  await store().start(deckId, FIXED_NOW);
  store().reveal();
  gate.close();
  return { pending: store().grade(rating, minutesAfter(FIXED_NOW, 1)) };
}

/** Every deck the store shows from now on (null when none). */
function watchDecks() {
  const seen: (string | null)[] = [];
  const stop = useStudyStore.subscribe((state) => {
    seen.push(state.session?.deck.id ?? null);
  });
  return { seen, stop };
}

describe('a write that ends after its session stopped being current', () => {
  it('another deck started meanwhile: its answer is stored, the screen stays on the new deck', async () => {
    const { pending } = await answerHeld('a');
    store().reset();
    await store().start('b', FIXED_NOW);
    const watch = watchDecks();
    gate.release();
    await pending;
    watch.stop();

    expect(watch.seen.filter((deck) => deck !== 'b')).toEqual([]);
    expect(store().session?.deck.id).toBe('b');
    expect(store().current?.id).toBe('b:list:0000');
    expect(store().phase).toBe('question');
    expect(store().busy).toBe(false);
    expect((await db.cards.get('a:list:0000'))?.reps).toBe(1);

    // The next answer goes to deck b.
    store().reveal();
    await store().grade(Rating.Good, minutesAfter(FIXED_NOW, 2));
    expect((await db.cards.get('b:list:0000'))?.reps).toBe(1);
    expect(store().current?.id).toBe('b:list:0001');
    expect(store().session?.answers.map((answer) => answer.cardId)).toEqual(['b:list:0000']);
  });

  it('the screen closed meanwhile: nothing comes back', async () => {
    const { pending } = await answerHeld('a');
    store().reset();
    gate.release();
    await pending;
    expect(store().session).toBeNull();
    expect(store().phase).toBe('loading');
    expect(store().current).toBeNull();
  });

  it('a failure after leaving shows nothing in the next session', async () => {
    const { pending } = await answerHeld('a');
    store().reset();
    await store().start('b', FIXED_NOW);
    gate.release(new Error('QuotaExceededError'));
    await pending;
    expect(store().notice).toBeNull();
    expect(store().error).toBeNull();
    expect(store().current?.id).toBe('b:list:0000');
  });

  it('a slow start of the previous deck does not replace the deck started after it', async () => {
    const first = store().start('a', FIXED_NOW);
    const second = store().start('b', FIXED_NOW);
    await Promise.all([second, first]);
    expect(store().session?.deck.id).toBe('b');
  });
});

describe('a write that fails or conflicts in the current session', () => {
  it('a failed answer says it was not saved and shows its card again', async () => {
    const { pending } = await answerHeld('a');
    gate.release(new Error('The disk is full.'));
    await pending;
    expect(store().notice).toBe('answerNotSaved');
    expect(store().error).toEqual(new Error('The disk is full.'));
    expect(store().current?.id).toBe('a:list:0000');
    expect(store().busy).toBe(false);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it('a card answered in another tab is not counted twice; the session moves on', async () => {
    await store().start('a', FIXED_NOW);
    await answerIn(db, 'a:list:0000', Rating.Easy, FIXED_NOW, 1000, 'other-tab');
    store().reveal();
    await store().grade(Rating.Good, minutesAfter(FIXED_NOW, 1));
    expect(store().notice).toBe('changedElsewhere');
    expect(store().current?.id).toBe('a:list:0001');
    expect(store().session?.queue.counts).toEqual({ new: 2, learning: 0, review: 0 });
    expect(await db.reviewLog.count()).toBe(1);
  });
});

describe('undo', () => {
  it("takes back this tab's answer, never another tab's later one", async () => {
    await store().start('a', FIXED_NOW);
    store().reveal();
    await store().grade(Rating.Good, minutesAfter(FIXED_NOW, 1));
    await answerIn(db, 'a:list:0002', Rating.Good, minutesAfter(FIXED_NOW, 2), 1000, 'other-tab');
    await store().undo(minutesAfter(FIXED_NOW, 3));
    expect(store().notice).toBe('undone');
    expect(store().current?.id).toBe('a:list:0000');
    expect((await db.cards.get('a:list:0000'))?.reps).toBe(0);
    expect((await db.cards.get('a:list:0002'))?.reps).toBe(1);
    await store().undo(minutesAfter(FIXED_NOW, 4));
    expect(store().notice).toBe('nothingToUndo');
    expect((await db.cards.get('a:list:0002'))?.reps).toBe(1);
  });
});

describe('edit', () => {
  it('refused on a card changed elsewhere: the current card is shown, saving again works', async () => {
    await store().start('a', FIXED_NOW);
    await db.cards.update('a:list:0000', { front: 'Changed elsewhere', version: 5 });
    const text = { front: 'Mine', back: 'My answer' };
    expect(await store().edit(text, FIXED_NOW)).toBe('changed');
    expect(store().notice).toBe('editConflict');
    expect(store().current?.front).toBe('Changed elsewhere');
    expect((await db.cards.get('a:list:0000'))?.front).toBe('Changed elsewhere');
    expect(await store().edit(text, FIXED_NOW)).toBe('saved');
    expect((await db.cards.get('a:list:0000'))?.front).toBe('Mine');
    expect(store().current?.front).toBe('Mine');
  });
});

/** The cards of the review log rows stored, in the order they were stored. */
async function loggedCards() {
  return (await db.reviewLog.orderBy('id').toArray()).map((row) => row.cardId);
}

/** Waits until the store shows `cardId`. */
function shows(cardId: string) {
  return vi.waitFor(() => {
    expect(store().current?.id).toBe(cardId);
  });
}

/**
 * Answers deck a's first card Good and, once the next is shown, that one `rating`, both writes
 * held back; `pending` ends when the store is done with both.
 */
async function twoAnswersHeld(rating: Grade) {
  const { pending: first } = await answerHeld('a');
  await shows('a:list:0001');
  store().reveal();
  const second = store().grade(rating, minutesAfter(FIXED_NOW, 2));
  await shows('a:list:0002');
  return { pending: Promise.all([first, second]) };
}

describe('answers written while the next card is shown', () => {
  it('the next card is on screen before the answer is committed', async () => {
    const { pending } = await answerHeld('a');
    await shows('a:list:0001');
    expect(store().phase).toBe('question');
    expect(store().busy).toBe(false);
    expect(store().session?.answers.map((answer) => answer.cardId)).toEqual(['a:list:0000']);
    expect(await db.reviewLog.count()).toBe(0);

    gate.release();
    await pending;
    expect(await loggedCards()).toEqual(['a:list:0000']);
    const stored = await db.cards.get('a:list:0000');
    expect(stored?.reps).toBe(1);
    // What the screen worked out is what was stored: the next write of this card checks it.
    expect(store().session?.cards.get('a:list:0000')).toEqual(stored);
  });

  it('a key pressed twice answers once', async () => {
    await store().start('a', FIXED_NOW);
    store().reveal();
    const now = minutesAfter(FIXED_NOW, 1);
    await Promise.all([store().grade(Rating.Good, now), store().grade(Rating.Good, now)]);
    expect(await loggedCards()).toEqual(['a:list:0000']);
    expect(store().session?.answers).toHaveLength(1);
  });

  it('two quick answers are written in order, the second once the first is committed', async () => {
    const { pending } = await twoAnswersHeld(Rating.Easy);
    expect(writes).toEqual(['start a:list:0000']);

    gate.release();
    await pending;
    expect(writes).toEqual([
      'start a:list:0000',
      'end a:list:0000',
      'start a:list:0001',
      'end a:list:0001',
    ]);
    expect(await loggedCards()).toEqual(['a:list:0000', 'a:list:0001']);
    expect((await db.reviewLog.toArray()).map((row) => row.rating)).toEqual([
      Rating.Good,
      Rating.Easy,
    ]);
  });

  it('undo waits for the answer being written and undoes that one', async () => {
    await store().start('a', FIXED_NOW);
    store().reveal();
    await store().grade(Rating.Good, minutesAfter(FIXED_NOW, 1));
    store().reveal();
    gate.close();
    const answered = store().grade(Rating.Easy, minutesAfter(FIXED_NOW, 2));
    await shows('a:list:0002');
    const undone = store().undo(minutesAfter(FIXED_NOW, 3));
    await vi.waitFor(() => {
      expect(store().busy).toBe(true);
    });

    gate.release();
    await Promise.all([answered, undone]);
    expect(store().notice).toBe('undone');
    expect(store().current?.id).toBe('a:list:0001');
    expect((await db.cards.get('a:list:0001'))?.reps).toBe(0);
    expect((await db.cards.get('a:list:0000'))?.reps).toBe(1);
    expect(await loggedCards()).toEqual(['a:list:0000']);
  });

  it('a failed answer brings its card back; the answer given after it is not written', async () => {
    const { pending } = await twoAnswersHeld(Rating.Easy);
    gate.release(new Error('The disk is full.'));
    await pending;
    expect(store().notice).toBe('answerNotSaved');
    expect(store().error).toEqual(new Error('The disk is full.'));
    expect(store().phase).toBe('question');
    expect(store().current?.id).toBe('a:list:0000');
    expect(store().session?.answers).toEqual([]);
    expect(store().session?.queue.counts).toEqual({ new: 3, learning: 0, review: 0 });
    expect(writes).toEqual(['start a:list:0000']);
    expect(await db.reviewLog.count()).toBe(0);
    expect(await db.undo.count()).toBe(0);
    expect((await db.cards.toArray()).map((card) => card.reps)).toEqual([0, 0, 0, 0, 0, 0]);

    // The cards come back in the order they were answered, and answering again is stored.
    gate.close();
    gate.release();
    store().reveal();
    await store().grade(Rating.Good, minutesAfter(FIXED_NOW, 3));
    expect(store().current?.id).toBe('a:list:0001');
    expect(await loggedCards()).toEqual(['a:list:0000']);
  });

  it('an answer to a card changed elsewhere meanwhile: reconciled, the later answer not written', async () => {
    const { pending } = await twoAnswersHeld(Rating.Good);
    await db.cards.update('a:list:0000', { suspended: true, version: 7 });
    gate.release();
    await pending;
    expect(store().notice).toBe('changedElsewhere');
    expect(store().current?.id).toBe('a:list:0001');
    expect(store().session?.cards.get('a:list:0000')?.version).toBe(7);
    expect(store().session?.answers).toEqual([]);
    expect(await db.reviewLog.count()).toBe(0);
    expect((await db.cards.get('a:list:0001'))?.reps).toBe(0);
  });

  it('a card shown again while its answer is written: answered twice, or both taken back', async () => {
    await syncDecks(db, [makeDeck('one', 1)], FIXED_NOW);
    const answerTwice = async () => {
      await store().start('one', FIXED_NOW);
      store().reveal();
      gate.close();
      // Again: the only card is due again in a minute, shown at once (learn ahead).
      const first = store().grade(Rating.Again, minutesAfter(FIXED_NOW, 1));
      await vi.waitFor(() => {
        expect(store().session?.answers).toHaveLength(1);
      });
      expect(store().current?.id).toBe('one:list:0000');
      store().reveal();
      const second = store().grade(Rating.Good, minutesAfter(FIXED_NOW, 2));
      return { pending: Promise.all([first, second]) };
    };

    const failed = await answerTwice();
    gate.release(new Error('The disk is full.'));
    await failed.pending;
    expect(store().current).toEqual(await db.cards.get('one:list:0000'));
    expect(store().current?.reps).toBe(0);
    expect(await db.reviewLog.count()).toBe(0);

    const stored = await answerTwice();
    gate.release();
    await stored.pending;
    expect((await db.reviewLog.toArray()).map((row) => row.rating)).toEqual([
      Rating.Again,
      Rating.Good,
    ]);
    expect((await db.cards.get('one:list:0000'))?.reps).toBe(2);
  });

  it('starting the same deck again waits for its answers to be written', async () => {
    const { pending } = await answerHeld('a');
    store().reset();
    const started = store().start('a', FIXED_NOW);
    gate.release();
    await Promise.all([pending, started]);
    expect(store().current?.id).toBe('a:list:0001');
    expect(store().session?.queue.counts).toEqual({ new: 2, learning: 1, review: 0 });
  });
});

/** The review-row uids of the answers in the journal (storage/answer-journal.ts). */
const journaled = () =>
  Object.keys(localStorage)
    .filter((key) => key.startsWith('deckwright.pending.'))
    .map((key) => key.slice('deckwright.pending.'.length));

/** What the next start does with the journal (the store's writes held or not). */
const replayedNext = () => gate.bypass(() => replayJournal(db));
const NOTHING_REPLAYED = { written: 0, changed: 0, unreadable: 0, failed: 0 };

describe('the answer journal', () => {
  it('holds the answer from before the next card is shown until it is committed', async () => {
    const { pending } = await answerHeld('a');
    await shows('a:list:0001');
    expect(journaled()).toHaveLength(1);
    gate.release();
    await pending;
    expect(journaled()).toEqual([]);
    expect((await db.reviewLog.toArray()).map((row) => row.uid)).toHaveLength(1);
  });

  it('another tab starting while the answer is written stores it once, as this tab does', async () => {
    const { pending } = await answerHeld('a');
    await shows('a:list:0001');
    const [uid] = journaled();
    // Tab B starts: it finds the answer in the journal and writes it.
    expect((await replayedNext()).written).toBe(1);
    gate.release();
    await pending;
    expect(store().notice).toBeNull();
    expect(store().current?.id).toBe('a:list:0001');
    expect((await db.reviewLog.toArray()).map((row) => row.uid)).toEqual([uid]);
    expect((await db.cards.get('a:list:0000'))?.reps).toBe(1);
    expect(journaled()).toEqual([]);
  });

  it('a page gone while the answer is written: the next start writes it', async () => {
    const { pending } = await answerHeld('a');
    await shows('a:list:0001');
    const [uid] = journaled();
    // The page unloads: its transaction never runs (the mock holds it), the journal stays.
    store().reset();
    expect((await replayedNext()).written).toBe(1);
    expect((await db.reviewLog.toArray()).map((row) => row.uid)).toEqual([uid]);
    expect(journaled()).toEqual([]);
    gate.release();
    await pending;
    expect(await db.reviewLog.count()).toBe(1);
  });

  it('answers taken back by a failure leave the journal', async () => {
    const { pending } = await twoAnswersHeld(Rating.Easy);
    expect(journaled()).toHaveLength(2);
    gate.release(new Error('The disk is full.'));
    await pending;
    expect(store().notice).toBe('answerNotSaved');
    expect(journaled()).toEqual([]);
    expect(await replayedNext()).toEqual(NOTHING_REPLAYED);
    expect(await db.reviewLog.count()).toBe(0);
  });

  it('an answer undone while it was written is not brought back by the next start', async () => {
    const { pending } = await answerHeld('a');
    await shows('a:list:0001');
    const undone = store().undo(minutesAfter(FIXED_NOW, 2));
    gate.release();
    await Promise.all([pending, undone]);
    expect(store().notice).toBe('undone');
    expect(journaled()).toEqual([]);
    expect(await replayedNext()).toEqual(NOTHING_REPLAYED);
    expect(await db.reviewLog.count()).toBe(0);
    expect((await db.cards.get('a:list:0000'))?.reps).toBe(0);
  });

  it('without room in localStorage, the answer is committed before the next card is shown', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { pending } = await answerHeld('a');
    await vi.waitFor(() => {
      expect(writes).toEqual(['start a:list:0000']);
    });
    expect(store().current?.id).toBe('a:list:0000');
    expect(store().busy).toBe(true);
    gate.release();
    await pending;
    expect(store().current?.id).toBe('a:list:0001');
    expect(await loggedCards()).toEqual(['a:list:0000']);
  });
});
