/**
 * Reads what the import needs from an Anki collection (a SQLite file) with sql.js: note types
 * with their fields and card templates, deck names, notes, cards and the review log.
 *
 * Schema 11 (legacy packages) keeps note types and decks as JSON in the `col` row; schema 15–18
 * (current packages) keeps them in tables, with the note type's kind and the templates' formats
 * as protobuf, and deck names joined by `\x1f` instead of `::`. Schema 18 declares its name
 * columns `COLLATE unicase`, a collation Anki registers in Rust and sql.js cannot (its JS API has
 * `create_function` but no collations): SQLite only needs a collation to compare or sort such a
 * column, so every query here reads whole tables without `WHERE`, `ORDER BY` or `GROUP BY` on a
 * name column and sorts in JavaScript.
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { AnkiPackageError } from './anki-package.ts';
import { bytesFields, floatsField, numberField, readMessage, stringField } from './protobuf.ts';

export interface AnkiTemplate {
  readonly ord: number;
  readonly name: string;
  readonly question: string;
  readonly answer: string;
}

export interface AnkiNoteType {
  readonly id: number;
  readonly name: string;
  readonly cloze: boolean;
  readonly fields: readonly string[];
  readonly templates: readonly AnkiTemplate[];
}

export interface AnkiNote {
  readonly id: number;
  readonly noteTypeId: number;
  readonly tags: readonly string[];
  readonly fields: readonly string[];
}

export interface AnkiCard {
  readonly id: number;
  readonly noteId: number;
  /** The card's home deck (a card in a filtered deck counts in its original one). */
  readonly deckId: number;
  readonly ord: number;
  /** 0 new, 1 learning, 2 review, 3 relearning. */
  readonly type: number;
  /** -3/-2 buried, -1 suspended, ≥ 0 in a study queue. */
  readonly queue: number;
  /** The flag's colour: 0 none, 1 red, 2 orange, 3 green, 4 blue, 5 pink, 6 turquoise, 7 purple. */
  readonly flag: number;
}

/** What a deck's options preset holds that this app has too, unchecked. */
export interface AnkiDeckLimits {
  readonly newPerDay: number;
  readonly reviewsPerDay: number;
  /** Learning and relearning steps in minutes (fractions for seconds); `null` when not set. */
  readonly learnSteps: readonly number[] | null;
  readonly relearnSteps: readonly number[] | null;
  /** `null` when not set. */
  readonly maximumIntervalDays: number | null;
  /** Set when the preset has one (Anki 23.10+, FSRS). */
  readonly desiredRetention: number | null;
  /**
   * The preset's FSRS parameters as Anki stores them (FSRS-6's if set, else FSRS-5's, else
   * FSRS-4.5's), unchecked; `null` when it has none (never optimized, or before FSRS).
   */
  readonly fsrsParams: readonly number[] | null;
}

/** The review log by columns (a million rows as objects would hold ~100 MB), ordered by card, then time. */
export interface AnkiRevlog {
  readonly length: number;
  readonly cardId: Float64Array;
  /** Milliseconds since the epoch (the row's id). */
  readonly time: Float64Array;
  /** 1–4 for answers, 0 for manual entries. */
  readonly ease: Uint8Array;
  /** 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled. */
  readonly type: Uint8Array;
  readonly durationMs: Uint32Array;
}

export interface AnkiCollection {
  readonly schema: number;
  readonly noteTypes: ReadonlyMap<number, AnkiNoteType>;
  /** Deck names with `::` between levels, by id. */
  readonly decks: ReadonlyMap<number, string>;
  /** Each normal deck's options preset, by deck id (absent for a deck without a readable one). */
  readonly deckLimits: ReadonlyMap<number, AnkiDeckLimits>;
  readonly notes: ReadonlyMap<number, AnkiNote>;
  readonly cards: readonly AnkiCard[];
  readonly revlog: AnkiRevlog;
}

/** Schema versions this reader knows: 11 (JSON in `col`) and 15–18 (tables, protobuf). */
const LEGACY_SCHEMA = 11;
const TABLE_SCHEMAS = { from: 15, to: 18 };

function rows(db: Database, sql: string): SqlValue[][] {
  return db.exec(sql)[0]?.values ?? [];
}

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const blob = (value: SqlValue | undefined): Uint8Array =>
  value instanceof Uint8Array ? value : new Uint8Array();

interface LegacyModel {
  name?: unknown;
  type?: unknown;
  flds?: { name?: unknown; ord?: unknown }[];
  tmpls?: { name?: unknown; ord?: unknown; qfmt?: unknown; afmt?: unknown }[];
}

function legacyNoteTypes(json: string): Map<number, AnkiNoteType> {
  const models = JSON.parse(json) as Record<string, LegacyModel>;
  const types = new Map<number, AnkiNoteType>();
  for (const [id, model] of Object.entries(models)) {
    const fields = [...(model.flds ?? [])]
      .sort((a, b) => Number(a.ord) - Number(b.ord))
      .map((field) => str(field.name));
    const templates = (model.tmpls ?? []).map((template) => ({
      ord: Number(template.ord ?? 0),
      name: str(template.name),
      question: str(template.qfmt),
      answer: str(template.afmt),
    }));
    types.set(Number(id), {
      id: Number(id),
      name: str(model.name),
      cloze: model.type === 1,
      fields,
      templates,
    });
  }
  return types;
}

function legacyDecks(json: string): Map<number, string> {
  const decks = JSON.parse(json) as Record<string, { name?: unknown }>;
  return new Map(Object.entries(decks).map(([id, deck]) => [Number(id), str(deck.name)]));
}

interface LegacyConfig {
  new?: { perDay?: unknown; delays?: unknown };
  lapse?: { delays?: unknown };
  rev?: { perDay?: unknown; maxIvl?: unknown };
  desiredRetention?: unknown;
  fsrsParams6?: unknown;
  fsrsParams5?: unknown;
  fsrsWeights?: unknown;
}

/** The first non-empty list of parameters, newest FSRS version first; `null` when none is set. */
function newestParams(candidates: readonly unknown[]): readonly number[] | null {
  const found = candidates.find((value) => Array.isArray(value) && value.length > 0);
  if (!Array.isArray(found)) return null;
  return found.map((value) => (typeof value === 'number' ? value : Number.NaN));
}

/** A legacy preset's steps (minutes); `null` when it has no list. */
function legacySteps(value: unknown): readonly number[] | null {
  if (!Array.isArray(value)) return null;
  return value.map((step) => (typeof step === 'number' ? step : Number.NaN));
}

/** A legacy preset's number; `null` when it has none. */
const legacyNumber = (value: unknown) => (typeof value === 'number' ? value : null);

/** A protobuf float (single precision) as the decimal it was written as. */
const fromFloat32 = (value: number) => Math.round(value * 1e6) / 1e6;

function legacyDeckLimits(decksJson: string, configJson: string): Map<number, AnkiDeckLimits> {
  const decks = JSON.parse(decksJson) as Record<string, { conf?: unknown }>;
  const configs = JSON.parse(configJson || '{}') as Record<string, LegacyConfig>;
  const limits = new Map<number, AnkiDeckLimits>();
  for (const [id, deck] of Object.entries(decks)) {
    const config = configs[String(deck.conf)];
    if (config === undefined) continue;
    const { desiredRetention } = config;
    limits.set(Number(id), {
      newPerDay: num(config.new?.perDay),
      reviewsPerDay: num(config.rev?.perDay),
      learnSteps: legacySteps(config.new?.delays),
      relearnSteps: legacySteps(config.lapse?.delays),
      maximumIntervalDays: legacyNumber(config.rev?.maxIvl),
      desiredRetention: typeof desiredRetention === 'number' ? desiredRetention : null,
      fsrsParams: newestParams([config.fsrsParams6, config.fsrsParams5, config.fsrsWeights]),
    });
  }
  return limits;
}

function tableNoteTypes(db: Database): Map<number, AnkiNoteType> {
  const fields = new Map<number, { ord: number; name: string }[]>();
  for (const [ntid, ord, name] of rows(db, 'SELECT ntid, ord, name FROM fields')) {
    const list = fields.get(num(ntid)) ?? [];
    list.push({ ord: num(ord), name: str(name) });
    fields.set(num(ntid), list);
  }
  const templates = new Map<number, AnkiTemplate[]>();
  for (const [ntid, ord, name, config] of rows(
    db,
    'SELECT ntid, ord, name, config FROM templates',
  )) {
    // Template.Config: 1 q_format, 2 a_format.
    const message = readMessage(blob(config));
    const list = templates.get(num(ntid)) ?? [];
    list.push({
      ord: num(ord),
      name: str(name),
      question: stringField(message, 1),
      answer: stringField(message, 2),
    });
    templates.set(num(ntid), list);
  }
  const types = new Map<number, AnkiNoteType>();
  for (const [id, name, config] of rows(db, 'SELECT id, name, config FROM notetypes')) {
    // Notetype.Config: 1 kind (0 normal, 1 cloze).
    const kind = numberField(readMessage(blob(config)), 1);
    types.set(num(id), {
      id: num(id),
      name: str(name),
      cloze: kind === 1,
      fields: (fields.get(num(id)) ?? []).sort((a, b) => a.ord - b.ord).map((field) => field.name),
      templates: templates.get(num(id)) ?? [],
    });
  }
  return types;
}

function tableDecks(db: Database): Map<number, string> {
  return new Map(
    rows(db, 'SELECT id, name FROM decks').map(([id, name]) => [
      num(id),
      str(name).split('\x1f').join('::'),
    ]),
  );
}

/** Schema 18: a deck's `kind` names its preset, the `deck_config` table holds the presets. */
function tableDeckLimits(db: Database): Map<number, AnkiDeckLimits> {
  const presets = new Map<number, AnkiDeckLimits>();
  for (const [id, config] of rows(db, 'SELECT id, config FROM deck_config')) {
    // DeckConfig.Config: 1 learn_steps and 2 relearn_steps (packed floats, minutes),
    // 9 new_per_day, 10 reviews_per_day, 16 maximum_review_interval, 37 desired_retention
    // (float), FSRS parameters as packed floats: 6 fsrs_params_6, 5 fsrs_params_5,
    // 3 fsrs_params_4. Protobuf leaves out zeros and empty lists: no steps is an empty list,
    // no maximum interval is 0.
    const fields = readMessage(blob(config));
    const retention = numberField(fields, 37);
    const maximumInterval = numberField(fields, 16);
    const params = [6, 5, 3].map((field) => floatsField(fields, field).map(fromFloat32));
    presets.set(num(id), {
      newPerDay: numberField(fields, 9),
      reviewsPerDay: numberField(fields, 10),
      learnSteps: floatsField(fields, 1).map(fromFloat32),
      relearnSteps: floatsField(fields, 2).map(fromFloat32),
      maximumIntervalDays: maximumInterval > 0 ? maximumInterval : null,
      desiredRetention: retention > 0 ? Math.round(retention * 1000) / 1000 : null,
      fsrsParams: newestParams(params),
    });
  }
  const limits = new Map<number, AnkiDeckLimits>();
  for (const [id, kind] of rows(db, 'SELECT id, kind FROM decks')) {
    // Deck.KindContainer: 1 normal; Deck.Normal: 1 config_id (a filtered deck has none).
    const normal = bytesFields(readMessage(blob(kind)), 1)[0];
    const preset =
      normal === undefined ? undefined : presets.get(numberField(readMessage(normal), 1, 1));
    if (preset !== undefined) limits.set(num(id), preset);
  }
  return limits;
}

function readRevlog(db: Database): AnkiRevlog {
  const length = num(rows(db, 'SELECT count(*) FROM revlog')[0]?.[0]);
  const revlog = {
    length,
    cardId: new Float64Array(length),
    time: new Float64Array(length),
    ease: new Uint8Array(length),
    type: new Uint8Array(length),
    durationMs: new Uint32Array(length),
  };
  const statement = db.prepare('SELECT cid, id, ease, type, time FROM revlog ORDER BY cid, id');
  let index = 0;
  while (index < length && statement.step()) {
    const [cid, id, ease, type, time] = statement.get();
    revlog.cardId[index] = num(cid);
    revlog.time[index] = num(id);
    revlog.ease[index] = num(ease);
    revlog.type[index] = num(type);
    revlog.durationMs[index] = Math.max(0, num(time));
    index += 1;
  }
  statement.free();
  return revlog;
}

/**
 * Declares schema 18's `unicase` columns `nocase` in this in-memory copy, so SQLite can plan
 * queries on their tables (with an unknown collation it refuses any plan that might use their
 * indexes: "no such collation sequence" or "no query solution"). Nothing here compares or sorts
 * by those columns, so which case folding the declaration names does not matter; bumping
 * `schema_version` makes SQLite read the edited schema.
 */
function withoutUnicase(db: Database): void {
  const declared = rows(
    db,
    "SELECT count(*) FROM sqlite_master WHERE sql LIKE '%collate unicase%'",
  );
  if (num(declared[0]?.[0]) === 0) return;
  const version = num(rows(db, 'PRAGMA schema_version')[0]?.[0]);
  db.run('PRAGMA writable_schema = ON');
  db.run("UPDATE sqlite_master SET sql = replace(sql, 'COLLATE unicase', 'COLLATE nocase')");
  db.run(`PRAGMA schema_version = ${String(version + 1)}`);
  db.run('PRAGMA writable_schema = OFF');
}

function readTables(db: Database): AnkiCollection {
  withoutUnicase(db);
  const [versionRow] = rows(db, 'SELECT ver FROM col');
  const schema = num(versionRow?.[0]);
  let noteTypes: Map<number, AnkiNoteType>;
  let decks: Map<number, string>;
  let deckLimits: Map<number, AnkiDeckLimits>;
  if (schema === LEGACY_SCHEMA) {
    const [col] = rows(db, 'SELECT models, decks, dconf FROM col');
    noteTypes = legacyNoteTypes(str(col?.[0]));
    decks = legacyDecks(str(col?.[1]));
    deckLimits = legacyDeckLimits(str(col?.[1]), str(col?.[2]));
  } else if (schema >= TABLE_SCHEMAS.from && schema <= TABLE_SCHEMAS.to) {
    noteTypes = tableNoteTypes(db);
    decks = tableDecks(db);
    deckLimits = tableDeckLimits(db);
  } else {
    throw new AnkiPackageError({ code: 'unknownSchema', version: schema });
  }
  const notes = new Map<number, AnkiNote>();
  for (const [id, mid, tags, flds] of rows(db, 'SELECT id, mid, tags, flds FROM notes')) {
    notes.set(num(id), {
      id: num(id),
      noteTypeId: num(mid),
      tags: str(tags).split(' ').filter(Boolean),
      fields: str(flds).split('\x1f'),
    });
  }
  if (notes.size === 0) throw new AnkiPackageError({ code: 'noNotes' });
  const cards = rows(
    db,
    'SELECT id, nid, CASE WHEN odid != 0 THEN odid ELSE did END, ord, type, queue, flags FROM cards ORDER BY nid, ord',
  ).map(([id, nid, did, ord, type, queue, flags]) => ({
    id: num(id),
    noteId: num(nid),
    deckId: num(did),
    ord: num(ord),
    type: num(type),
    queue: num(queue),
    flag: num(flags) & 7,
  }));
  return { schema, noteTypes, decks, deckLimits, notes, cards, revlog: readRevlog(db) };
}

/**
 * The parts of a collection file the import uses (with each deck's daily limits and desired
 * retention, and each card's flag). Throws an `AnkiPackageError`: `damaged` when
 * SQLite cannot read the file (not a database, cut off), `unknownSchema` for a schema version
 * other than 11 or 15–18, `noNotes` for a collection without notes.
 *
 * @example
 * readAnkiCollection(await initSqlJs(), openAnkiPackage(bytes).collection).notes.size
 */
export function readAnkiCollection(sql: SqlJsStatic, bytes: Uint8Array): AnkiCollection {
  let db: Database;
  try {
    db = new sql.Database(bytes);
  } catch {
    throw new AnkiPackageError({ code: 'damaged', part: 'collection' });
  }
  try {
    return readTables(db);
  } catch (error) {
    if (error instanceof AnkiPackageError) throw error;
    throw new AnkiPackageError({ code: 'damaged', part: 'collection' });
  } finally {
    db.close();
  }
}
