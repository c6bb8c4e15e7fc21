/**
 * The JSON columns of Anki's `col` row (schema 11): collection settings, the two note types,
 * the decks and the deck options presets, with every key Anki requires when it reads them.
 */
import type { DeckOptions, LearningStep } from '../scheduling/deck-options.ts';
import type { NoteKind } from './note-fields.ts';

/** Fixed ids, so a deck exported twice reuses the note types Anki already has. */
export const NOTE_TYPE_IDS: Readonly<Record<NoteKind, number>> = {
  basic: 1_764_460_800_001,
  cloze: 1_764_460_800_002,
};
export const NOTE_TYPE_NAMES: Readonly<Record<NoteKind, string>> = {
  basic: 'Deckwright Basic',
  cloze: 'Deckwright Cloze',
};
export const NOTE_TYPE_FIELDS: Readonly<Record<NoteKind, readonly string[]>> = {
  basic: ['Front', 'Back', 'Context'],
  cloze: ['Text', 'Back Extra'],
};
/** Anki's own default deck and preset; a collection always has them. */
const DEFAULT_DECK_ID = 1;
const DEFAULT_PRESET_ID = 1;

const CSS = `.card {
  font-family: arial;
  font-size: 20px;
  line-height: 1.5;
  text-align: left;
  color: black;
  background-color: white;
}
.context {
  margin-top: 1em;
  font-size: 16px;
  color: #555;
}
.cloze {
  font-weight: bold;
  color: blue;
}
`;

const TEMPLATES: Readonly<Record<NoteKind, { name: string; qfmt: string; afmt: string }>> = {
  basic: {
    name: 'Card 1',
    qfmt: '{{Front}}',
    afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}\n{{#Context}}<div class="context">{{Context}}</div>{{/Context}}',
  },
  cloze: {
    name: 'Cloze',
    qfmt: '{{cloze:Text}}',
    afmt: '{{cloze:Text}}\n{{#Back Extra}}<div class="context">{{Back Extra}}</div>{{/Back Extra}}',
  },
};

function noteType(kind: NoteKind, deckId: number, modSecs: number) {
  return {
    id: NOTE_TYPE_IDS[kind],
    name: NOTE_TYPE_NAMES[kind],
    type: kind === 'cloze' ? 1 : 0,
    mod: modSecs,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [{ ...TEMPLATES[kind], ord: 0, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 }],
    flds: NOTE_TYPE_FIELDS[kind].map((name, ord) => ({
      name,
      ord,
      sticky: false,
      rtl: false,
      font: 'Arial',
      size: 20,
      media: [],
    })),
    css: CSS,
    latexPre:
      '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n',
    latexPost: '\\end{document}',
    latexsvg: false,
    // The front needs its first field (Front, or Text for a cloze).
    req: [[0, 'any', [0]]],
    tags: [],
    vers: [],
  };
}

/** The note types the notes use, keyed by id as Anki keeps them. */
export function modelsJson(kinds: ReadonlySet<NoteKind>, deckId: number, modSecs: number): string {
  const models: Record<string, unknown> = {};
  for (const kind of ['basic', 'cloze'] as const) {
    if (kinds.has(kind)) models[NOTE_TYPE_IDS[kind]] = noteType(kind, deckId, modSecs);
  }
  return JSON.stringify(models);
}

function deck(id: number, name: string, presetId: number, description: string, modSecs: number) {
  return {
    id,
    name,
    mod: modSecs,
    usn: -1,
    desc: description,
    dyn: 0,
    conf: presetId,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 0,
    extendRev: 0,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

/** Anki's deck name: this app shows subdecks as "A › B", Anki writes "A::B". */
export function ankiDeckName(title: string): string {
  return title
    .split('›')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join('::');
}

export function decksJson(
  deckId: number,
  title: string,
  description: string,
  presetId: number,
  modSecs: number,
): string {
  return JSON.stringify({
    [DEFAULT_DECK_ID]: deck(DEFAULT_DECK_ID, 'Default', DEFAULT_PRESET_ID, '', modSecs),
    [deckId]: deck(deckId, ankiDeckName(title), presetId, description, modSecs),
  });
}

/** A step as Anki's minutes: `10m` → 10, `1h` → 60, `1d` → 1440. */
export function stepMinutes(step: LearningStep): number {
  const amount = Number.parseInt(step, 10);
  if (step.endsWith('d')) return amount * 1440;
  if (step.endsWith('h')) return amount * 60;
  return amount;
}

function preset(id: number, name: string, options: DeckOptions, modSecs: number) {
  return {
    id,
    name,
    mod: modSecs,
    usn: -1,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: {
      bury: false,
      delays: options.learningSteps.map(stepMinutes),
      initialFactor: 2500,
      ints: [1, 4, 0],
      order: 1,
      perDay: options.newPerDay,
    },
    rev: {
      bury: false,
      ease4: 1.3,
      ivlFct: 1,
      maxIvl: options.maximumIntervalDays,
      perDay: options.reviewsPerDay,
      hardFactor: 1.2,
    },
    lapse: {
      delays: options.relearningSteps.map(stepMinutes),
      leechAction: 1,
      leechFails: 8,
      minInt: 1,
      mult: 0,
    },
    desiredRetention: options.desiredRetention,
    // FSRS-6's 21 parameters, under the key current Anki reads them from; empty = Anki's defaults.
    fsrsParams6: options.fsrsParameters?.weights ?? [],
  };
}

export function presetsJson(
  presetId: number,
  name: string,
  options: DeckOptions,
  defaults: DeckOptions,
  modSecs: number,
): string {
  return JSON.stringify({
    [DEFAULT_PRESET_ID]: preset(DEFAULT_PRESET_ID, 'Default', defaults, modSecs),
    [presetId]: preset(presetId, name, options, modSecs),
  });
}

/** Collection settings: the v2 scheduler (so Anki does not convert the cards) and the day start. */
export function confJson(deckId: number, modelId: number, nextPos: number, rollover: number) {
  return JSON.stringify({
    activeDecks: [deckId],
    curDeck: deckId,
    curModel: modelId,
    nextPos,
    newSpread: 0,
    collapseTime: 1200,
    timeLim: 0,
    estTimes: true,
    dueCounts: true,
    sortType: 'noteFld',
    sortBackwards: false,
    addToCur: true,
    newBury: true,
    dayLearnFirst: false,
    schedVer: 2,
    rollover,
  });
}
