// @vitest-environment node
/**
 * Round trip: a studied deck → buildAnkiCollection → writeAnkiPackage → unzip → open the
 * SQLite file with sql.js again, and read back what Anki would: notes, cards, revlog, col JSON.
 */
import { unzipSync, strFromU8 } from 'fflate';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportCard, ExportReview } from '../../../src/domain/anki-export/anki-rows.ts';
import { buildAnkiCollection } from '../../../src/domain/anki-export/build-collection.ts';
import { DEFAULT_DECK_OPTIONS } from '../../../src/domain/scheduling/deck-options.ts';
import {
  Rating,
  State,
  answer,
  createScheduler,
  newCardState,
  type Grade,
} from '../../../src/domain/scheduling/scheduler.ts';
import { writeAnkiPackage } from '../../../src/features/decks/anki-export/write-package.ts';
import { readAnkiPackage } from '../../../src/domain/anki/anki-import-plan.ts';
import { replayedPlan } from '../../helpers/anki-replayed.ts';

let SQL: SqlJsStatic;
beforeAll(async () => {
  SQL = await initSqlJs();
});

const start = new Date('2026-03-01T09:00:00Z');
const now = new Date('2026-03-20T09:00:00Z');
const clock = { now, dayStartHour: 4, timeZone: 'UTC' };
const deck = {
  id: 'kpo-da',
  title: 'Outsourcing › KPO',
  description: 'KPO på dansk',
  options: DEFAULT_DECK_OPTIONS,
};

function card(index: number, overrides: Partial<ExportCard>): ExportCard {
  return {
    ...newCardState(start),
    id: `kpo-da:faq:${index}`,
    position: index,
    kind: 'faq',
    front: `Spørgsmål ${index}`,
    back: `Svar ${index}`,
    context: '',
    suspended: false,
    buriedUntil: null,
    ...overrides,
  };
}

/** Answers `grades` one day apart from `start` with the deck's scheduler. */
function study(base: ExportCard, grades: readonly Grade[]) {
  const scheduler = createScheduler(DEFAULT_DECK_OPTIONS);
  let current = base;
  const reviews: ExportReview[] = [];
  grades.forEach((grade, day) => {
    const at = new Date(start.getTime() + day * 86_400_000 + base.position * 1000);
    const { card: next, log } = answer(scheduler, current, grade, at);
    reviews.push({ ...log, cardId: base.id, durationMs: 5000 + day });
    current = { ...current, ...next };
  });
  return { card: current, reviews };
}

function rows(db: Database, sql: string): Record<string, unknown>[] {
  const [result] = db.exec(sql);
  if (result === undefined) return [];
  return result.values.map((values) =>
    Object.fromEntries(result.columns.map((column, i) => [column, values[i]])),
  );
}

async function exportDeck(cards: readonly ExportCard[], reviews: readonly ExportReview[]) {
  const collection = await buildAnkiCollection(deck, cards, reviews, clock);
  const files = unzipSync(writeAnkiPackage(SQL, collection));
  const anki2 = files['collection.anki2'];
  if (anki2 === undefined) throw new Error('no collection.anki2 in the package');
  return { files, db: new SQL.Database(anki2) };
}

describe('the .apkg of a studied deck', () => {
  const reviewed = study(card(0, { front: 'Hvad er KPO?', tags: ['kpo', 'week 1'] }), [
    Rating.Good,
    Rating.Good,
    Rating.Good,
    Rating.Again,
    Rating.Good,
  ]);
  const learning = study(
    card(1, { kind: 'highlight', front: 'KPO kræver _____.', back: 'eksperter' }),
    [Rating.Again],
  );
  const suspended = study(card(2, { suspended: true }), [Rating.Good, Rating.Good]);
  const fresh = card(3, { kind: 'list', front: 'Eksempler:\n• _____\n• F&U', back: 'Finans' });
  const cards = [reviewed.card, learning.card, suspended.card, fresh];
  const reviews = [...reviewed.reviews, ...learning.reviews, ...suspended.reviews];

  it('holds collection.anki2 and an empty media map', async () => {
    const { files } = await exportDeck(cards, reviews);
    expect(Object.keys(files).sort()).toEqual(['collection.anki2', 'media']);
    expect(strFromU8(files.media ?? new Uint8Array())).toBe('{}');
  });

  it('has one note per card with the right note type, fields, tags, sort field and checksum', async () => {
    const { db } = await exportDeck(cards, reviews);
    const models = JSON.parse(String(rows(db, 'select models from col')[0]?.models)) as Record<
      string,
      { name: string; flds: { name: string }[]; type: number }
    >;
    const nameOf = (mid: unknown) => models[String(mid)]?.name;
    const notes = rows(db, 'select * from notes order by id');
    expect(
      notes.map((note) => [nameOf(note.mid), note.flds, note.tags, note.sfld, note.guid]),
    ).toEqual([
      [
        'Deckwright Basic',
        'Hvad er KPO?\u001fSvar 0\u001f',
        ' kpo week_1 ',
        'Hvad er KPO?',
        'kpo-da:faq:0',
      ],
      [
        'Deckwright Cloze',
        'KPO kræver {{c1::eksperter}}.\u001f',
        '',
        'KPO kræver {{c1::eksperter}}.',
        'kpo-da:faq:1',
      ],
      ['Deckwright Basic', 'Spørgsmål 2\u001fSvar 2\u001f', '', 'Spørgsmål 2', 'kpo-da:faq:2'],
      [
        'Deckwright Cloze',
        'Eksempler:<br>• {{c1::Finans}}<br>• F&amp;U\u001f',
        '',
        'Eksempler:• {{c1::Finans}}• F&U',
        'kpo-da:faq:3',
      ],
    ]);
    // Anki's checksum of "Hvad er KPO?" (sha1 291d0bb3…).
    expect(notes[0]?.csum).toBe(0x291d0bb3);
    expect(Object.values(models).map((model) => [model.name, model.type])).toEqual([
      ['Deckwright Basic', 0],
      ['Deckwright Cloze', 1],
    ]);
  });

  it('carries each card’s state: type, queue, due, interval, reps, lapses and FSRS memory', async () => {
    const { db } = await exportDeck(cards, reviews);
    const [col] = rows(db, 'select crt from col');
    const crt = Number(col?.crt);
    expect(new Date(crt * 1000).toISOString()).toBe('2026-03-01T04:00:00.000Z');
    const ankiCards = rows(db, 'select * from cards order by id');
    expect(ankiCards.map(({ type, queue, reps, lapses }) => [type, queue, reps, lapses])).toEqual([
      [2, 2, 5, 1],
      [1, 1, 1, 0],
      [2, -1, 2, 0],
      [0, 0, 0, 0],
    ]);
    const [review, inLearning, , isNew] = ankiCards;
    const dueDay = Math.floor((reviewed.card.due.getTime() / 1000 - crt) / 86_400);
    expect(review?.due).toBe(dueDay);
    expect(inLearning?.due).toBe(Math.floor(learning.card.due.getTime() / 1000));
    expect(isNew?.due).toBe(4);
    expect(JSON.parse(String(review?.data))).toEqual({
      s: Math.round(reviewed.card.stability * 1000) / 1000,
      d: Math.round(reviewed.card.difficulty * 1000) / 1000,
      dr: 0.9,
      decay: expect.any(Number) as number,
    });
    expect(isNew?.data).toBe('{}');
    const decks = JSON.parse(String(rows(db, 'select decks from col')[0]?.decks)) as Record<
      string,
      { name: string; conf: number }
    >;
    const deckOfCards = decks[String(review?.did)];
    expect(deckOfCards?.name).toBe('Outsourcing::KPO');
    const presets = JSON.parse(String(rows(db, 'select dconf from col')[0]?.dconf)) as Record<
      string,
      { new: { delays: number[]; perDay: number }; desiredRetention: number }
    >;
    expect(presets[String(deckOfCards?.conf)]).toMatchObject({
      new: { delays: [1, 10], perDay: 20 },
      desiredRetention: 0.9,
    });
  });

  it('has one revlog row per answer, in time order, with grades, types and answer times', async () => {
    const { db } = await exportDeck(cards, reviews);
    const revlog = rows(db, 'select * from revlog order by id');
    const cardIds = rows(db, 'select id from cards order by id').map((row) => row.id);
    expect(revlog).toHaveLength(reviews.length);
    const expected = [...reviews]
      .sort((a, b) => a.review.getTime() - b.review.getTime())
      .map((log) => ({
        id: log.review.getTime(),
        cid: cardIds[Number(log.cardId.split(':')[2])],
        ease: log.rating,
        type: log.state === State.Review ? 1 : log.state === State.Relearning ? 2 : 0,
        time: log.durationMs,
      }));
    expect(revlog.map(({ id, cid, ease, type, time }) => ({ id, cid, ease, type, time }))).toEqual(
      expected,
    );
  });

  it('comes back whole through the Anki importer: cards, their states and every answer', async () => {
    const collection = await buildAnkiCollection(deck, cards, reviews, clock);
    const plan = replayedPlan(
      readAnkiPackage(SQL, writeAnkiPackage(SQL, collection), {
        now,
        takenDeckIds: new Set(),
        scheduler: createScheduler(DEFAULT_DECK_OPTIONS),
      }),
    );
    expect(plan.summary.decks.map((each) => each.title)).toEqual(['Outsourcing › KPO']);
    const byFront = new Map(plan.cards.map((each) => [each.front, each]));
    expect(byFront.get('Hvad er KPO?')).toMatchObject({
      back: 'Svar 0',
      tags: expect.arrayContaining(['kpo']) as unknown,
      state: reviewed.card.state,
      reps: reviewed.card.reps,
      lapses: reviewed.card.lapses,
      suspended: false,
    });
    expect(byFront.get('Spørgsmål 2')).toMatchObject({ suspended: true, reps: 2 });
    expect(plan.cards).toHaveLength(cards.length);
    const ratingsOf = (id: string | undefined) =>
      plan.reviews.filter((row) => row.cardId === id).map((row) => row.rating);
    expect(ratingsOf(byFront.get('Hvad er KPO?')?.id)).toEqual(
      reviewed.reviews.map((row) => row.rating),
    );
    expect(plan.reviews).toHaveLength(reviews.length);
  });

  it('exports a deck never studied with no revlog rows', async () => {
    const { db } = await exportDeck([card(0, {}), card(1, {})], []);
    expect(rows(db, 'select count(*) as n from revlog')[0]?.n).toBe(0);
    expect(rows(db, 'select type, queue, due from cards order by id')).toEqual([
      { type: 0, queue: 0, due: 1 },
      { type: 0, queue: 0, due: 2 },
    ]);
  });

  it('refuses an empty deck', async () => {
    await expect(buildAnkiCollection(deck, [], [], clock)).rejects.toThrow(
      'The deck has no cards to export.',
    );
  });
});

describe('the .apkg of a deck with pictures and sounds', () => {
  const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
  const MP3 = Uint8Array.from([0x49, 0x44, 0x33, 4, 0]);
  const cards = [
    card(0, { front: 'Flag of Denmark? [image:dk & co.png]', back: 'Danish [sound:dk.mp3]' }),
    card(1, { kind: 'highlight', front: 'The flag _____ is red.', back: '[image:dk & co.png]' }),
  ];
  const media = [
    { name: 'dk & co.png', bytes: PNG },
    { name: 'dk.mp3', bytes: MP3 },
  ];

  async function packageBytes() {
    return writeAnkiPackage(SQL, await buildAnkiCollection(deck, cards, [], clock), media);
  }

  it('numbers the files and names them in the media map; the fields hold Anki’s tags', async () => {
    const files = unzipSync(await packageBytes());
    expect(JSON.parse(strFromU8(files.media ?? new Uint8Array()))).toEqual({
      '0': 'dk & co.png',
      '1': 'dk.mp3',
    });
    expect([...(files['0'] ?? [])]).toEqual([...PNG]);
    expect([...(files['1'] ?? [])]).toEqual([...MP3]);
    const db = new SQL.Database(files['collection.anki2']);
    expect(rows(db, 'select flds, sfld from notes order by id')).toEqual([
      {
        flds: 'Flag of Denmark? <img src="dk &amp; co.png">\u001fDanish [sound:dk.mp3]\u001f',
        sfld: 'Flag of Denmark?  dk & co.png ',
      },
      {
        flds: 'The flag {{c1::<img src="dk &amp; co.png">}} is red.\u001f',
        sfld: 'The flag {{c1:: dk & co.png }} is red.',
      },
    ]);
  });

  it('keeps the pictures and sounds through the Anki importer', async () => {
    const plan = readAnkiPackage(SQL, await packageBytes(), {
      now,
      takenDeckIds: new Set(),
      scheduler: createScheduler(DEFAULT_DECK_OPTIONS),
    });
    expect(plan.cards.map((each) => [each.front, each.back])).toEqual([
      ['Flag of Denmark? [image:dk & co.png]', 'Danish [sound:dk.mp3]'],
      ['The flag _____ is red.', '[image:dk & co.png]'],
    ]);
    expect(plan.media.map((file) => [file.name, file.imageType, [...file.bytes]])).toEqual([
      ['dk & co.png', 'image/png', [...PNG]],
      ['dk.mp3', null, [...MP3]],
    ]);
  });
});
