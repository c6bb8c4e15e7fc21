/**
 * One deck of this app, with its cards and review history, as the rows of an Anki collection
 * (schema 11). Pure: the writer (SQLite, zip) is elsewhere; time and the day start come in.
 */
import { fnv1a32 } from '../generator/hash.ts';
import { DEFAULT_DECK_OPTIONS } from '../scheduling/deck-options.ts';
import { DEFAULT_FSRS_WEIGHTS } from '../scheduling/optimizer.ts';
import { studyDayNumber } from '../stats/stats-days.ts';
import { studyDayStart } from '../study/study-day.ts';
import { State } from '../scheduling/fsrs-vocabulary.ts';
import type {
  AnkiCardRow,
  AnkiCollection,
  AnkiNoteRow,
  ExportCard,
  ExportClock,
  ExportDeck,
  ExportReview,
} from './anki-rows.ts';
import { AnkiExportError } from './anki-export-error.ts';
import { ankiSchedule } from './card-schedule.ts';
import { NOTE_TYPE_IDS, confJson, decksJson, modelsJson, presetsJson } from './collection-json.ts';
import { ankiTags, fieldChecksum, joinFields, noteFields, type NoteKind } from './note-fields.ts';
import { revlogRows } from './revlog-rows.ts';

/** An id that looks like Anki's (milliseconds of 2023–2024) and stays the same for the same text. */
function stableId(text: string): number {
  return 1_700_000_000_000 + Number.parseInt(fnv1a32(text), 16);
}

/**
 * The earliest moment the collection must cover: review dues count in days from it, and none may
 * be negative. The export time, or an earlier answer, last review or due date.
 */
function creationTime(
  cards: readonly ExportCard[],
  reviews: readonly ExportReview[],
  now: Date,
): Date {
  let earliest = now.getTime();
  for (const review of reviews) earliest = Math.min(earliest, review.review.getTime());
  for (const card of cards) {
    if (card.last_review !== undefined) earliest = Math.min(earliest, card.last_review.getTime());
    if (card.state === State.Review) earliest = Math.min(earliest, card.due.getTime());
  }
  return new Date(earliest);
}

/**
 * Builds the collection of one deck: a note and a card per card (a blank with its answer as an
 * Anki cloze, anything else as "Deckwright Basic"), the revlog of every answer, and the deck
 * with a preset carrying the deck's options. Refuses a deck without cards.
 *
 * @example
 * const collection = await buildAnkiCollection(deck, cards, reviews, { now, dayStartHour: 4 });
 * collection.cards.length === cards.length; // true
 */
export async function buildAnkiCollection(
  deck: ExportDeck,
  cards: readonly ExportCard[],
  reviews: readonly ExportReview[],
  clock: ExportClock,
): Promise<AnkiCollection> {
  if (cards.length === 0) throw new AnkiExportError('emptyDeck');
  const ordered = [...cards].sort((a, b) => a.position - b.position);
  const modSecs = Math.floor(clock.now.getTime() / 1000);
  const created = studyDayStart(
    creationTime(ordered, reviews, clock.now),
    clock.dayStartHour,
    clock.timeZone,
  );
  const crt = Math.floor(created.getTime() / 1000);
  const deckId = stableId(deck.id);
  const weights = deck.options.fsrsParameters?.weights ?? DEFAULT_FSRS_WEIGHTS;
  const scheduleContext = {
    clock,
    crtDay: studyDayNumber(created, clock),
    options: deck.options,
    decay: weights[weights.length - 1] ?? 0,
  };

  const kinds = new Set<NoteKind>();
  const ankiIds = new Map<string, number>();
  const notes: AnkiNoteRow[] = [];
  const ankiCards: AnkiCardRow[] = [];
  const firstFields: string[] = [];
  ordered.forEach((card, index) => {
    // Cards count up from the collection's creation: Anki shows the id as the date added.
    const id = crt * 1000 + index;
    ankiIds.set(card.id, id);
    const note = noteFields(card);
    kinds.add(note.kind);
    firstFields.push(note.firstFieldText);
    notes.push({
      id,
      guid: card.id,
      mid: NOTE_TYPE_IDS[note.kind],
      mod: modSecs,
      usn: -1,
      tags: ankiTags(card.tags),
      flds: joinFields(note.fields),
      sfld: note.firstFieldText,
      csum: 0,
      flags: 0,
      data: '',
    });
    ankiCards.push({
      id,
      nid: id,
      did: deckId,
      ord: 0,
      mod: modSecs,
      usn: -1,
      reps: card.reps,
      lapses: card.lapses,
      odue: 0,
      odid: 0,
      flags: 0,
      ...ankiSchedule({ ...card, position: index }, scheduleContext),
    });
  });
  const checksums = await Promise.all(firstFields.map(fieldChecksum));
  const checkedNotes = notes.map((note, index) => ({ ...note, csum: checksums[index] ?? 0 }));

  const firstKind: NoteKind = kinds.has('basic') ? 'basic' : 'cloze';
  return {
    col: {
      id: 1,
      crt,
      mod: clock.now.getTime(),
      scm: clock.now.getTime(),
      ver: 11,
      dty: 0,
      usn: 0,
      ls: 0,
      conf: confJson(deckId, NOTE_TYPE_IDS[firstKind], ordered.length + 1, clock.dayStartHour),
      models: modelsJson(kinds, deckId, modSecs),
      decks: decksJson(deckId, deck.title, deck.description, deckId, modSecs),
      dconf: presetsJson(deckId, deck.title, deck.options, DEFAULT_DECK_OPTIONS, modSecs),
      tags: '{}',
    },
    notes: checkedNotes,
    cards: ankiCards,
    revlog: revlogRows(ordered, reviews, ankiIds),
  };
}
