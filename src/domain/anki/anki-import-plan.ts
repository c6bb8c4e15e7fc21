/**
 * An Anki collection turned into this app's decks, cards and review log, before anything is
 * stored: what the preview shows and what the import writes.
 *
 * - Each Anki deck becomes a deck titled by its path (`Languages::Danish` → "Languages › Danish").
 * - Each Anki card becomes a card: standard note types (Basic, reversed, optional reversed,
 *   type-in, any custom one) as definition cards rendered from their templates; Cloze cards as
 *   highlight cards with their cloze blanked (see anki-template.ts). Tags stay.
 * - The review log: answers (ease 1–4) are replayed by this app's scheduler from a new card,
 *   which rebuilds the card's FSRS state and gives this app's log rows. The plan keeps each
 *   card's answers and replays them when asked (`replay`), card by card while the import writes
 *   (so the replay runs while IndexedDB stores the chunk before, not before the preview: the
 *   preview's figures need no replay). Manual entries
 *   (rescheduled, set due date, forgotten: type 4/5 or ease 0) are not answers and are skipped.
 *   A card that is new in Anki (forgotten after its answers) stays new, without them.
 * - Suspended cards stay suspended, buried ones buried; a flagged card gets the tag `flag:red`
 *   (`flag:orange`, …), as this app has no flags.
 * - A deck takes its Anki preset's new cards and reviews per day, desired retention and FSRS
 *   parameters (when ts-fsrs takes them), and its answers are replayed with those options.
 * - Media: each deck keeps the package's files its cards refer to (`[image:…]`, `[sound:…]`),
 *   typed by their first bytes (../media/card-media.ts); files no imported card uses are left out.
 */
import type { CardKind } from '../deck/deck-types.ts';
import { deckIdFromFileName, firstFreeId } from '../generator/ids.ts';
import { detectLanguage } from '../generator/language.ts';
import { replayAnswers, type GivenAnswer } from '../scheduling/replay-log.ts';
import {
  GRADES,
  newCardState,
  type FsrsCard,
  type FsrsReviewLog,
} from '../scheduling/scheduler.ts';
import { createScheduler, type Scheduler } from '../scheduling/scheduler.ts';
import { importedFsrsWeights } from '../scheduling/imported-weights.ts';
import type { SqlJsStatic } from 'sql.js';
import type { DeckOptions, LearningStep } from '../scheduling/deck-options.ts';
import {
  DECK_OPTION_LIMITS,
  isLearningStep,
  MAX_STEPS,
} from '../scheduling/deck-options-validation.ts';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../time/time-units.ts';
import {
  readAnkiCollection,
  type AnkiCard,
  type AnkiDeckLimits,
  type AnkiCollection,
  type AnkiNote,
  type AnkiNoteType,
} from './anki-collection.ts';
import { openAnkiPackage, type AnkiMediaFile } from './anki-package.ts';
import { imageTypeOf, mediaNamesOf, withoutSounds, type ImageType } from '../media/card-media.ts';
import { renderCard } from './anki-template.ts';

/** An answer of the Anki history, to replay. */
export interface AnkiAnswer extends GivenAnswer {
  readonly durationMs: number;
}

/**
 * A card ready to store once its answers are replayed (its FSRS state comes from
 * `AnkiImportPlan.replay`; its queue and version are storage's).
 */
export interface AnkiCardPlan {
  readonly id: string;
  readonly deckId: string;
  readonly position: number;
  readonly kind: CardKind;
  readonly front: string;
  readonly back: string;
  readonly context: string;
  readonly tags: string[];
  readonly suspended: boolean;
  readonly buried: boolean;
  /** Its answers, oldest first; none for a card that comes in new. */
  readonly answers: readonly AnkiAnswer[];
}

/** A card's answers replayed: its FSRS state and its review-log rows. */
export interface AnkiReplayedCard {
  readonly state: FsrsCard;
  readonly reviews: AnkiReviewPlan[];
}

/** A review-log row ready to store (its id is storage's). */
export interface AnkiReviewPlan extends FsrsReviewLog {
  readonly cardId: string;
  readonly deckId: string;
  readonly durationMs: number;
}

/** A media file a deck's cards refer to, ready to store. */
export interface AnkiMediaPlan {
  readonly deckId: string;
  readonly name: string;
  /** The picture's type when it is one shown on cards (by its bytes); `null` for other files. */
  readonly imageType: ImageType | null;
  readonly bytes: Uint8Array;
}

export interface AnkiMediaSummary {
  /** Pictures stored and shown (a file used by two decks counts once per deck). */
  readonly images: number;
  /** Other files stored and listed, never played or shown (sounds, SVG, …). */
  readonly files: number;
  /** Files the cards name that the package does not hold: the cards say they are missing. */
  readonly missing: readonly string[];
  /** Files of the package no imported card uses: left out. */
  readonly unused: readonly string[];
}

/** The options a deck takes from its Anki preset: those this app has too. */
export type AnkiDeckOptions = Pick<
  DeckOptions,
  | 'newPerDay'
  | 'reviewsPerDay'
  | 'desiredRetention'
  | 'maximumIntervalDays'
  | 'learningSteps'
  | 'relearningSteps'
  | 'fsrsParameters'
>;

export interface AnkiDeckPlan {
  readonly id: string;
  readonly title: string;
  readonly language: string;
  readonly cards: number;
  readonly reviews: number;
  readonly options: AnkiDeckOptions;
  /**
   * True when the Anki preset has FSRS parameters that ts-fsrs does not take as they are (see
   * `importedFsrsWeights`): they are left out and the deck keeps FSRS's defaults.
   */
  readonly fsrsParamsIgnored: boolean;
}

export interface AnkiNoteTypeSummary {
  readonly name: string;
  readonly cloze: boolean;
  readonly notes: number;
  readonly cards: number;
}

/** Why something of the package is left out. */
export type AnkiSkipReason =
  /** A card whose note or note type (or template) is missing from the package. */
  | 'missingNote'
  /** A card whose question renders to nothing (e.g. an image-only front). */
  | 'emptyFront'
  /** An Image Occlusion card: its question is masks drawn over an image. */
  | 'imageOcclusion'
  /** Review-log rows that are not answers: rescheduled, due date set, forgotten. */
  | 'manualEntries'
  /** Answers of cards that are new again in Anki (forgotten): the cards come in as new. */
  | 'resetAnswers'
  /** Review-log rows of cards that are not imported or not in the package. */
  | 'orphanReviews';

export interface AnkiImportSummary {
  readonly decks: readonly AnkiDeckPlan[];
  readonly noteTypes: readonly AnkiNoteTypeSummary[];
  readonly cards: number;
  readonly reviews: number;
  readonly newCards: number;
  readonly suspended: number;
  readonly buried: number;
  readonly skipped: readonly { readonly reason: AnkiSkipReason; readonly count: number }[];
  readonly media: AnkiMediaSummary;
}

export interface AnkiImportPlan {
  readonly summary: AnkiImportSummary;
  readonly cards: AnkiCardPlan[];
  /**
   * A card of `cards` with its answers replayed by its deck's scheduler (a card without
   * answers is new as of the import).
   */
  readonly replay: (card: AnkiCardPlan) => AnkiReplayedCard;
  readonly media: AnkiMediaPlan[];
}

export interface AnkiPlanInput {
  /** When the import happens: cards without answers are new as of then. */
  readonly now: Date;
  readonly media: readonly AnkiMediaFile[];
  /** Ids of the stored decks: new decks get others. */
  readonly takenDeckIds: ReadonlySet<string>;
  /**
   * A scheduler with the new decks' default options: each deck's answers are replayed with
   * these options as its Anki preset changes them (desired retention, FSRS parameters).
   */
  readonly scheduler: Scheduler;
  /** Called now and then while cards are built: cards done, of all. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Anki's Image Occlusion template draws its masks with this element and script. */
const IMAGE_OCCLUSION = /image-occlusion/i;

/** Cards whose text samples a deck's language. */
const LANGUAGE_SAMPLE = 200;

/** Anki's flag colours by number, as the tag a flagged card gets (`flag:red`). */
const FLAG_TAGS = ['', 'red', 'orange', 'green', 'blue', 'pink', 'turquoise', 'purple'];

/**
 * Anki's steps (minutes, fractions for seconds) as this app's: whole minutes, hours or days,
 * a step under a minute rounded up to one (ts-fsrs has no seconds). `null` (keep this app's
 * steps) when the preset has none set or a list this app refuses.
 *
 * @example
 * stepsOf([0.5, 10, 60, 1440]) // ['1m', '10m', '1h', '1d']
 */
function stepsOf(minutes: readonly number[] | null | undefined): LearningStep[] | null {
  if (minutes === null || minutes === undefined || minutes.length > MAX_STEPS) return null;
  const steps = minutes.map((step): string => {
    if (!Number.isFinite(step) || step <= 0) return '';
    const whole = Math.max(1, Math.round(step));
    if ((whole * MINUTE_MS) % DAY_MS === 0) return `${String((whole * MINUTE_MS) / DAY_MS)}d`;
    if ((whole * MINUTE_MS) % HOUR_MS === 0) return `${String((whole * MINUTE_MS) / HOUR_MS)}h`;
    return `${String(whole)}m`;
  });
  return steps.every(isLearningStep) ? steps : null;
}

/** A deck's options from its Anki preset, and whether the preset's FSRS parameters were left out. */
interface PresetOptions {
  readonly options: AnkiDeckOptions;
  readonly fsrsParamsIgnored: boolean;
}

/**
 * The deck's options from its Anki preset: each limit that fits this app's bounds, else the
 * default (a desired retention outside 0.70–0.99, or none before FSRS, keeps 0.90), its
 * learning and relearning steps (see {@link stepsOf}), and the
 * preset's FSRS parameters when ts-fsrs takes them (`fittedAt` the import, `reviewCount` 0
 * until the deck's answers are counted).
 */
function deckOptionsOf(
  limits: AnkiDeckLimits | undefined,
  defaults: DeckOptions,
  now: Date,
): PresetOptions {
  type Limit = 'newPerDay' | 'reviewsPerDay' | 'desiredRetention' | 'maximumIntervalDays';
  const fits = (field: Limit, value: number | null | undefined): number => {
    const { min, max } = DECK_OPTION_LIMITS[field];
    return value !== null && value !== undefined && value >= min && value <= max
      ? value
      : defaults[field];
  };
  const relearningSteps = stepsOf(limits?.relearnSteps) ?? defaults.relearningSteps;
  const params = limits?.fsrsParams ?? null;
  const weights = params === null ? null : importedFsrsWeights(params, relearningSteps.length);
  const options = {
    newPerDay: fits('newPerDay', limits?.newPerDay),
    reviewsPerDay: fits('reviewsPerDay', limits?.reviewsPerDay),
    desiredRetention: fits('desiredRetention', limits?.desiredRetention),
    maximumIntervalDays: fits('maximumIntervalDays', limits?.maximumIntervalDays),
    learningSteps: stepsOf(limits?.learnSteps) ?? defaults.learningSteps,
    relearningSteps,
  };
  return {
    options:
      weights === null
        ? options
        : { ...options, fsrsParameters: { weights, fittedAt: now.toISOString(), reviewCount: 0 } },
    fsrsParamsIgnored: params !== null && weights === null,
  };
}

function deckTitle(name: string): string {
  const parts = name
    .split('::')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length === 0 ? 'Default' : parts.join(' › ');
}

interface RevlogRange {
  readonly start: number;
  readonly end: number;
}

/** Where each card's rows are in the revlog (ordered by card, then time). */
function revlogRanges(collection: AnkiCollection): Map<number, RevlogRange> {
  const ranges = new Map<number, RevlogRange>();
  const { revlog } = collection;
  let start = 0;
  for (let index = 1; index <= revlog.length; index += 1) {
    if (index === revlog.length || revlog.cardId[index] !== revlog.cardId[start]) {
      ranges.set(revlog.cardId[start] ?? 0, { start, end: index });
      start = index;
    }
  }
  return ranges;
}

/** A card's answers, oldest first, and how many manual rows were passed over. */
function answersOf(
  collection: AnkiCollection,
  range: RevlogRange | undefined,
): { answers: AnkiAnswer[]; manual: number } {
  const answers: AnkiAnswer[] = [];
  let manual = 0;
  if (range === undefined) return { answers, manual };
  const { revlog } = collection;
  for (let index = range.start; index < range.end; index += 1) {
    const rating = GRADES[(revlog.ease[index] ?? 0) - 1];
    if (rating === undefined || (revlog.type[index] ?? 0) > 3) {
      manual += 1;
      continue;
    }
    answers.push({
      rating,
      review: new Date(revlog.time[index] ?? 0),
      durationMs: revlog.durationMs[index] ?? 0,
    });
  }
  return { answers, manual };
}

interface RenderableCard {
  readonly note: AnkiNote;
  readonly type: AnkiNoteType;
  readonly front: string;
  readonly back: string;
  readonly context: string;
}

/** The card's text, or why it has none. */
function renderAnkiCard(
  collection: AnkiCollection,
  card: AnkiCard,
  fieldsOf: (note: AnkiNote, type: AnkiNoteType) => ReadonlyMap<string, string>,
): RenderableCard | 'missingNote' | 'emptyFront' | 'imageOcclusion' {
  const note = collection.notes.get(card.noteId);
  const type = note === undefined ? undefined : collection.noteTypes.get(note.noteTypeId);
  const template =
    type?.cloze === true ? type.templates[0] : type?.templates.find((t) => t.ord === card.ord);
  if (note === undefined || type === undefined || template === undefined) return 'missingNote';
  if (IMAGE_OCCLUSION.test(template.question)) return 'imageOcclusion';
  const text = renderCard(template, fieldsOf(note, type), type.cloze ? card.ord + 1 : null);
  if (withoutSounds(text.front) === '') return 'emptyFront';
  return { note, type, ...text };
}

/**
 * The decks, cards and review log an Anki collection becomes here, with the preview's summary.
 * Pure: the stored deck ids and the scheduler come in; nothing is written.
 *
 * @example
 * planAnkiImport(collection, { media: [], takenDeckIds: new Set(), scheduler }).summary.cards
 */
export function planAnkiImport(collection: AnkiCollection, input: AnkiPlanInput): AnkiImportPlan {
  const ranges = revlogRanges(collection);
  const skipped = new Map<AnkiSkipReason, number>();
  const skip = (reason: AnkiSkipReason, count = 1) => {
    if (count > 0) skipped.set(reason, (skipped.get(reason) ?? 0) + count);
  };
  const taken = new Set(input.takenDeckIds);
  const decks = new Map<
    number,
    {
      id: string;
      title: string;
      cards: number;
      reviews: number;
      sample: string[];
      media: Set<string>;
      preset: PresetOptions;
      scheduler: Scheduler;
    }
  >();
  const deckOf = (ankiDeckId: number) => {
    const known = decks.get(ankiDeckId);
    if (known !== undefined) return known;
    const title = deckTitle(collection.decks.get(ankiDeckId) ?? '');
    const id = firstFreeId(deckIdFromFileName(title.replace(/[./\\]/g, ' ')), taken);
    taken.add(id);
    const defaults = input.scheduler.options;
    const preset = deckOptionsOf(collection.deckLimits.get(ankiDeckId), defaults, input.now);
    const deck = {
      id,
      title,
      cards: 0,
      reviews: 0,
      sample: [] as string[],
      media: new Set<string>(),
      preset,
      // The deck's answers are replayed as the deck will schedule them from now on.
      scheduler: createScheduler({ ...defaults, ...preset.options }),
    };
    decks.set(ankiDeckId, deck);
    return deck;
  };
  let cachedNote: { id: number; fields: ReadonlyMap<string, string> } | null = null;
  const fieldsOf = (note: AnkiNote, type: AnkiNoteType) => {
    if (cachedNote?.id !== note.id) {
      const fields = new Map(type.fields.map((name, index) => [name, note.fields[index] ?? '']));
      cachedNote = { id: note.id, fields };
    }
    return cachedNote.fields;
  };
  const noteTypes = new Map<
    number,
    { name: string; cloze: boolean; notes: Set<number>; cards: number }
  >();
  const cards: AnkiCardPlan[] = [];
  let reviews = 0;
  let imported = 0;
  for (const [index, card] of collection.cards.entries()) {
    if (index % 1000 === 0) input.onProgress?.(index, collection.cards.length);
    const range = ranges.get(card.id);
    ranges.delete(card.id);
    const rendered = renderAnkiCard(collection, card, fieldsOf);
    if (typeof rendered === 'string') {
      skip(rendered);
      skip('orphanReviews', range === undefined ? 0 : range.end - range.start);
      continue;
    }
    const typeSummary = noteTypes.get(rendered.type.id) ?? {
      name: rendered.type.name,
      cloze: rendered.type.cloze,
      notes: new Set<number>(),
      cards: 0,
    };
    typeSummary.notes.add(rendered.note.id);
    typeSummary.cards += 1;
    noteTypes.set(rendered.type.id, typeSummary);
    const deck = deckOf(card.deckId);
    const kind: CardKind = rendered.type.cloze ? 'highlight' : 'definition';
    const id = `${deck.id}:${kind}:${card.id.toString(36)}`;
    const { answers, manual } = answersOf(collection, range);
    skip('manualEntries', manual);
    const isNew = card.type === 0;
    if (isNew) skip('resetAnswers', answers.length);
    cards.push({
      id,
      deckId: deck.id,
      position: deck.cards,
      kind,
      front: rendered.front,
      back: rendered.back,
      context: rendered.context,
      tags:
        card.flag === 0
          ? [...rendered.note.tags]
          : [...rendered.note.tags, `flag:${FLAG_TAGS[card.flag] ?? String(card.flag)}`],
      suspended: card.queue === -1,
      buried: card.queue === -2 || card.queue === -3,
      answers: isNew ? [] : answers,
    });
    if (!isNew) {
      deck.reviews += answers.length;
      reviews += answers.length;
    }
    for (const name of mediaNamesOf([rendered.front, rendered.back, rendered.context])) {
      deck.media.add(name);
    }
    if (deck.sample.length < LANGUAGE_SAMPLE)
      deck.sample.push(`${rendered.front}. ${rendered.back}.`);
    deck.cards += 1;
    imported += 1;
  }
  for (const range of ranges.values()) skip('orphanReviews', range.end - range.start);
  input.onProgress?.(collection.cards.length, collection.cards.length);
  const media = planMedia([...decks.values()], input.media);
  const summary: AnkiImportSummary = {
    decks: [...decks.values()].map((deck) => ({
      id: deck.id,
      options: withReviewCount(deck.preset.options, deck.reviews),
      fsrsParamsIgnored: deck.preset.fsrsParamsIgnored,
      title: deck.title,
      language: detectLanguage(deck.sample.join(' ')),
      cards: deck.cards,
      reviews: deck.reviews,
    })),
    noteTypes: [...noteTypes.values()].map((type) => ({
      name: type.name,
      cloze: type.cloze,
      notes: type.notes.size,
      cards: type.cards,
    })),
    cards: imported,
    reviews,
    newCards: cards.filter((card) => card.answers.length === 0).length,
    suspended: cards.filter((card) => card.suspended).length,
    buried: cards.filter((card) => card.buried).length,
    skipped: [...skipped].map(([reason, count]) => ({ reason, count })),
    media: media.summary,
  };
  const schedulers = new Map([...decks.values()].map((deck) => [deck.id, deck.scheduler]));
  const replay = (card: AnkiCardPlan): AnkiReplayedCard => {
    const scheduler = schedulers.get(card.deckId);
    if (card.answers.length === 0 || scheduler === undefined) {
      return { state: newCardState(input.now), reviews: [] };
    }
    const replayed = replayAnswers(scheduler, card.id, card.answers);
    return {
      state: replayed.card,
      // Field by field, not `{ ...log, cardId }`: V8 builds a spread with added fields on a slow
      // path, ten times the cost of this literal for a million rows (and the import's slowest).
      reviews: replayed.logs.map((log, at) => ({
        rating: log.rating,
        state: log.state,
        due: log.due,
        stability: log.stability,
        difficulty: log.difficulty,
        // ts-fsrs 5 still requires these fields on a log; they go away in 6.0.
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        elapsed_days: log.elapsed_days,
        // eslint-disable-next-line @typescript-eslint/no-deprecated
        last_elapsed_days: log.last_elapsed_days,
        scheduled_days: log.scheduled_days,
        learning_steps: log.learning_steps,
        review: log.review,
        cardId: card.id,
        deckId: card.deckId,
        durationMs: card.answers[at]?.durationMs ?? 0,
      })),
    };
  };
  return { summary, cards, replay, media: media.files };
}

/** The options with their FSRS parameters (if any) counted as fitted on the deck's `reviews`. */
function withReviewCount(options: AnkiDeckOptions, reviews: number): AnkiDeckOptions {
  const fitted = options.fsrsParameters;
  return fitted === undefined
    ? options
    : { ...options, fsrsParameters: { ...fitted, reviewCount: reviews } };
}

/** The files each deck's cards use, and what the preview says of the media. */
function planMedia(
  decks: readonly { id: string; media: ReadonlySet<string> }[],
  packaged: readonly AnkiMediaFile[],
): { files: AnkiMediaPlan[]; summary: AnkiMediaSummary } {
  const byName = new Map(packaged.map((file) => [file.name, file.bytes]));
  const files: AnkiMediaPlan[] = [];
  const missing = new Set<string>();
  const used = new Set<string>();
  for (const deck of decks) {
    for (const name of deck.media) {
      used.add(name);
      const bytes = byName.get(name);
      if (bytes === undefined || bytes === null) missing.add(name);
      else files.push({ deckId: deck.id, name, imageType: imageTypeOf(bytes), bytes });
    }
  }
  const images = files.filter((file) => file.imageType !== null).length;
  return {
    files,
    summary: {
      images,
      files: files.length - images,
      missing: [...missing],
      unused: packaged.map((file) => file.name).filter((name) => !used.has(name)),
    },
  };
}

/**
 * A package's bytes to its import plan: unzip (anki-package.ts), read the collection
 * (anki-collection.ts), plan. Throws an `AnkiPackageError` naming what is wrong.
 *
 * @example
 * readAnkiPackage(await initSqlJs(), bytes, { now, takenDeckIds: new Set(), scheduler })
 */
export function readAnkiPackage(
  sql: SqlJsStatic,
  bytes: Uint8Array,
  input: Omit<AnkiPlanInput, 'media'>,
): AnkiImportPlan {
  const files = openAnkiPackage(bytes);
  const collection = readAnkiCollection(sql, files.collection);
  return planAnkiImport(collection, { ...input, media: files.media });
}
