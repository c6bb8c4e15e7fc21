/**
 * The documents sync stores in CouchDB, and how the app's records map to them (see
 * domain/sync/merge.ts for how each kind merges). Only what devices share goes in a document: a
 * card's text and flags but not its FSRS state (derived from the answers on each device), a deck's
 * title and options (FSRS parameters included) but not the derived summaries.
 */
import { compareStamps } from '../../domain/sync/clock.ts';
import { docId, docKey } from '../../domain/sync/merge.ts';
import { blockOf } from '../answer-log.ts';
import type {
  BlockRow,
  CardRecord,
  LogBlockRecord,
  DeckRecord,
  DeckSourceRecord,
  QuizAnswerRecord,
  QuizRecord,
  ReviewLogRecord,
  SettingRecord,
} from '../db.ts';

/** Fields every document has once CouchDB has stored it. */
interface StoredDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
}

/** One answer; immutable, deleted only by undo. The log row's fields, dates as ISO strings. */
export type ReviewDoc = StoredDoc &
  Omit<ReviewLogRecord, 'id' | 'uid' | 'due' | 'review'> & { due: string; review: string };

/** One answer of an {@link AnswersDoc}: a review document's fields with the answer's uid. */
export type PackedAnswerDoc = Omit<ReviewDoc, '_id' | '_rev' | '_deleted'> & { uid: string };

/**
 * Many answers of a deck (a block of packed answers, answer-log.ts) in one immutable document,
 * under the block's id: a first sync of a million imported answers is a few hundred documents,
 * not a million. Each answer keeps its uid, so a change or deletion of one (`review:<uid>`)
 * still applies to it alone.
 */
export interface AnswersDoc extends StoredDoc {
  deckId: string;
  rows: PackedAnswerDoc[];
}

/** What of a card all devices share, last writer wins by `stamp`. */
export interface CardDoc
  extends
    StoredDoc,
    Pick<
      CardRecord,
      'deckId' | 'position' | 'kind' | 'front' | 'back' | 'context' | 'lines' | 'tags' | 'edited'
    > {
  stamp: string;
  suspended: boolean;
  buriedUntil: string | null;
}

/** One card of a {@link CardsDoc}: a card document's fields with the card's id and own stamp. */
export type PackedCardDoc = Omit<CardDoc, '_id' | '_rev' | '_deleted'> & { id: string };

/**
 * Many cards' shared parts in one immutable document, under `cards:<pack id>`: the cards a device
 * sends for the first time (an import, a new deck, a collection's first sync), so a first sync of
 * 100,000 cards is a hundred documents, not 100,000. Each card keeps its own stamp; a later
 * change of one goes as its own `card:<id>` document, and the newest stamp wins
 * (domain/sync/merge.ts, `winsOver`). `stamp` is the newest of the cards' (for the clock).
 */
export interface CardsDoc extends StoredDoc {
  stamp: string;
  cards: PackedCardDoc[];
}

export interface DeckDoc extends StoredDoc {
  stamp: string;
  deck: Omit<DeckRecord, 'id'>;
}

export interface SourceDoc extends StoredDoc {
  stamp: string;
  fileName: string;
  text: string;
  addedAt: string;
}

/** A setting of the collection (see settings.ts), under `setting:<key>`. */
export interface SettingDoc extends StoredDoc {
  stamp: string;
  value: unknown;
}

/** A deleted card, deck or deck document (see domain/sync/merge.ts). */
export interface TombstoneDoc extends StoredDoc {
  stamp: string;
  deleted: true;
}

export type LwwDoc = CardDoc | DeckDoc | SourceDoc | SettingDoc | TombstoneDoc;

/** A finished quiz with its answers; immutable, deleted only with its deck. Dates as ISO strings. */
export type QuizDoc = StoredDoc &
  Omit<QuizRecord, 'id' | 'uid' | 'startedAt' | 'finishedAt'> & {
    startedAt: string;
    finishedAt: string;
    answers: Omit<QuizAnswerRecord, 'id' | 'quizId'>[];
  };

/** The document that says a database belongs to this app (see pouch-sync.ts). */
export const MARKER_ID = 'deckwright:database';

/** `row` without the fields `keys` (local ids, CouchDB's own fields). */
function without<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Omit<T, K> {
  const dropped = new Set<PropertyKey>(keys);
  return Object.fromEntries(Object.entries(row).filter(([key]) => !dropped.has(key))) as Omit<T, K>;
}

/** An answer as a document, from a review-log row or a block's answer. */
export function reviewDoc(row: BlockRow & { id?: number }): ReviewDoc {
  return {
    ...without(row, ['id', 'uid']),
    _id: docId('review', row.uid),
    due: row.due.toISOString(),
    review: row.review.toISOString(),
  };
}

export function answersDoc(block: LogBlockRecord): AnswersDoc {
  return {
    _id: docId('answers', block.id),
    deckId: block.deckId,
    rows: block.rows.map((row) => ({
      ...row,
      due: row.due.toISOString(),
      review: row.review.toISOString(),
    })),
  };
}

/** The block of an arriving {@link AnswersDoc}, without the answers `skip` refuses. */
export function answersBlock(
  doc: AnswersDoc,
  skip: (answer: PackedAnswerDoc) => boolean,
): LogBlockRecord | null {
  const rows = doc.rows.flatMap((row): BlockRow[] =>
    skip(row) ? [] : [{ ...row, due: new Date(row.due), review: new Date(row.review) }],
  );
  return rows.length === 0 ? null : blockOf(docKey(doc._id), doc.deckId, rows);
}

/** The log row of an arriving answer (without a local id: the table numbers it). */
export function reviewRow(uid: string, doc: ReviewDoc): Omit<ReviewLogRecord, 'id'> {
  return {
    ...without(doc, ['_id', '_rev', '_deleted']),
    uid,
    due: new Date(doc.due),
    review: new Date(doc.review),
  };
}

/** The card's shared part as a document (without stamp and revision). */
export function cardContent(card: CardRecord): Omit<CardDoc, 'stamp'> {
  const content: Omit<CardDoc, 'stamp'> = {
    _id: docId('card', card.id),
    deckId: card.deckId,
    position: card.position,
    kind: card.kind,
    front: card.front,
    back: card.back,
    context: card.context,
    lines: card.lines,
    edited: card.edited,
    suspended: card.suspended,
    buriedUntil: card.buriedUntil?.toISOString() ?? null,
  };
  if (card.tags !== undefined) content.tags = card.tags;
  return content;
}

/** The pack `packId` of the card documents `cards` (stamped, not tombstones). */
export function cardsDoc(packId: string, cards: readonly CardDoc[]): CardsDoc {
  let stamp = '';
  const packed = cards.map(({ _id, stamp: own, ...content }) => {
    if (compareStamps(own, stamp) > 0) stamp = own;
    return { ...content, stamp: own, id: docKey(_id) };
  });
  return { _id: docId('cards', packId), stamp, cards: packed };
}

/** The cards of a pack as the card documents they stand for (each with its stamp). */
export function packedCards(doc: Pick<CardsDoc, 'cards'>): CardDoc[] {
  return doc.cards.map(({ id, ...content }) => ({ ...content, _id: docId('card', id) }));
}

/** `card` with the shared part of `doc` (its FSRS state, version and queue left to the caller). */
export function withCardContent(card: CardRecord, doc: CardDoc): CardRecord {
  const next: CardRecord = {
    ...card,
    deckId: doc.deckId,
    position: doc.position,
    kind: doc.kind,
    front: doc.front,
    back: doc.back,
    context: doc.context,
    lines: doc.lines,
    edited: doc.edited,
    suspended: doc.suspended,
    buriedUntil: doc.buriedUntil === null ? null : new Date(doc.buriedUntil),
  };
  if (doc.tags === undefined) delete next.tags;
  else next.tags = doc.tags;
  return next;
}

export function deckContent(deck: DeckRecord): Omit<DeckDoc, 'stamp'> {
  const { id, ...rest } = deck;
  return { _id: docId('deck', id), deck: rest };
}

export function sourceContent(source: DeckSourceRecord): Omit<SourceDoc, 'stamp'> {
  return {
    _id: docId('source', source.deckId),
    fileName: source.fileName,
    text: source.text,
    addedAt: source.addedAt.toISOString(),
  };
}

export function settingContent(setting: SettingRecord): Omit<SettingDoc, 'stamp'> {
  return { _id: docId('setting', setting.key), value: setting.value };
}

/** The tombstone's content (without stamp and revision) of the deleted record `id`. */
export function tombstoneContent(id: string): Omit<TombstoneDoc, 'stamp'> {
  return { _id: id, deleted: true };
}

export function quizDoc(
  quiz: QuizRecord & { uid: string },
  answers: readonly QuizAnswerRecord[],
): QuizDoc {
  return {
    ...without(quiz, ['id', 'uid']),
    _id: docId('quiz', quiz.uid),
    startedAt: quiz.startedAt.toISOString(),
    finishedAt: quiz.finishedAt.toISOString(),
    answers: [...answers]
      .sort((a, b) => a.position - b.position)
      .map((answer) => without(answer, ['id', 'quizId'])),
  };
}

/** The quiz row of an arriving quiz and its answers (without local ids: the tables number them). */
export function quizRows(
  uid: string,
  doc: QuizDoc,
): { quiz: Omit<QuizRecord, 'id'>; answers: Omit<QuizAnswerRecord, 'id' | 'quizId'>[] } {
  return {
    quiz: {
      ...without(doc, ['_id', '_rev', '_deleted', 'answers']),
      uid,
      startedAt: new Date(doc.startedAt),
      finishedAt: new Date(doc.finishedAt),
    },
    answers: doc.answers,
  };
}
