import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import {
  createScheduler,
  GRADES,
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
 * reads a document through `pickWinner` (reviews are never edited, only deleted by undo).
 */
interface Revision {
  readonly rev: string;
  /** Revisions this one replaced (its ancestors). */
  readonly replaces: ReadonlySet<string>;
  readonly stamp: string;
  readonly deleted: boolean;
  readonly body: string | MergedLog;
}

interface Replica {
  readonly device: string;
  clock: ClockState;
  /** Skew of this device's wall clock. */
  readonly skew: number;
  docs: Map<string, Revision[]>;
  /** Uids of this replica's own answers, latest last, for undo. */
  own: string[];
}

type Op =
  | { type: 'answer'; replica: number; card: number; rating: Grade; step: number }
  | { type: 'edit'; replica: number; card: number; text: string; step: number }
  | { type: 'undo'; replica: number; step: number }
  | { type: 'sync'; from: number; to: number };

const CARDS = ['c0', 'c1'];
const CREATED = new Date(Date.UTC(2026, 0, 1));
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

/** What a replica shows: each card's text and derived state, and the answers it holds. */
function collection(replica: Replica) {
  return CARDS.map((card) => {
    const logs: MergedLog[] = [];
    for (const [id] of replica.docs) {
      const doc = readDoc(replica, id);
      if (doc === undefined || doc.deleted || typeof doc.body === 'string') continue;
      if (id.startsWith(`review:${card}:`)) logs.push(doc.body);
    }
    const text = readDoc(replica, `card:${card}`);
    const state = deriveCardState(scheduler, card, logs, CREATED);
    return {
      card,
      text: text === undefined ? 'original' : text.body,
      reviews: logs.map((log) => log.uid).sort(),
      state: state && { ...state, due: state.due.toISOString() },
    };
  });
}

function run(ops: readonly Op[], replicaCount: number) {
  const replicas: Replica[] = Array.from({ length: replicaCount }, (_, index) => ({
    device: `d${String(index)}`,
    clock: ZERO_CLOCK,
    skew: (index - 1) * 7_000,
    docs: new Map(),
    own: [],
  }));
  // The single device: the same answers and undos in order, and the edit the clock rule picks.
  const single = {
    answers: new Map<string, MergedLog>(),
    edits: new Map<number, [string, string]>(),
  };
  let now = CREATED.getTime();
  let revs = 0;
  for (const op of ops) {
    if (op.type === 'sync') {
      const from = replicas[op.from % replicaCount];
      const to = replicas[op.to % replicaCount];
      if (from !== undefined && to !== undefined && from !== to) replicate(from, to);
      continue;
    }
    now += op.step * 60_000;
    const replica = replicas[op.replica % replicaCount];
    if (replica === undefined) continue;
    replica.clock = tick(replica.clock, now + replica.skew);
    const stamp = formatStamp(replica.clock, replica.device);
    revs += 1;
    const rev = `r${String(revs)}`;
    if (op.type === 'answer') {
      const card = CARDS[op.card % CARDS.length] ?? 'c0';
      const uid = `${card}:${replica.device}:${String(revs)}`;
      const log: MergedLog = { uid, rating: op.rating, state: State.New, review: new Date(now) };
      write(replica, `review:${uid}`, { rev, stamp, deleted: false, body: log });
      replica.own.push(uid);
      single.answers.set(uid, log);
    } else if (op.type === 'edit') {
      write(replica, `card:${CARDS[op.card % CARDS.length] ?? 'c0'}`, {
        rev,
        stamp,
        deleted: false,
        body: op.text,
      });
      const previous = single.edits.get(op.card % CARDS.length);
      if (previous === undefined || previous[0] < stamp) {
        single.edits.set(op.card % CARDS.length, [stamp, op.text]);
      }
    } else {
      const uid = replica.own.pop();
      if (uid === undefined) continue;
      const current = readDoc(replica, `review:${uid}`);
      if (current === undefined || typeof current.body === 'string') continue;
      write(replica, `review:${uid}`, { rev, stamp, deleted: true, body: current.body });
      single.answers.delete(uid);
    }
  }
  // Everyone syncs with everyone, twice round.
  for (let round = 0; round < 2; round += 1) {
    for (const from of replicas) for (const to of replicas) if (from !== to) replicate(from, to);
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
  fc.record({ type: fc.constant('sync' as const), from: fc.nat(2), to: fc.nat(2) }),
);

describe('sync merge rules', () => {
  it('any interleaving of answers, edits, undos and syncs converges to the single-device result', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.integer({ min: 2, max: 3 }), (ops, count) => {
        const { replicas, single } = run(ops, count);
        const views = replicas.map(collection);
        for (const view of views) expect(view).toEqual(views[0]);
        CARDS.forEach((card, index) => {
          const logs = [...single.answers.values()].filter((log) => log.uid.startsWith(`${card}:`));
          const expected = deriveCardState(scheduler, card, logs, CREATED);
          const view = views[0]?.[index];
          expect(view?.reviews).toEqual(logs.map((log) => log.uid).sort());
          expect(view?.state).toEqual(expected && { ...expected, due: expected.due.toISOString() });
          expect(view?.text).toBe(single.edits.get(index)?.[1] ?? 'original');
        });
      }),
      { numRuns: 300 },
    );
  });
});
