/**
 * The cards as statistics see them, packed by column: each deck's cards are spread over up to
 * {@link DIGEST_BUCKETS} pages by a hash of their id, and a page keeps each field of its cards in
 * one typed array. Reading a deck's statistics then reads a few hundred records of packed
 * numbers instead of every card with its text (a hundred thousand objects take seconds to read
 * from IndexedDB; their typed arrays take milliseconds), and an answer rewrites one small page.
 */
import { fnv1a32 } from '../generator/hash.ts';
import { State } from '../scheduling/fsrs-vocabulary.ts';
import type { StatsCard } from './stats-types.ts';

/**
 * Pages per deck: an answer rewrites one page, which at 100,000 cards holds about a hundred
 * (about 8 KB); with 256 pages of 400 cards the answer's key-to-card time grew by a fifth.
 */
export const DIGEST_BUCKETS = 1024;

/**
 * A deck's cards of one bucket, column by column: the `i`-th card's id is the `i`-th piece of
 * `idText` (see {@link digestIds}) and its fields are the `i`-th entry of every column. The ids
 * are one string with their end offsets, not an array of strings: IndexedDB stores and reads one
 * string and typed arrays several times faster than hundreds of strings, on every answer.
 */
export interface CardDigestPage {
  readonly deckId: string;
  readonly bucket: number;
  readonly idText: string;
  /** Where each id ends in `idText`. */
  readonly idEnds: Uint32Array;
  readonly state: Uint8Array;
  /** 1 when suspended. */
  readonly suspended: Uint8Array;
  readonly scheduledDays: Float64Array;
  readonly stability: Float64Array;
  readonly difficulty: Float64Array;
  /** Milliseconds since 1970; NaN when the card has no last review. */
  readonly lastReview: Float64Array;
  readonly due: Float64Array;
  /** Milliseconds since 1970; NaN when the card is not buried. */
  readonly buriedUntil: Float64Array;
}

/** What a page keeps of a card: a stored card record fits as it is. */
export type DigestCard = StatsCard & { readonly deckId: string };

/**
 * The bucket of a card id (0 to DIGEST_BUCKETS - 1), stable across runs and machines.
 *
 * @example
 * digestBucketOf('bpo-da:faq:1a2b3c4d'); // e.g. 187
 */
export function digestBucketOf(cardId: string): number {
  return Number.parseInt(fnv1a32(cardId), 16) % DIGEST_BUCKETS;
}

/** Writes a card's fields into the `index`-th place of every column of `page`. */
function writeAt(page: CardDigestPage, index: number, card: StatsCard): void {
  page.state[index] = card.state;
  page.suspended[index] = card.suspended ? 1 : 0;
  page.scheduledDays[index] = card.scheduled_days;
  page.stability[index] = card.stability;
  page.difficulty[index] = card.difficulty;
  page.lastReview[index] = card.last_review?.getTime() ?? NaN;
  page.due[index] = card.due.getTime();
  page.buriedUntil[index] = card.buriedUntil?.getTime() ?? NaN;
}

/**
 * The ids of a page's cards, in column order.
 *
 * @example
 * digestIds(updateDigestPage(undefined, 'd', 7, [card], [])); // [card.id]
 */
export function digestIds(page: CardDigestPage): string[] {
  let start = 0;
  return Array.from(page.idEnds, (end) => {
    const id = page.idText.slice(start, end);
    start = end;
    return id;
  });
}

function encode(deckId: string, bucket: number, cards: readonly StatsCard[]): CardDigestPage {
  const size = cards.length;
  let end = 0;
  const page: CardDigestPage = {
    deckId,
    bucket,
    idText: cards.map((card) => card.id).join(''),
    idEnds: Uint32Array.from(cards, (card) => (end += card.id.length)),
    state: new Uint8Array(size),
    suspended: new Uint8Array(size),
    scheduledDays: new Float64Array(size),
    stability: new Float64Array(size),
    difficulty: new Float64Array(size),
    lastReview: new Float64Array(size),
    due: new Float64Array(size),
    buriedUntil: new Float64Array(size),
  };
  cards.forEach((card, index) => {
    writeAt(page, index, card);
  });
  return page;
}

function grownBytes(column: Uint8Array, size: number): Uint8Array {
  const next = new Uint8Array(size);
  next.set(column);
  return next;
}

function grownNumbers(column: Float64Array, size: number): Float64Array {
  const next = new Float64Array(size);
  next.set(column);
  return next;
}

/**
 * `page` with `cards` (none of them on it) added after its own: its columns are copied, not
 * decoded and encoded again, so a deck imported in chunks does not rebuild every page from all
 * its cards at each chunk. The same page as {@link encode} of all the cards in that order.
 */
function appended(page: CardDigestPage, cards: readonly StatsCard[]): CardDigestPage {
  const start = page.idEnds.length;
  const size = start + cards.length;
  const idEnds = new Uint32Array(size);
  idEnds.set(page.idEnds);
  let end = page.idText.length;
  cards.forEach((card, index) => {
    end += card.id.length;
    idEnds[start + index] = end;
  });
  const next: CardDigestPage = {
    deckId: page.deckId,
    bucket: page.bucket,
    idText: page.idText + cards.map((card) => card.id).join(''),
    idEnds,
    state: grownBytes(page.state, size),
    suspended: grownBytes(page.suspended, size),
    scheduledDays: grownNumbers(page.scheduledDays, size),
    stability: grownNumbers(page.stability, size),
    difficulty: grownNumbers(page.difficulty, size),
    lastReview: grownNumbers(page.lastReview, size),
    due: grownNumbers(page.due, size),
    buriedUntil: grownNumbers(page.buriedUntil, size),
  };
  cards.forEach((card, index) => {
    writeAt(next, start + index, card);
  });
  return next;
}

/**
 * Where card `id` sits in `page`'s columns, or -1 when it is not on the page. Compared in the
 * stored `idText` itself (lengths first), so an answer's page update splits no ids and builds
 * no map.
 *
 * @example
 * digestIndexOf(updateDigestPage(undefined, 'd', 7, [a, b], []), b.id); // 1
 */
export function digestIndexOf(page: CardDigestPage, id: string): number {
  let start = 0;
  for (let index = 0; index < page.idEnds.length; index += 1) {
    const end = page.idEnds[index] ?? 0;
    if (end - start === id.length && page.idText.startsWith(id, start)) return index;
    start = end;
  }
  return -1;
}

const STATES = [State.New, State.Learning, State.Review, State.Relearning] as const;

/**
 * The FSRS state of a page's `index`-th card.
 *
 * @example
 * digestState(page, 0); // State.Review
 */
export function digestState(page: CardDigestPage, index: number): State {
  return STATES[page.state[index] ?? 0] ?? State.New;
}

/**
 * The cards of a page, as statistics take them.
 *
 * @example
 * digestPageCards(page).length === page.idEnds.length; // true
 */
export function digestPageCards(page: CardDigestPage): DigestCard[] {
  const date = (ms: number | undefined) =>
    ms === undefined || Number.isNaN(ms) ? undefined : new Date(ms);
  return digestIds(page).map((id, index) => ({
    id,
    deckId: page.deckId,
    state: digestState(page, index),
    suspended: page.suspended[index] === 1,
    scheduled_days: page.scheduledDays[index] ?? 0,
    stability: page.stability[index] ?? 0,
    difficulty: page.difficulty[index] ?? 0,
    last_review: date(page.lastReview[index]),
    due: date(page.due[index]) ?? new Date(NaN),
    buriedUntil: date(page.buriedUntil[index]) ?? null,
  }));
}

/**
 * A page with `cards` written into it (replacing the ones with the same id) and the cards of
 * `removedIds` taken out; `page` is the page as stored, or `undefined` when there is none yet.
 * Every card must belong to the page's deck and bucket. When only cards already on the page
 * change (an answer, say), `page` is updated in place and returned; cards new to it are added
 * after its own in a new page (`page` unchanged). Either way no card is decoded.
 *
 * @example
 * digestIds(updateDigestPage(undefined, 'bpo-da', 12, [card], [])); // [card.id]
 */
export function updateDigestPage(
  page: CardDigestPage | undefined,
  deckId: string,
  bucket: number,
  cards: readonly StatsCard[],
  removedIds: readonly string[],
): CardDigestPage {
  if (page !== undefined && removedIds.length === 0) {
    const indexes = cards.map((card) => digestIndexOf(page, card.id));
    const added = new Map<string, StatsCard>();
    cards.forEach((card, position) => {
      if (indexes[position] === -1) added.set(card.id, card);
    });
    const target = added.size === 0 ? page : appended(page, [...added.values()]);
    cards.forEach((card, position) => {
      const index = indexes[position] ?? -1;
      if (index >= 0) writeAt(target, index, card);
    });
    return target;
  }
  const byId = new Map<string, StatsCard>();
  if (page !== undefined) for (const card of digestPageCards(page)) byId.set(card.id, card);
  for (const id of removedIds) byId.delete(id);
  for (const card of cards) byId.set(card.id, card);
  return encode(deckId, bucket, [...byId.values()]);
}

/**
 * Only the fields a page keeps, so building pages from stored cards need not hold their text.
 *
 * @example
 * digestFields(cardRecord); // { id, deckId, state, suspended, scheduled_days, … }
 */
export function digestFields(card: DigestCard): DigestCard {
  return {
    id: card.id,
    deckId: card.deckId,
    state: card.state,
    suspended: card.suspended,
    scheduled_days: card.scheduled_days,
    stability: card.stability,
    difficulty: card.difficulty,
    last_review: card.last_review,
    due: card.due,
    buriedUntil: card.buriedUntil,
  };
}

/**
 * The cards of a list of cards grouped into pages (to build the digest from scratch).
 *
 * @example
 * digestPagesOf(cards).length; // at most DIGEST_BUCKETS per deck
 */
export function digestPagesOf(cards: Iterable<DigestCard>): CardDigestPage[] {
  const groups = new Map<string, { deckId: string; bucket: number; cards: StatsCard[] }>();
  for (const card of cards) {
    const bucket = digestBucketOf(card.id);
    const key = `${String(bucket)} ${card.deckId}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { deckId: card.deckId, bucket, cards: [] };
      groups.set(key, group);
    }
    group.cards.push(card);
  }
  return [...groups.values()].map((group) => encode(group.deckId, group.bucket, group.cards));
}
