/**
 * How the data of several devices merges, as pure rules (the sync engine in storage applies them;
 * a property test checks that any order of answers, edits and syncs converges):
 *
 * - **Answers and finished quizzes** are immutable documents with ids unique across devices
 *   (`review:<uid>`, `quiz:<uid>`, a quiz with its answers); merging is their union. Undo (or
 *   deleting the card or deck they belong to) deletes the document, and a deletion is final
 *   everywhere.
 * - **Everything else that syncs** (a card's text and flags, a deck's title and options with its
 *   FSRS parameters, a deck's document, a deck's quiz options) is one document per record carrying a `stamp` of the
 *   hybrid logical clock (clock.ts): the newest stamp wins, whole record. Cards sent the first
 *   time go many to a pack document, each with its own stamp; a later edit goes as the card's
 *   own document, and the newest stamp wins among the two (`winsOver`). Deleting the record
 *   writes a tombstone (`deleted: true`, stamped like any change), so a deletion and an edit made
 *   elsewhere are decided by the same rule: the later one wins.
 * - **A card's FSRS state** is not synced: every device replays the card's merged answers in time
 *   order (scheduling/replay-log.ts), so it is the same wherever the same answers arrived.
 */
import { compareStamps } from './clock.ts';

/** A document that merges by last writer. */
export interface StampedDoc {
  readonly _id: string;
  readonly stamp: string;
}

/** The kinds of synced documents, by the prefix of their id. */
export const DOC_PREFIX = {
  review: 'review:',
  /** Many answers in one immutable document (a block of packed answers, its id the block's). */
  answers: 'answers:',
  card: 'card:',
  /**
   * Many cards' shared parts in one immutable document (a pack: the cards a device sends the
   * first time, ~1,000 a document), each with its own stamp; see {@link winsOver}.
   */
  cards: 'cards:',
  deck: 'deck:',
  source: 'source:',
  quiz: 'quiz:',
  setting: 'setting:',
} as const;
export type DocKind = keyof typeof DOC_PREFIX;

/** The id of the document of `kind` for record `key` (a review's uid, a card's or deck's id). */
export function docId(kind: DocKind, key: string): string {
  return DOC_PREFIX[kind] + key;
}

/** The kind and record key of a document id, or `null` for a document sync does not know. */
export function parseDocId(id: string): { kind: DocKind; key: string } | null {
  for (const kind of Object.keys(DOC_PREFIX) as DocKind[]) {
    const prefix = DOC_PREFIX[kind];
    if (id.startsWith(prefix) && id.length > prefix.length) {
      return { kind, key: id.slice(prefix.length) };
    }
  }
  return null;
}

/**
 * The record key of a document id sync knows (a review's uid, a card's or deck's id, a block's
 * or pack's id); throws for any other id.
 *
 * @example
 * docKey('card:bpo-en:1'); // 'bpo-en:1'
 */
export function docKey(id: string): string {
  const parsed = parseDocId(id);
  if (parsed === null) throw new Error(`Not a sync document id: ${id}`);
  return parsed.key;
}

/** A deleted record's document: stamped like an edit, so the later of the two wins. */
export interface Tombstone extends StampedDoc {
  readonly deleted: true;
}

/** Whether a document is a record's tombstone. */
export function isTombstone(doc: object): boolean {
  return (doc as { deleted?: unknown }).deleted === true;
}

/**
 * The revision that wins among conflicting revisions of one document: the newest stamp (stamps
 * end in the device id, so two devices never tie). A revision without a stamp loses to one with.
 *
 * @example
 * pickWinner([{ stamp: 'b' }, { stamp: 'c' }, { stamp: 'a' }]).stamp; // 'c'
 */
export function pickWinner<T extends { readonly stamp?: string }>(revisions: readonly T[]): T {
  const [first, ...rest] = revisions;
  if (first === undefined) throw new Error('pickWinner needs at least one revision.');
  return rest.reduce(
    (best, next) => (compareStamps(next.stamp ?? '', best.stamp ?? '') > 0 ? next : best),
    first,
  );
}

/**
 * Whether a card's shared part stamped `incoming` replaces the one this device holds, stamped
 * `held` (`null`: none known). A card has one version in its own document (`card:<id>`, every
 * edit after the first sending) and may have one in a pack (`cards:<pack id>`); of all of them
 * the newest stamp wins, in whatever order they arrive, as for conflicting revisions. An equal
 * stamp is the same version (a resolved conflict written again), applied again harmlessly.
 *
 * @example
 * winsOver('b', 'a'); // true
 * winsOver('a', 'b'); // false: an older pack entry does not undo a later edit
 */
export function winsOver(incoming: string, held: string | null): boolean {
  return held === null || compareStamps(incoming, held) >= 0;
}

/**
 * Whether two documents hold the same content (ignoring CouchDB's `_rev` and the stamp): a
 * local record equal to the document already sent needs no new revision.
 */
export function sameContent(a: object, b: object): boolean {
  return canonical(a) === canonical(b);
}

function canonical(doc: object): string {
  const entries = Object.entries(doc)
    .filter(([key]) => key !== '_rev' && key !== 'stamp' && key !== '_conflicts')
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  return JSON.stringify(entries.map(([key, value]) => [key, canonicalValue(value)]));
}

function canonicalValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value !== null && typeof value === 'object') return canonical(value);
  return value;
}
