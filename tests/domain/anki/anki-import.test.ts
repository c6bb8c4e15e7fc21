// @vitest-environment node
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SqlJsStatic } from 'sql.js';
import { readAnkiPackage } from '../../../src/domain/anki/anki-import-plan.ts';
import {
  AnkiPackageError,
  type AnkiPackageProblem,
} from '../../../src/domain/anki/anki-package.ts';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import { replayLog } from '../../../src/domain/scheduling/replay-log.ts';
import { createScheduler, Rating, State } from '../../../src/domain/scheduling/scheduler.ts';
import {
  BASIC,
  BASIC_REVERSED,
  buildAnkiPackage,
  buildCollection,
  CLOZE,
  IMAGE_OCCLUSION,
  loadSqlJs,
  OPTIONAL_REVERSED,
  SCRIPTED_SVG,
  TINY_PNG,
  TYPE_IN,
  type PackageFormat,
  type TestCollection,
} from '../../helpers/anki-package.ts';
import { replayedPlan, type ReplayedPlan } from '../../helpers/anki-replayed.ts';
import { FIXED_NOW } from '../../helpers/fixed-clock.ts';

const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);
const DAY = 86_400_000;
const start = FIXED_NOW.getTime() - 30 * DAY;

/** One note of each stock note type, in two decks, with history, flags and a hostile field. */
const COLLECTION: TestCollection = {
  decks: [
    { id: 1, name: 'Default' },
    {
      id: 2,
      name: 'Languages::Danish',
      limits: {
        newPerDay: 15,
        reviewsPerDay: 150,
        desiredRetention: 0.85,
      },
    },
    {
      id: 3,
      name: 'Music::1/ Easy',
      limits: {
        newPerDay: 50_000,
        reviewsPerDay: 300,
        learnSteps: [0.5, 10, 90, 1440],
        relearnSteps: [],
        maximumIntervalDays: 3650,
      },
    },
  ],
  noteTypes: [BASIC, BASIC_REVERSED, OPTIONAL_REVERSED, TYPE_IN, CLOZE, IMAGE_OCCLUSION],
  notes: [
    { id: 10, noteTypeId: BASIC.id, fields: ['hund', 'dog<br>(animal)'], tags: ['animals', 'da'] },
    { id: 11, noteTypeId: BASIC_REVERSED.id, fields: ['kat', 'cat'] },
    { id: 12, noteTypeId: OPTIONAL_REVERSED.id, fields: ['hest', 'horse', 'y'] },
    { id: 13, noteTypeId: OPTIONAL_REVERSED.id, fields: ['ko', 'cow', ''] },
    { id: 14, noteTypeId: TYPE_IN.id, fields: ['fugl', 'bird'] },
    {
      id: 15,
      noteTypeId: CLOZE.id,
      fields: ['{{c1::København}} is the capital of {{c2::Denmark::country}}.', 'Since 1443'],
    },
    {
      id: 16,
      noteTypeId: BASIC.id,
      fields: [
        'Safe?<img src="x.png" onerror="alert(1)"><script>alert(2)</script>',
        '<b>yes</b> &amp; sound[sound:yes.mp3]',
      ],
    },
    {
      id: 17,
      noteTypeId: IMAGE_OCCLUSION.id,
      fields: [
        '{{c1::image-occlusion:rect:left=.1:top=.1:width=.2:height=.2:oi=1}}',
        '<img src="x.png">',
        '',
      ],
    },
    { id: 18, noteTypeId: BASIC.id, fields: ['do', 'C'] },
  ],
  cards: [
    { id: 100, noteId: 10, deckId: 2, ord: 0, type: 2, flags: 1 },
    { id: 110, noteId: 11, deckId: 2, ord: 0, type: 0, queue: -1 },
    { id: 111, noteId: 11, deckId: 2, ord: 1, type: 0, queue: -3 },
    { id: 120, noteId: 12, deckId: 2, ord: 0, flags: 6 },
    { id: 121, noteId: 12, deckId: 2, ord: 1 },
    { id: 130, noteId: 13, deckId: 2, ord: 0 },
    { id: 131, noteId: 13, deckId: 2, ord: 1 },
    { id: 140, noteId: 14, deckId: 1, ord: 0 },
    { id: 150, noteId: 15, deckId: 1, ord: 0, type: 1 },
    { id: 151, noteId: 15, deckId: 1, ord: 1 },
    { id: 160, noteId: 16, deckId: 1, ord: 0, type: 0 },
    { id: 170, noteId: 17, deckId: 1, ord: 0 },
    { id: 180, noteId: 18, deckId: 3, ord: 0 },
  ],
  revlog: [
    { id: start, cardId: 100, ease: 3, type: 0 },
    { id: start + 600_000, cardId: 100, ease: 3, type: 0 },
    { id: start + 2 * DAY, cardId: 100, ease: 0, type: 4 },
    { id: start + 3 * DAY, cardId: 100, ease: 1, type: 1 },
    { id: start + 3 * DAY + 1, cardId: 100, ease: 3, type: 5 },
    { id: start + 4 * DAY, cardId: 150, ease: 2, type: 0 },
    { id: start + 4 * DAY + 1, cardId: 160, ease: 3, type: 0 },
    { id: start + 5 * DAY, cardId: 999, ease: 3, type: 1 },
  ],
  media: {
    'x.png': TINY_PNG,
    'yes.mp3': new Uint8Array([0x49, 0x44, 0x33]),
    'unused.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
  },
};

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await loadSqlJs();
});

function plan(bytes: Uint8Array, taken: string[] = []): ReplayedPlan {
  return replayedPlan(
    readAnkiPackage(SQL, bytes, { now: FIXED_NOW, takenDeckIds: new Set(taken), scheduler }),
  );
}

function problemOf(bytes: Uint8Array): AnkiPackageProblem {
  try {
    plan(bytes);
  } catch (error) {
    if (error instanceof AnkiPackageError) return error.problem;
    throw error;
  }
  throw new Error('the package was accepted');
}

describe.each<PackageFormat>(['legacy', 'latest'])('readAnkiPackage, %s format', (format) => {
  let result: ReplayedPlan;
  beforeAll(async () => {
    result = plan(await buildAnkiPackage(COLLECTION, format), ['languages-danish']);
  });

  it('makes one deck per Anki deck, titled by its path, with a free id', () => {
    expect(result.summary.decks.map(({ id, title, cards }) => ({ id, title, cards }))).toEqual([
      { id: 'languages-danish-2', title: 'Languages › Danish', cards: 6 },
      { id: 'default', title: 'Default', cards: 4 },
      { id: 'music-1-easy', title: 'Music › 1/ Easy', cards: 1 },
    ]);
  });

  it.each([
    // [Anki card id, kind, front, back, context]
    [100, 'definition', 'hund', 'dog\n(animal)', ''],
    [110, 'definition', 'kat', 'cat', ''],
    [111, 'definition', 'cat', 'kat', ''],
    [120, 'definition', 'hest', 'horse', ''],
    [121, 'definition', 'horse', 'hest', ''],
    [130, 'definition', 'ko', 'cow', ''],
    [140, 'definition', 'fugl', 'bird', ''],
    [
      150,
      'highlight',
      '_____ is the capital of Denmark.',
      'København',
      'København is the capital of Denmark.\nSince 1443',
    ],
    [
      151,
      'highlight',
      'København is the capital of _____ (country).',
      'Denmark',
      'København is the capital of Denmark.\nSince 1443',
    ],
    [160, 'definition', 'Safe?[image:x.png]', 'yes & sound[sound:yes.mp3]', ''],
  ])('renders card %i as a %s card', (ankiId, kind, front, back, context) => {
    const card = result.cards.find((candidate) => candidate.id.endsWith(`:${ankiId.toString(36)}`));
    expect(
      card && { kind: card.kind, front: card.front, back: card.back, context: card.context },
    ).toEqual({ kind, front, back, context });
  });

  it('leaves out the optional reverse card whose field is empty', () => {
    expect(result.summary.cards).toBe(11);
    expect(result.cards.some((card) => card.id.endsWith(':3n'))).toBe(false);
  });

  it('takes each deck’s limits, retention, steps and maximum interval from its Anki preset', () => {
    const defaults = { maximumIntervalDays: 36_500, learningSteps: ['1m', '10m'] };
    expect(result.summary.decks.map((deck) => [deck.id, deck.options])).toEqual([
      [
        'languages-danish-2',
        {
          newPerDay: 15,
          reviewsPerDay: 150,
          desiredRetention: 0.85,
          ...defaults,
          relearningSteps: ['10m'],
        },
      ],
      // Anki's Default preset is not in the package: this app's defaults.
      [
        'default',
        {
          newPerDay: 20,
          reviewsPerDay: 200,
          desiredRetention: 0.9,
          ...defaults,
          relearningSteps: ['10m'],
        },
      ],
      // Over this app's bound (9,999 new cards a day) and no retention (before FSRS): defaults.
      [
        'music-1-easy',
        {
          newPerDay: 20,
          reviewsPerDay: 300,
          desiredRetention: 0.9,
          maximumIntervalDays: 3650,
          // Half a minute is rounded up to a minute (ts-fsrs has no seconds); 90 minutes stay.
          learningSteps: ['1m', '10m', '90m', '1d'],
          relearningSteps: [],
        },
      ],
    ]);
  });

  it('keeps tags, flags (as flag:colour tags), suspended and buried cards', () => {
    const [hund, kat, katReversed, hest] = result.cards;
    expect(hund?.tags).toEqual(['animals', 'da', 'flag:red']);
    expect(hest?.tags).toEqual(['flag:turquoise']);
    expect(kat?.tags).toEqual([]);
    expect([kat?.suspended, kat?.buried, katReversed?.suspended, katReversed?.buried]).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect([result.summary.suspended, result.summary.buried]).toEqual([1, 1]);
  });

  it('replays the answers (ease 1–4) into the FSRS state and log, skipping manual entries', () => {
    const hund = result.cards[0];
    const logs = result.reviews.filter((review) => review.cardId === hund?.id);
    expect(logs.map((log) => [log.rating, log.state, log.review.getTime()])).toEqual([
      [Rating.Good, State.New, start],
      [Rating.Good, State.Learning, start + 600_000],
      [Rating.Again, State.Review, start + 3 * DAY],
    ]);
    expect([hund?.reps, hund?.lapses, hund?.state]).toEqual([3, 1, State.Relearning]);
    expect(hund && replayLog(scheduler, hund.id, logs)?.reps).toBe(3);
    expect(logs[0]?.durationMs).toBe(5000);
  });

  it('imports a cloze card learning and a forgotten card as new without its answers', () => {
    const cloze = result.cards.find((card) => card.front.startsWith('_____'));
    expect([cloze?.state, cloze?.reps]).toEqual([State.Learning, 1]);
    const forgotten = result.cards.find((card) => card.front.startsWith('Safe?'));
    expect([forgotten?.state, forgotten?.reps, forgotten?.due]).toEqual([State.New, 0, FIXED_NOW]);
    expect(result.summary.reviews).toBe(4);
    expect(result.summary.newCards).toBe(9);
  });

  it('says what is skipped and why, and lists the note types and media', () => {
    expect(result.summary.skipped).toEqual(
      expect.arrayContaining([
        { reason: 'emptyFront', count: 1 },
        { reason: 'imageOcclusion', count: 1 },
        { reason: 'manualEntries', count: 2 },
        { reason: 'resetAnswers', count: 1 },
        { reason: 'orphanReviews', count: 1 },
      ]),
    );
    expect(result.summary.noteTypes).toContainEqual({
      name: 'Cloze',
      cloze: true,
      notes: 1,
      cards: 2,
    });
    expect(result.summary.noteTypes).toContainEqual({
      name: 'Basic (optional reversed card)',
      cloze: false,
      notes: 2,
      cards: 3,
    });
    expect(result.summary.media).toEqual({
      images: 1,
      files: 1,
      missing: [],
      unused: ['unused.jpg'],
    });
  });

  it('keeps the files the cards use, pictures typed by their bytes', () => {
    expect(
      result.media.map(({ deckId, name, imageType, bytes }) => [
        deckId,
        name,
        imageType,
        [...bytes],
      ]),
    ).toEqual([
      ['default', 'x.png', 'image/png', [...TINY_PNG]],
      ['default', 'yes.mp3', null, [0x49, 0x44, 0x33]],
    ]);
  });
});

describe.each<PackageFormat>(['legacy', 'latest'])('media of a %s package', (format) => {
  const pictures: TestCollection = {
    decks: [{ id: 1, name: 'Flags' }],
    noteTypes: [BASIC],
    notes: [
      { id: 1, noteTypeId: BASIC.id, fields: ["<img src='dk.png'>", 'Denmark'] },
      { id: 2, noteTypeId: BASIC.id, fields: ['<img src=gone.png>', 'Sweden'] },
      { id: 3, noteTypeId: BASIC.id, fields: ['Drawing <img src="map.svg">', 'Norway'] },
      { id: 4, noteTypeId: BASIC.id, fields: ['[sound:only.mp3]', 'Finland'] },
    ],
    cards: [1, 2, 3, 4].map((id) => ({ id, noteId: id, deckId: 1, ord: 0 })),
    revlog: [],
    media: { 'dk.png': TINY_PNG, 'map.svg': SCRIPTED_SVG, 'only.mp3': new Uint8Array([1]) },
  };
  let result: ReplayedPlan;
  beforeAll(async () => {
    result = plan(await buildAnkiPackage(pictures, format));
  });

  it('keeps an image-only question as its picture, and leaves out a sound-only one', () => {
    expect(result.cards.map((card) => card.front)).toEqual([
      '[image:dk.png]',
      '[image:gone.png]',
      'Drawing [image:map.svg]',
    ]);
    expect(result.summary.skipped).toEqual([{ reason: 'emptyFront', count: 1 }]);
  });

  it('stores the PNG as a picture and the SVG as a file, and names the missing one', () => {
    expect(result.media.map((file) => [file.name, file.imageType])).toEqual([
      ['dk.png', 'image/png'],
      ['map.svg', null],
    ]);
    expect(result.summary.media).toEqual({
      images: 1,
      files: 1,
      missing: ['gone.png'],
      unused: ['only.mp3'],
    });
  });
});

describe('readAnkiPackage refuses what it cannot read', () => {
  const oneNote: TestCollection = {
    decks: [{ id: 1, name: 'Default' }],
    noteTypes: [BASIC],
    notes: [{ id: 1, noteTypeId: BASIC.id, fields: ['a', 'b'] }],
    cards: [{ id: 1, noteId: 1, deckId: 1, ord: 0 }],
    revlog: [],
  };

  it.each<[string, () => Promise<Uint8Array>, AnkiPackageProblem]>([
    [
      'a text file',
      () => Promise.resolve(new TextEncoder().encode('front,back')),
      { code: 'notZip' },
    ],
    [
      'a zip without a collection',
      () => Promise.resolve(zipSync({ 'notes.txt': new Uint8Array([1]) })),
      { code: 'notAnki' },
    ],
    [
      'a cut-off package',
      async () => (await buildAnkiPackage(oneNote, 'legacy')).slice(0, 300),
      { code: 'damaged', part: 'zip' },
    ],
    [
      'a collection that is not SQLite',
      () =>
        Promise.resolve(zipSync({ 'collection.anki2': new TextEncoder().encode('x'.repeat(200)) })),
      { code: 'damaged', part: 'collection' },
    ],
    [
      'a damaged zstd collection',
      () =>
        Promise.resolve(
          zipSync({ 'collection.anki21b': new Uint8Array([0x28, 0xb5, 0x2f, 0xfd, 9]) }),
        ),
      { code: 'damaged', part: 'collection.anki21b' },
    ],
    [
      'an unknown schema',
      async () => {
        const SQLite = await loadSqlJs();
        const db = new SQLite.Database(await buildCollection(oneNote, 'legacy'));
        db.run('UPDATE col SET ver = 99');
        return zipSync({ 'collection.anki2': db.export() });
      },
      { code: 'unknownSchema', version: 99 },
    ],
    [
      'a package with no notes',
      () => buildAnkiPackage({ ...oneNote, notes: [], cards: [] }, 'latest'),
      { code: 'noNotes' },
    ],
  ])('%s', async (_name, bytes, problem) => {
    expect(problemOf(await bytes())).toEqual(problem);
  });
});

describe.each<PackageFormat>(['legacy', 'latest'])(
  'a %s package’s FSRS options and parameters',
  (format) => {
    // FSRS-6 parameters as an optimizer might fit them (each inside ts-fsrs's bounds).
    const FITTED_6 = [
      1.2, 2.5, 6.1, 20.4, 6.4, 0.83, 2.1, 0.012, 1.4, 0.18, 0.9, 1.6, 0.07, 0.31, 1.7, 0.5, 2.1,
      0.4, 0.2, 0.12, 0.2,
    ];
    // FSRS-4.5's defaults: 17 parameters, which ts-fsrs migrates to 21.
    const FSRS_45 = [
      0.4072, 1.1829, 3.1262, 15.4722, 7.2102, 0.5316, 1.0651, 0.0234, 1.616, 0.1544, 1.0824,
      1.9813, 0.0953, 0.2975, 2.2042, 0.2407, 2.9466,
    ];
    // FSRS-5 parameters with an initial difficulty (w4) of 50, far outside ts-fsrs's 1–10.
    const OUT_OF_RANGE_5 = [...FSRS_45.slice(0, 4), 50, ...FSRS_45.slice(5), 0.5, 0.2];
    const studied = (id: number, deckId: number) => ({ id, noteId: id, deckId, ord: 0, type: 2 });
    // The same answers for every card, a millisecond apart (a revlog row's id is its time).
    const answers = (cardId: number) =>
      [0, 600_000, 3 * DAY, 12 * DAY].map((at, index) => ({
        id: start + at + cardId,
        cardId,
        ease: 3,
        type: index < 2 ? 0 : 1,
      }));
    const collection: TestCollection = {
      decks: [
        {
          id: 1,
          name: 'Fitted',
          limits: {
            newPerDay: 20,
            reviewsPerDay: 200,
            desiredRetention: 0.8,
            fsrs: { key: 'fsrsParams6', params: FITTED_6 },
          },
        },
        { id: 2, name: 'Plain' },
        {
          id: 3,
          name: 'Old',
          limits: {
            newPerDay: 20,
            reviewsPerDay: 200,
            fsrs: { key: 'fsrsWeights', params: FSRS_45 },
          },
        },
        {
          id: 4,
          name: 'Broken',
          limits: {
            newPerDay: 20,
            reviewsPerDay: 200,
            fsrs: { key: 'fsrsParams5', params: OUT_OF_RANGE_5 },
          },
        },
        { id: 5, name: 'Stepless', limits: { newPerDay: 20, reviewsPerDay: 200, learnSteps: [] } },
      ],
      noteTypes: [BASIC],
      notes: [1, 2, 3, 4, 5].map((id) => ({
        id,
        noteTypeId: BASIC.id,
        fields: [`q${id}`, `a${id}`],
      })),
      cards: [studied(1, 1), studied(2, 2), studied(3, 3), studied(4, 4), studied(5, 5)],
      revlog: [1, 2, 3, 4, 5].flatMap(answers),
    };
    let result: ReplayedPlan;
    beforeAll(async () => {
      result = plan(await buildAnkiPackage(collection, format));
    });
    const deck = (title: string) => result.summary.decks.find((each) => each.title === title);
    const card = (deckTitle: string) =>
      result.cards.find((each) => each.deckId === deck(deckTitle)?.id);

    it('brings a preset’s valid FSRS-6 parameters over as the deck’s, counted on its answers', () => {
      expect(deck('Fitted')?.options.fsrsParameters).toEqual({
        weights: FITTED_6,
        fittedAt: FIXED_NOW.toISOString(),
        reviewCount: 4,
      });
      expect(deck('Fitted')?.fsrsParamsIgnored).toBe(false);
    });

    it('migrates FSRS-4.5’s 17 parameters to the 21 ts-fsrs takes', () => {
      const weights = deck('Old')?.options.fsrsParameters?.weights ?? [];
      expect(weights).toHaveLength(21);
      expect(weights.slice(0, 4)).toEqual(FSRS_45.slice(0, 4));
    });

    it('leaves out parameters ts-fsrs does not take, and says so; none at all is no remark', () => {
      expect(deck('Broken')?.options.fsrsParameters).toBeUndefined();
      expect(deck('Broken')?.fsrsParamsIgnored).toBe(true);
      expect(deck('Plain')?.options.fsrsParameters).toBeUndefined();
      expect(deck('Plain')?.fsrsParamsIgnored).toBe(false);
    });

    it('replays each deck’s answers with its own learning steps', () => {
      const statesOf = (deckTitle: string) =>
        result.reviews.filter((log) => log.cardId === card(deckTitle)?.id).map((log) => log.state);
      // No learning steps: the first Good makes a review card at once.
      expect(deck('Stepless')?.options.learningSteps).toEqual([]);
      expect(statesOf('Stepless')).toEqual([State.New, State.Review, State.Review, State.Review]);
      expect(statesOf('Plain')).toEqual([State.New, State.Learning, State.Review, State.Review]);
    });

    it('replays each deck’s answers with its own retention and parameters, not the defaults', () => {
      const fitted = card('Fitted');
      const plain = card('Plain');
      const logsOf = (id: string | undefined) => result.reviews.filter((log) => log.cardId === id);
      const withOptions = createScheduler({ ...DEFAULT_DECK_OPTIONS, ...deck('Fitted')?.options });
      expect(fitted && replayLog(withOptions, fitted.id, logsOf(fitted.id))?.due).toEqual(
        fitted?.due,
      );
      expect(fitted && replayLog(scheduler, fitted.id, logsOf(fitted.id))?.due).not.toEqual(
        fitted?.due,
      );
      expect(fitted?.stability).not.toBeCloseTo(plain?.stability ?? 0, 3);
      expect(plain && replayLog(scheduler, plain.id, logsOf(plain.id))?.due).toEqual(plain?.due);
    });
  },
);
