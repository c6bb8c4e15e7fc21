/**
 * The shape every row of a backup must have before it may be stored, per table, written with
 * valibot. Rows of the tables this module knows (decks, cards, review log and blocks of packed
 * answers, settings, …) are checked field by field, since a wrong type there would break
 * scheduling or the study screen; rows of tables added later are checked generically (an object
 * with its primary key) until someone adds their schema here.
 *
 * Objects are "loose": fields this version does not know are kept, not stripped, so a row keeps
 * whatever a newer minor version wrote.
 */
import * as v from 'valibot';
import { CARD_KINDS } from '../deck/deck-types.ts';
import { MEDIA_TABLE } from './backup-media.ts';
import {
  validateDeckOptions,
  type DeckOptionsError,
} from '../scheduling/deck-options-validation.ts';
import { Rating, State } from '../scheduling/scheduler.ts';
import { DAY_MS } from '../time/time-units.ts';

const text = v.string();
const finite = v.pipe(v.number(), v.finite());
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const fsrsState = v.picklist([State.New, State.Learning, State.Review, State.Relearning]);

function describeOptionsError(error: DeckOptionsError): string {
  switch (error.code) {
    case 'required':
      return `${error.field} (required)`;
    case 'type':
      return `${error.field} as ${error.expected}`;
    case 'range':
      return `${error.field} from ${error.min} to ${error.max}`;
    case 'step':
      return `${error.field}[${error.index}] as a step like 10m`;
    case 'tooManySteps':
      return `${error.field} with at most ${error.max} steps`;
  }
}

/** Deck options go through the same validation as the options form. */
const deckOptions = v.pipe(
  v.unknown(),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const result = validateDeckOptions(dataset.value);
    if (result.ok) return;
    const [first] = result.errors;
    if (first !== undefined) addIssue({ expected: describeOptionsError(first) });
  }),
);

const deckRow = v.looseObject({
  id: v.pipe(text, v.nonEmpty()),
  title: text,
  language: text,
  description: text,
  source: v.looseObject({ file: text, sha256: text }),
  generatorVersion: text,
  position: finite,
  options: deckOptions,
});

const fsrsCard = {
  due: v.date(),
  stability: finite,
  difficulty: finite,
  elapsed_days: finite,
  scheduled_days: finite,
  learning_steps: count,
  reps: count,
  lapses: count,
  state: fsrsState,
  last_review: v.optional(v.date()),
};

const cardRow = v.looseObject({
  ...fsrsCard,
  id: v.pipe(text, v.nonEmpty()),
  deckId: v.pipe(text, v.nonEmpty()),
  position: finite,
  kind: v.picklist(CARD_KINDS),
  front: text,
  back: text,
  context: text,
  lines: v.tuple([count, count]),
  edited: v.boolean(),
  suspended: v.boolean(),
  buriedUntil: v.nullable(v.date()),
  version: count,
  queue: v.pipe(v.number(), v.integer()),
});

/** An answer's fields, as a review-log row and a block's row share them. */
const answerFields = {
  cardId: v.pipe(text, v.nonEmpty()),
  deckId: v.pipe(text, v.nonEmpty()),
  // Manual: a reset or reschedule by hand (storage/db.ts, ReviewLogRecord).
  rating: v.picklist([Rating.Manual, Rating.Again, Rating.Hard, Rating.Good, Rating.Easy]),
  state: fsrsState,
  due: v.date(),
  stability: finite,
  difficulty: finite,
  elapsed_days: finite,
  last_elapsed_days: finite,
  scheduled_days: finite,
  learning_steps: count,
  review: v.date(),
  durationMs: count,
};

const reviewLogRow = v.looseObject({ id: v.optional(count), ...answerFields });

/**
 * A block of packed answers (an imported history, storage/answer-log.ts): its rows are read by
 * every reader of answers, so they are checked as review-log rows are, each with its uid.
 */
const logBlockRow = v.looseObject({
  id: v.pipe(text, v.nonEmpty()),
  deckId: v.pipe(text, v.nonEmpty()),
  cardIds: v.array(text),
  first: v.date(),
  last: v.date(),
  answers: count,
  rows: v.array(v.looseObject({ ...answerFields, uid: v.pipe(text, v.nonEmpty()) })),
});

const settingRow = v.looseObject({ key: v.pipe(text, v.nonEmpty()), value: v.unknown() });

/*
 * Quiz history: only what the backup code and the quiz screens rely on is checked here (dates,
 * counts, the link from an answer to its quiz); the rest of a quiz row is the quiz feature's own.
 */
const quizRow = v.looseObject({
  id: v.optional(count),
  deckIds: v.array(text),
  startedAt: v.date(),
  finishedAt: v.date(),
  total: count,
  // The sum of the questions' scores: fractional when a matching set was partly right.
  correct: v.pipe(finite, v.minValue(0)),
});

const quizAnswerRow = v.looseObject({
  id: v.optional(count),
  quizId: count,
  position: count,
  deckId: text,
  cardIds: v.array(text),
});

/** A learner's deck's document (kept to regenerate the deck) and the ids of deleted decks. */
const deckSourceRow = v.looseObject({
  deckId: v.pipe(text, v.nonEmpty()),
  fileName: text,
  text,
  addedAt: v.date(),
});

const deletedDeckRow = v.looseObject({ id: v.pipe(text, v.nonEmpty()), deletedAt: v.date() });

/** An imported deck's picture or sound, its bytes in base64 (checked further by parse-backup). */
const mediaRow = v.looseObject({
  deckId: v.pipe(text, v.nonEmpty()),
  name: v.pipe(text, v.nonEmpty()),
  imageType: v.nullable(text),
  data: text,
});

/** Any other table: each row an object; its primary key is checked by the caller. */
export const genericRow = v.looseObject({});

/** Row schemas of the tables whose shape this version knows. */
export const ROW_SCHEMAS: Readonly<Record<string, v.GenericSchema>> = {
  decks: deckRow,
  cards: cardRow,
  reviewLog: reviewLogRow,
  logBlocks: logBlockRow,
  settings: settingRow,
  quizzes: quizRow,
  quizAnswers: quizAnswerRow,
  deckSources: deckSourceRow,
  deletedDecks: deletedDeckRow,
  [MEDIA_TABLE]: mediaRow,
};

/** A field of `table` holding the primary key of a row of `parent`. */
export interface BackupReference {
  readonly table: string;
  readonly field: string;
  readonly parent: string;
}

/**
 * Links between tables that a backup must keep intact: checked on import (no card without its
 * deck, no quiz answer without its quiz), and followed on a merge, where a quiz gets a new local
 * id and its answers must point at it.
 */
export const REFERENCES: readonly BackupReference[] = [
  { table: 'cards', field: 'deckId', parent: 'decks' },
  { table: 'reviewLog', field: 'cardId', parent: 'cards' },
  { table: 'quizAnswers', field: 'quizId', parent: 'quizzes' },
  { table: 'deckSources', field: 'deckId', parent: 'decks' },
  { table: MEDIA_TABLE, field: 'deckId', parent: 'decks' },
];

/**
 * Dates that record something that already happened: none may lie after the moment the backup is
 * read (beyond {@link PAST_DATE_TOLERANCE_MS}). A date from the future makes a card look
 * reviewed later than any answer given here, which a merge would then prefer forever.
 */
export const PAST_DATES: readonly { readonly table: string; readonly field: string }[] = [
  { table: 'cards', field: 'last_review' },
  { table: 'reviewLog', field: 'review' },
  { table: 'logBlocks', field: 'last' },
  { table: 'quizzes', field: 'startedAt' },
  { table: 'quizzes', field: 'finishedAt' },
];

/** How far another device's clock may run ahead of this one's before its dates are refused. */
export const PAST_DATE_TOLERANCE_MS = DAY_MS;

/** The backup header, checked once `format` and `formatVersion` are known to be ours. */
export const headerSchema = v.object({
  format: v.string(),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.string(),
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  exportedAt: v.date(),
  counts: v.record(v.string(), count),
  checksum: v.optional(v.string()),
  tables: v.record(v.string(), v.array(v.unknown())),
});
