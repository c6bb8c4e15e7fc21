/**
 * The rows of an Anki collection in its legacy format (schema 11, the `collection.anki2` inside
 * an `.apkg` that every Anki 2.1 and current Anki imports), and what this app hands over to
 * build them. Column names are Anki's own, so the writer inserts them as they are.
 */
import type { CardKind } from '../deck/deck-types.ts';
import type { DeckOptions } from '../scheduling/deck-options.ts';
import type { FsrsCard, FsrsReviewLog } from '../scheduling/scheduler.ts';

/** The one row of `col`: collection times and its JSON settings, note types, decks, presets. */
export interface AnkiColRow {
  readonly id: 1;
  /** Creation time in seconds; review cards' `due` counts days from its study day. */
  readonly crt: number;
  readonly mod: number;
  readonly scm: number;
  readonly ver: 11;
  readonly dty: 0;
  readonly usn: 0;
  readonly ls: 0;
  readonly conf: string;
  readonly models: string;
  readonly decks: string;
  readonly dconf: string;
  readonly tags: string;
}

export interface AnkiNoteRow {
  readonly id: number;
  readonly guid: string;
  readonly mid: number;
  readonly mod: number;
  readonly usn: -1;
  /** Space-separated with a space on each side (`' tag1 tag2 '`), or empty. */
  readonly tags: string;
  /** The fields joined by U+001F. */
  readonly flds: string;
  /** The sort field without HTML. */
  readonly sfld: string;
  /** The first 8 hex digits of the SHA-1 of the first field without HTML, as a number. */
  readonly csum: number;
  readonly flags: 0;
  readonly data: '';
}

export interface AnkiCardRow {
  readonly id: number;
  readonly nid: number;
  readonly did: number;
  readonly ord: 0;
  readonly mod: number;
  readonly usn: -1;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  readonly type: number;
  /** 0 new, 1 (re)learning, 2 review, -1 suspended, -2 buried. */
  readonly queue: number;
  /** New: position; (re)learning: epoch seconds; review: day number from `crt`. */
  readonly due: number;
  /** Days. */
  readonly ivl: number;
  /** Ease in permille (2500 = 250 %); 0 for a new card. */
  readonly factor: number;
  readonly reps: number;
  readonly lapses: number;
  /** Learning steps left (today's in the thousands, all of them below). */
  readonly left: number;
  readonly odue: 0;
  readonly odid: 0;
  readonly flags: 0;
  /** FSRS memory state as Anki reads it: `{"s":…,"d":…,"dr":…,"decay":…}`. */
  readonly data: string;
}

export interface AnkiRevlogRow {
  /** The answer's time in milliseconds, unique in the table. */
  readonly id: number;
  readonly cid: number;
  readonly usn: -1;
  /** 1 Again … 4 Easy; 0 for a manual reschedule. */
  readonly ease: number;
  /** The interval the answer gave: days when positive, seconds when negative. */
  readonly ivl: number;
  readonly lastIvl: number;
  readonly factor: number;
  /** Milliseconds, at most 60 000. */
  readonly time: number;
  /** 0 learn, 1 review, 2 relearn, 4 manual. */
  readonly type: number;
}

export interface AnkiCollection {
  readonly col: AnkiColRow;
  readonly notes: readonly AnkiNoteRow[];
  readonly cards: readonly AnkiCardRow[];
  readonly revlog: readonly AnkiRevlogRow[];
}

/** A card of this app as the export reads it (a stored card record fits). */
export interface ExportCard extends FsrsCard {
  readonly id: string;
  readonly position: number;
  readonly kind: CardKind;
  readonly front: string;
  readonly back: string;
  readonly context: string;
  readonly tags?: readonly string[];
  readonly suspended: boolean;
  readonly buriedUntil: Date | null;
}

/** One answer as the export reads it (a stored review-log record fits). */
export interface ExportReview extends FsrsReviewLog {
  readonly cardId: string;
  readonly durationMs: number;
}

export interface ExportDeck {
  readonly id: string;
  readonly title: string;
  readonly description: string;
  readonly options: DeckOptions;
}

/** When the export happens and how days are counted (the deck's day start, the zone). */
export interface ExportClock {
  readonly now: Date;
  readonly dayStartHour: number;
  /** IANA zone; the host's when omitted. */
  readonly timeZone?: string;
}
