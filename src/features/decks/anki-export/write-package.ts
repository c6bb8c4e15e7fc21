/**
 * Writes an Anki collection's rows into a SQLite database (Anki's schema 11) with sql.js and
 * zips it as a legacy `.apkg`: `collection.anki2`, the media files as `0`, `1`, … and the
 * `media` map naming them (`{"0": "dk.png"}`), which every Anki 2.1 and current Anki imports. sql.js comes in initialised, so the worker and Node tests each load
 * its WebAssembly their own way.
 */
import { strToU8, zipSync } from 'fflate';
import type { Database, SqlJsStatic } from 'sql.js';
import type { AnkiCollection } from '../../../domain/anki-export/anki-rows.ts';

// Anki's schema 11 (rslib/src/storage/schema11.sql): the tables and the indexes Anki expects.
const SCHEMA = `
create table col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
create table notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
create table cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
create table revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
  time integer not null, type integer not null);
create table graves (usn integer not null, oid integer not null, type integer not null);
create index ix_notes_usn on notes (usn);
create index ix_cards_usn on cards (usn);
create index ix_revlog_usn on revlog (usn);
create index ix_cards_nid on cards (nid);
create index ix_cards_sched on cards (did, queue, due);
create index ix_revlog_cid on revlog (cid);
create index ix_notes_csum on notes (csum);
`;

/** Each table's columns in the order of the schema (the rows' property names). */
const COLUMNS = {
  col: 'id crt mod scm ver dty usn ls conf models decks dconf tags',
  notes: 'id guid mid mod usn tags flds sfld csum flags data',
  cards: 'id nid did ord mod usn type queue due ivl factor reps lapses left odue odid flags data',
  revlog: 'id cid usn ease ivl lastIvl factor time type',
} as const;

function insertAll(db: Database, table: keyof typeof COLUMNS, rows: readonly object[]): void {
  const columns = COLUMNS[table].split(' ');
  const statement = db.prepare(
    `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
  );
  try {
    for (const row of rows) {
      const values = row as Readonly<Record<string, string | number>>;
      statement.run(columns.map((column) => values[column] ?? null));
    }
  } finally {
    statement.free();
  }
}

/** The SQLite file of `collection` (Anki's `collection.anki2`). */
export function writeCollection(SQL: SqlJsStatic, collection: AnkiCollection): Uint8Array {
  const db = new SQL.Database();
  try {
    db.exec(SCHEMA);
    db.exec('begin');
    insertAll(db, 'col', [collection.col]);
    insertAll(db, 'notes', collection.notes);
    insertAll(db, 'cards', collection.cards);
    insertAll(db, 'revlog', collection.revlog);
    db.exec('commit');
    return db.export();
  } finally {
    db.close();
  }
}

/** A file the exported cards show or play, by the name their fields use. */
export interface PackageMediaFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/**
 * The `.apkg` file of `collection`: a zip of `collection.anki2`, each of `media` as a numbered
 * entry, and the `media` map from those numbers to the files' names.
 */
export function writeAnkiPackage(
  SQL: SqlJsStatic,
  collection: AnkiCollection,
  media: readonly PackageMediaFile[] = [],
): Uint8Array {
  const numbered = media.map((file, index) => [String(index), file] as const);
  return zipSync({
    'collection.anki2': writeCollection(SQL, collection),
    ...Object.fromEntries(numbered.map(([entry, file]) => [entry, file.bytes])),
    media: strToU8(
      JSON.stringify(Object.fromEntries(numbered.map(([entry, file]) => [entry, file.name]))),
    ),
  });
}
