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
import { numberField, readMessage, stringField } from './protobuf.ts';

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

const num = (value: SqlValue | undefined): number => (typeof value === 'number' ? value : 0);
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
  if (schema === LEGACY_SCHEMA) {
    const [col] = rows(db, 'SELECT models, decks FROM col');
    noteTypes = legacyNoteTypes(str(col?.[0]));
    decks = legacyDecks(str(col?.[1]));
  } else if (schema >= TABLE_SCHEMAS.from && schema <= TABLE_SCHEMAS.to) {
    noteTypes = tableNoteTypes(db);
    decks = tableDecks(db);
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
    'SELECT id, nid, CASE WHEN odid != 0 THEN odid ELSE did END, ord, type, queue FROM cards ORDER BY nid, ord',
  ).map(([id, nid, did, ord, type, queue]) => ({
    id: num(id),
    noteId: num(nid),
    deckId: num(did),
    ord: num(ord),
    type: num(type),
    queue: num(queue),
  }));
  return { schema, noteTypes, decks, notes, cards, revlog: readRevlog(db) };
}

/**
 * The parts of a collection file the import uses. Throws an `AnkiPackageError`: `damaged` when
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
