import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import {
  createScheduler,
  GRADES,
  Rating,
  State,
  type Grade,
} from '../../../src/domain/scheduling/scheduler.ts';
import {
  formatStamp,
  receive,
  tick,
  ZERO_CLOCK,
  type ClockState,
} from '../../../src/domain/sync/clock.ts';
import { deriveCardState, type MergedLog } from '../../../src/domain/sync/derive-state.ts';
import { pickWinner } from '../../../src/domain/sync/merge.ts';

/**
 * A model of CouchDB replication between replicas, to check the merge rules: each document has a
 * set of leaf revisions; a local write replaces the leaves it saw; replicating unions the leaves
 * and drops those a newer revision replaced. Conflicts are the leaves left, and every replica
 * reads a document through `pickWinner` (reviews and quizzes are never edited, only deleted).
 *
 * Resetting a card to new or rescheduling it writes a Manual log row (an immutable document like
 * an answer, undone like one), which the replay honours where it falls in time.
 *
 * Deleting a card writes its tombstone (a stamped revision like an edit) and deletes the answers
 * the replica holds for it; a replica that receives a winning tombstone for a card it still had
 * deletes the answers it holds for it too, as sync-apply.ts does.
 *
 * Packs, as the app sends them: an imported history goes as immutable `answers:` documents of
 * many answers; undoing or deleting one of them writes that answer's own `review:<uid>` deletion.
 * Cards sent for the first time go as immutable `cards:` documents of many cards, each with its
 * own stamp; a card's version is the newest stamp among its own document and its pack entries
 * (`winsOver` in merge.ts). Here any replica may pack at any time (more than the app does), so
 * the rule is checked in every order of packs, edits and deletions.
 */
interface Revision {
  readonly rev: string;
  /** Revisions this one replaced (its ancestors). */
  readonly replaces: ReadonlySet<string>;
  readonly stamp: string;
  readonly deleted: boolean;
  readonly body: string | MergedLog | readonly MergedLog[] | readonly PackedCard[];
}

/** A card's version in a `cards:` pack. */
interface PackedCard {
  readonly card: string;
  readonly text: string;
  readonly stamp: string;
}

interface Replica {
  readonly device: string;
  clock: ClockState;
  /** Skew of this device's wall clock. */
  readonly skew: number;
  docs: Map<string, Revision[]>;
  /** Uids of this replica's own answers, latest last, for undo. */
  own: string[];
  /** Cards deleted here (their tombstone won when last applied). */
  gone: Set<string>;
}

type Op =
  | { type: 'answer'; replica: number; card: number; rating: Grade; step: number }
  | { type: 'edit'; replica: number; card: number; text: string; step: number }
  | { type: 'undo'; replica: number; step: number }
  | { type: 'forget'; replica: number; card: number; step: number }
  | { type: 'reschedule'; replica: number; card: number; days: number; step: number }
  | { type: 'delete'; replica: number; card: number; step: number }
  | { type: 'quiz'; replica: number; step: number }
  | { type: 'import'; replica: number; ratings: Grade[]; step: number }
  | { type: 'pack'; replica: number; text: string; step: number }
  | { type: 'sync'; from: number; to: number };

/** A card's tombstone, as the body of its document's revision. */
const TOMBSTONE = '(deleted)';

const CARDS = ['c0', 'c1'];
const CREATED = new Date(Date.UTC(2026, 0, 1));
const DAY_MS = 24 * 60 * 60_000;
const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);

function readDoc(replica: Replica, id: string): Revision | undefined {
  const leaves = replica.docs.get(id);
  return leaves === undefined || leaves.length === 0 ? undefined : pickWinner(leaves);
}

function write(replica: Replica, id: string, revision: Omit<Revision, 'replaces'>): void {
  const leaves = replica.docs.get(id) ?? [];
  const replaces = new Set(leaves.flatMap((leaf) => [leaf.rev, ...leaf.replaces]));
  replica.docs.set(id, [{ ...revision, replaces }]);
}

function replicate(from: Replica, to: Replica): void {
  for (const [id, leaves] of from.docs) {
    const all = [...(to.docs.get(id) ?? []), ...leaves];
    const unique = [...new Map(all.map((leaf) => [leaf.rev, leaf])).values()];
    const survivors = unique.filter(
      (leaf) => !unique.some((other) => other.replaces.has(leaf.rev)),
    );
    to.docs.set(id, survivors);
    for (const leaf of leaves) to.clock = receive(to.clock, leaf.stamp);
  }
}

/** Live documents whose id starts with `prefix`. */
function liveIds(replica: Replica, prefix: string): string[] {
  return [...replica.docs.keys()]
    .filter((id) => id.startsWith(prefix) && readDoc(replica, id)?.deleted === false)
    .sort();
}

/** The winning revisions of the live documents whose id starts with `prefix`. */
function liveDocs(replica: Replica, prefix: string): Revision[] {
  return liveIds(replica, prefix).flatMap((id) => readDoc(replica, id) ?? []);
}

/** A card's version: the newest stamp among its own document and its entries in packs. */
function cardVersion(replica: Replica, card: string): { text: string } | undefined {
  const own = readDoc(replica, `card:${card}`);
  const versions = [
    ...(own === undefined || typeof own.body !== 'string' ? [] : [{ ...own, text: own.body }]),
    ...liveDocs(replica, 'cards:').flatMap((pack) =>
      (pack.body as readonly PackedCard[]).filter((entry) => entry.card === card),
    ),
  ];
  return versions.length === 0 ? undefined : pickWinner(versions);
}

/** The answers of `card` a replica holds: its own live documents and packed ones not deleted. */
function answersOf(replica: Replica, card: string): MergedLog[] {
  const logs = liveDocs(replica, `review:${card}:`).map((doc) => doc.body as MergedLog);
  for (const pack of liveDocs(replica, 'answers:')) {
    for (const log of pack.body as readonly MergedLog[]) {
      // An answer's own document, when there is one, is its deletion (undo, or its card's).
      if (log.uid.startsWith(`${card}:`) && readDoc(replica, `review:${log.uid}`) === undefined) {
        logs.push(log);
      }
    }
  }
  return logs;
}

/** What a replica shows: each card's text, derived state and answers, and the quizzes. */
function collection(replica: Replica) {
  return { cards: cardViews(replica), quizzes: liveIds(replica, 'quiz:') };
}

function cardViews(replica: Replica) {
  return CARDS.map((card) => {
    const logs = answersOf(replica, card);
    const text = cardVersion(replica, card);
    const state = deriveCardState(scheduler, card, logs, CREATED);
    return {
      card,
      text: text === undefined ? 'original' : text.text,
      reviews: logs.map((log) => log.uid).sort(),
      state: { ...state, due: state.due.toISOString() },
    };
  });
}

/** Counts revisions, so every write has a revision id of its own. */
let revs = 0;

/** Deletes (as CouchDB does) the answers `replica` holds for `card`. */
function deleteAnswers(replica: Replica, card: string, stamp: string): void {
  for (const log of answersOf(replica, card)) {
    revs += 1;
    write(replica, `review:${log.uid}`, {
      rev: `r${String(revs)}`,
      stamp,
      deleted: true,
      body: log,
    });
  }
}

/** Applies the winning card documents: a card deleted elsewhere loses its answers here. */
function apply(replica: Replica): void {
  for (const card of CARDS) {
    const deleted = cardVersion(replica, card)?.text === TOMBSTONE;
    if (deleted && !replica.gone.has(card)) {
      replica.clock = tick(replica.clock, replica.clock.wall);
      deleteAnswers(replica, card, formatStamp(replica.clock, replica.device));
    }
    if (deleted) replica.gone.add(card);
    else replica.gone.delete(card);
  }
}

function run(ops: readonly Op[], replicaCount: number) {
  const replicas: Replica[] = Array.from({ length: replicaCount }, (_, index) => ({
    device: `d${String(index)}`,
    clock: ZERO_CLOCK,
    skew: (index - 1) * 7_000,
    docs: new Map(),
    own: [],
    gone: new Set(),
  }));
  // The single device: the same answers and undos in order, and the edit the clock rule picks.
  const single = {
    answers: new Map<string, MergedLog>(),
    edits: new Map<number, [string, string]>(),
    quizzes: new Set<string>(),
    /** Cards some replica deleted: their answers depend on what each replica held then. */
    deleted: new Set<string>(),
  };
  let now = CREATED.getTime();
  for (const op of ops) {
    if (op.type === 'sync') {
      const from = replicas[op.from % replicaCount];
      const to = replicas[op.to % replicaCount];
      if (from !== undefined && to !== undefined && from !== to) {
        replicate(from, to);
        apply(to);
      }
      continue;
    }
    now += op.step * 60_000;
    const replica = replicas[op.replica % replicaCount];
    if (replica === undefined) continue;
    replica.clock = tick(replica.clock, now + replica.skew);
    const stamp = formatStamp(replica.clock, replica.device);
    revs += 1;
    const rev = `r${String(revs)}`;
    const card = CARDS[('card' in op ? op.card : 0) % CARDS.length] ?? 'c0';
    // A card deleted here can be neither answered, edited nor deleted again.
    if (op.type !== 'undo' && op.type !== 'quiz' && replica.gone.has(card)) continue;
    if (op.type === 'answer' || op.type === 'forget' || op.type === 'reschedule') {
      const uid = `${card}:${replica.device}:${String(revs)}`;
      const review = new Date(now);
      const log: MergedLog =
        op.type === 'answer'
          ? { uid, rating: op.rating, state: State.New, review, due: review }
          : {
              uid,
              rating: Rating.Manual,
              state: op.type === 'forget' ? State.New : State.Review,
              review,
              due: op.type === 'forget' ? review : new Date(now + op.days * DAY_MS),
            };
      write(replica, `review:${uid}`, { rev, stamp, deleted: false, body: log });
      replica.own.push(uid);
      single.answers.set(uid, log);
    } else if (op.type === 'edit' || op.type === 'delete') {
      const text = op.type === 'edit' ? op.text : TOMBSTONE;
      write(replica, `card:${card}`, { rev, stamp, deleted: false, body: text });
      const previous = single.edits.get(op.card % CARDS.length);
      if (previous === undefined || previous[0] < stamp) {
        single.edits.set(op.card % CARDS.length, [stamp, text]);
      }
      if (op.type === 'delete') {
        deleteAnswers(replica, card, stamp);
        replica.gone.add(card);
        single.deleted.add(card);
      }
    } else if (op.type === 'import') {
      const logs = op.ratings.flatMap((rating, index): MergedLog[] => {
        const answered = CARDS[index % CARDS.length] ?? 'c0';
        if (replica.gone.has(answered)) return [];
        const review = new Date(now + index * 1000);
        const uid = `${answered}:${replica.device}:${rev}:${String(index)}`;
        return [{ uid, rating, state: State.New, review, due: review }];
      });
      write(replica, `answers:${rev}`, { rev, stamp, deleted: false, body: logs });
      for (const log of logs) {
        replica.own.push(log.uid);
        single.answers.set(log.uid, log);
      }
    } else if (op.type === 'pack') {
      const entries = CARDS.filter((packed) => !replica.gone.has(packed)).map((packed) => ({
        card: packed,
        text: op.text,
        stamp,
      }));
      write(replica, `cards:${rev}`, { rev, stamp, deleted: false, body: entries });
      for (const entry of entries) {
        const index = CARDS.indexOf(entry.card);
        const previous = single.edits.get(index);
        if (previous === undefined || previous[0] < stamp)
          single.edits.set(index, [stamp, op.text]);
      }
    } else if (op.type === 'quiz') {
      const uid = `quiz:${replica.device}:${String(revs)}`;
      write(replica, uid, { rev, stamp, deleted: false, body: 'quiz' });
      single.quizzes.add(uid);
    } else {
      const uid = replica.own.pop();
      if (uid === undefined) continue;
      const current = answersOf(replica, uid.split(':')[0] ?? '').find((log) => log.uid === uid);
      if (current === undefined) continue;
      write(replica, `review:${uid}`, { rev, stamp, deleted: true, body: current });
      single.answers.delete(uid);
    }
  }
  // Everyone syncs with everyone, three times round (deletions that applying a tombstone
  // caused travel in the rounds after).
  for (let round = 0; round < 3; round += 1) {
    for (const from of replicas) {
      for (const to of replicas) {
        if (from === to) continue;
        replicate(from, to);
        apply(to);
      }
    }
  }
  return { replicas, single };
}

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    type: fc.constant('answer' as const),
    replica: fc.nat(2),
    card: fc.nat(1),
    rating: fc.constantFrom<Grade>(...GRADES),
    step: fc.nat(3 * 24 * 60),
  }),
  fc.record({
    type: fc.constant('edit' as const),
    replica: fc.nat(2),
    card: fc.nat(1),
    text: fc.constantFrom('a', 'b', 'c'),
    step: fc.nat(10),
  }),
  fc.record({ type: fc.constant('undo' as const), replica: fc.nat(2), step: fc.nat(10) }),
  fc.record({
    type: fc.constant('forget' as const),
    replica: fc.nat(2),
    card: fc.nat(1),
    step: fc.nat(24 * 60),
  }),
  fc.record({
    type: fc.constant('reschedule' as const),
    replica: fc.nat(2),
    card: fc.nat(1),
    days: fc.integer({ min: 1, max: 60 }),
    step: fc.nat(24 * 60),
  }),
  fc.record({
    type: fc.constant('delete' as const),
    replica: fc.nat(2),
    card: fc.nat(1),
    step: fc.nat(10),
  }),
  fc.record({ type: fc.constant('quiz' as const), replica: fc.nat(2), step: fc.nat(10) }),
  fc.record({
    type: fc.constant('import' as const),
    replica: fc.nat(2),
    ratings: fc.array(fc.constantFrom<Grade>(...GRADES), { minLength: 1, maxLength: 4 }),
    step: fc.nat(24 * 60),
  }),
  fc.record({
    type: fc.constant('pack' as const),
    replica: fc.nat(2),
    text: fc.constantFrom('p', 'q'),
    step: fc.nat(10),
  }),
  fc.record({ type: fc.constant('sync' as const), from: fc.nat(2), to: fc.nat(2) }),
);

describe('sync merge rules', () => {
  it('any interleaving of answers, imported (packed) answers, packed cards, resets, reschedules, edits, deletions, undos, quizzes and syncs converges to the single-device result', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.integer({ min: 2, max: 3 }), (ops, count) => {
        revs = 0;
        const { replicas, single } = run(ops, count);
        const views = replicas.map(collection);
        for (const view of views) expect(view).toEqual(views[0]);
        expect(views[0]?.quizzes).toEqual([...single.quizzes].sort());
        CARDS.forEach((card, index) => {
          const view = views[0]?.cards[index];
          // The later of the edits and deletions wins, whichever replica made it.
          const text = single.edits.get(index)?.[1] ?? 'original';
          expect(view?.text).toBe(text);
          // A deleted card keeps no answer anywhere.
          if (text === TOMBSTONE) expect(view?.reviews).toEqual([]);
          if (single.deleted.has(card)) return;
          const logs = [...single.answers.values()].filter((log) => log.uid.startsWith(`${card}:`));
          const expected = deriveCardState(scheduler, card, logs, CREATED);
          expect(view?.reviews).toEqual(logs.map((log) => log.uid).sort());
          expect(view?.state).toEqual({ ...expected, due: expected.due.toISOString() });
        });
      }),
      { numRuns: 300 },
    );
  });
});
