/**
 * Builds small Anki packages in the tests themselves, in both layouts Anki writes: legacy
 * (`collection.anki2`, schema 11, JSON `media`) and current (`collection.anki21b`, schema 18
 * zstd-compressed, protobuf `meta`/`media`/configs). sql.js creates the SQLite file, fflate
 * zips it. Node 20 has no zstd compressor, so the zstd frames here hold raw (stored) blocks —
 * valid zstd that every decoder reads. Schema 18's name columns are declared `COLLATE unicase`
 * as Anki declares them (SQLite cannot create such a table without the collation, so the
 * schema text is rewritten afterwards, which is what a file written by Anki looks like).
 */
import { zipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

export interface TestNoteType {
  id: number;
  name: string;
  cloze?: boolean;
  fields: string[];
  templates: { name: string; question: string; answer: string }[];
}

/** A deck's options preset, as far as the import reads it. */
export interface TestDeckLimits {
  newPerDay: number;
  reviewsPerDay: number;
  desiredRetention?: number;
  /** Steps in minutes and the maximum interval; Anki's defaults (1 10, 10, 36,500) when left out. */
  learnSteps?: number[];
  relearnSteps?: number[];
  maximumIntervalDays?: number;
  /** FSRS parameters under the key a legacy preset has them (schema 18: fields 3, 5, 6). */
  fsrs?: { key: 'fsrsWeights' | 'fsrsParams5' | 'fsrsParams6'; params: number[] };
}

/** What Anki writes into a new preset for the fields a test leaves out. */
const ANKI_PRESET_DEFAULTS = {
  learnSteps: [1, 10],
  relearnSteps: [10],
  maximumIntervalDays: 36_500,
};

/** Where schema 18's DeckConfig.Config keeps each version's FSRS parameters. */
const FSRS_FIELDS = { fsrsWeights: 3, fsrsParams5: 5, fsrsParams6: 6 } as const;

/** Floats as protobuf's packed repeated float (little-endian 32-bit). */
function packedFloats(values: readonly number[]): Uint8Array {
  const view = new DataView(new ArrayBuffer(values.length * 4));
  values.forEach((value, index) => {
    view.setFloat32(index * 4, value, true);
  });
  return new Uint8Array(view.buffer);
}

export interface TestCollection {
  /** A deck with `limits` gets an options preset of its own (id: the deck's + 100). */
  decks: { id: number; name: string; limits?: TestDeckLimits }[];
  noteTypes: TestNoteType[];
  notes: { id: number; noteTypeId: number; fields: string[]; tags?: string[] }[];
  cards: {
    id: number;
    noteId: number;
    deckId: number;
    ord: number;
    type?: number;
    queue?: number;
    /** Anki's flag colour, 1–7. */
    flags?: number;
  }[];
  /** `id` is the answer's time in ms; type 0 learn, 1 review, 2 relearn, 4 manual, 5 rescheduled. */
  revlog: { id: number; cardId: number; ease: number; type?: number; durationMs?: number }[];
  /** Media files by name. */
  media?: Record<string, Uint8Array>;
}

export type PackageFormat = 'legacy' | 'latest';

let sqlJs: Promise<SqlJsStatic> | undefined;

/** sql.js, loaded once per test file. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= initSqlJs();
  return sqlJs;
}

export const BASIC: TestNoteType = {
  id: 1001,
  name: 'Basic',
  fields: ['Front', 'Back'],
  templates: [
    {
      name: 'Card 1',
      question: '{{Front}}',
      answer: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}',
    },
  ],
};

export const BASIC_REVERSED: TestNoteType = {
  id: 1002,
  name: 'Basic (and reversed card)',
  fields: ['Front', 'Back'],
  templates: [
    {
      name: 'Card 1',
      question: '{{Front}}',
      answer: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}',
    },
    {
      name: 'Card 2',
      question: '{{Back}}',
      answer: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}',
    },
  ],
};

export const OPTIONAL_REVERSED: TestNoteType = {
  id: 1003,
  name: 'Basic (optional reversed card)',
  fields: ['Front', 'Back', 'Add Reverse'],
  templates: [
    {
      name: 'Card 1',
      question: '{{Front}}',
      answer: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}',
    },
    {
      name: 'Card 2',
      question: '{{#Add Reverse}}{{Back}}{{/Add Reverse}}',
      answer: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Front}}',
    },
  ],
};

export const TYPE_IN: TestNoteType = {
  id: 1004,
  name: 'Basic (type in the answer)',
  fields: ['Front', 'Back'],
  templates: [
    {
      name: 'Card 1',
      question: '{{Front}}\n\n{{type:Back}}',
      answer: '{{Front}}\n\n<hr id=answer>\n\n{{type:Back}}',
    },
  ],
};

export const CLOZE: TestNoteType = {
  id: 1005,
  name: 'Cloze',
  cloze: true,
  fields: ['Text', 'Back Extra'],
  templates: [
    { name: 'Cloze', question: '{{cloze:Text}}', answer: '{{cloze:Text}}<br>\n{{Back Extra}}' },
  ],
};

/** Anki's Image Occlusion note type, as far as the import looks at it. */
export const IMAGE_OCCLUSION: TestNoteType = {
  id: 1006,
  name: 'Image Occlusion',
  cloze: true,
  fields: ['Occlusion', 'Image', 'Header'],
  templates: [
    {
      name: 'Image Occlusion',
      question:
        '<div style="display: none">{{cloze:Occlusion}}</div><div id="image-occlusion-container">{{Image}}<canvas id="image-occlusion-canvas"></canvas></div><script>anki.imageOcclusion.setup();</script>',
      answer: '{{cloze:Occlusion}}{{Image}}',
    },
  ],
};

function varint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    bytes.push((rest % 0x80) | 0x80);
    rest = Math.floor(rest / 0x80);
  }
  bytes.push(rest);
  return bytes;
}

/** A protobuf message of varint (number), float and length-delimited (string, bytes) fields. */
export function protobuf(
  fields: [number, number | { float: number } | string | Uint8Array][],
): Uint8Array {
  const bytes: number[] = [];
  for (const [field, value] of fields) {
    if (typeof value === 'object' && 'float' in value) {
      const float = new DataView(new ArrayBuffer(4));
      float.setFloat32(0, value.float, true);
      bytes.push(...varint(field * 8 + 5), ...new Uint8Array(float.buffer));
    } else if (typeof value === 'number') {
      bytes.push(...varint(field * 8), ...varint(value));
    } else {
      const data = typeof value === 'string' ? new TextEncoder().encode(value) : value;
      bytes.push(...varint(field * 8 + 2), ...varint(data.length), ...data);
    }
  }
  return new Uint8Array(bytes);
}

/** A zstd frame of raw blocks (no compression): what `zstd --no-compress`-like writers emit. */
export function zstdStored(data: Uint8Array): Uint8Array {
  const blockSize = 128 * 1024;
  const parts: number[] = [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38];
  let offset = 0;
  do {
    const size = Math.min(blockSize, data.length - offset);
    const last = offset + size >= data.length ? 1 : 0;
    const header = last | (size << 3);
    parts.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff);
    for (let index = offset; index < offset + size; index += 1) parts.push(data[index] ?? 0);
    offset += size;
  } while (offset < data.length);
  return new Uint8Array(parts);
}

const LEGACY_SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);`;

const COMMON_SCHEMA = `
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null,
  time integer not null, type integer not null);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_cards_nid on cards (nid);`;

const SCHEMA_18_TABLES = `
CREATE TABLE notetypes (id integer not null primary key, name text not null COLLATE nocase,
  mtime_secs integer not null, usn integer not null, config blob not null);
CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
CREATE TABLE fields (ntid integer not null, ord integer not null, name text not null COLLATE nocase,
  config blob not null, PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
CREATE TABLE templates (ntid integer not null, ord integer not null, name text not null COLLATE nocase,
  mtime_secs integer not null, usn integer not null, config blob not null, PRIMARY KEY (ntid, ord)) without rowid;
CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
CREATE TABLE decks (id integer primary key not null, name text not null COLLATE nocase,
  mtime_secs integer not null, usn integer not null, common blob not null, kind blob not null);
CREATE UNIQUE INDEX idx_decks_name ON decks (name);
CREATE TABLE deck_config (id integer primary key not null, name text not null COLLATE nocase,
  mtime_secs integer not null, usn integer not null, config blob not null);`;

function legacyModels(types: TestNoteType[]): string {
  return JSON.stringify(
    Object.fromEntries(
      types.map((type) => [
        String(type.id),
        {
          id: type.id,
          name: type.name,
          type: type.cloze === true ? 1 : 0,
          flds: type.fields.map((name, ord) => ({ name, ord })),
          tmpls: type.templates.map((template, ord) => ({
            name: template.name,
            ord,
            qfmt: template.question,
            afmt: template.answer,
          })),
        },
      ]),
    ),
  );
}

/** The collection as a SQLite file of schema 11 (`legacy`) or 18 (`latest`). */
export async function buildCollection(
  collection: TestCollection,
  format: PackageFormat,
): Promise<Uint8Array> {
  const SQL = await loadSqlJs();
  const db = new SQL.Database();
  db.run(LEGACY_SCHEMA + COMMON_SCHEMA + (format === 'latest' ? SCHEMA_18_TABLES : ''));
  const presetOf = (deck: TestCollection['decks'][number]) =>
    deck.limits === undefined ? 1 : deck.id + 100;
  const decks = Object.fromEntries(
    collection.decks.map((deck) => [
      String(deck.id),
      { id: deck.id, name: deck.name, conf: presetOf(deck) },
    ]),
  );
  const presets = collection.decks.flatMap((deck) =>
    deck.limits === undefined
      ? []
      : [{ id: presetOf(deck), ...ANKI_PRESET_DEFAULTS, ...deck.limits }],
  );
  const dconf = Object.fromEntries(
    presets.map((preset) => [
      String(preset.id),
      {
        id: preset.id,
        new: { perDay: preset.newPerDay, delays: preset.learnSteps },
        lapse: { delays: preset.relearnSteps },
        rev: { perDay: preset.reviewsPerDay, maxIvl: preset.maximumIntervalDays },
        ...(preset.desiredRetention === undefined
          ? {}
          : { desiredRetention: preset.desiredRetention }),
        ...(preset.fsrs === undefined ? {} : { [preset.fsrs.key]: preset.fsrs.params }),
      },
    ]),
  );
  db.run('INSERT INTO col VALUES (1, 0, 0, 0, ?, 0, 0, 0, ?, ?, ?, ?, ?)', [
    format === 'latest' ? 18 : 11,
    '{}',
    format === 'latest' ? '' : legacyModels(collection.noteTypes),
    format === 'latest' ? '' : JSON.stringify(decks),
    format === 'latest' ? '' : JSON.stringify(dconf),
    '{}',
  ]);
  if (format === 'latest') {
    for (const type of collection.noteTypes) {
      db.run('INSERT INTO notetypes VALUES (?, ?, 0, 0, ?)', [
        type.id,
        type.name,
        protobuf([
          [1, type.cloze === true ? 1 : 0],
          [3, '.card {}'],
        ]),
      ]);
      type.fields.forEach((name, ord) => {
        db.run('INSERT INTO fields VALUES (?, ?, ?, ?)', [
          type.id,
          ord,
          name,
          protobuf([[2, 'Arial']]),
        ]);
      });
      type.templates.forEach((template, ord) => {
        db.run('INSERT INTO templates VALUES (?, ?, ?, 0, 0, ?)', [
          type.id,
          ord,
          template.name,
          protobuf([
            [1, template.question],
            [2, template.answer],
          ]),
        ]);
      });
    }
    for (const deck of collection.decks) {
      db.run('INSERT INTO decks VALUES (?, ?, 0, 0, ?, ?)', [
        deck.id,
        deck.name.split('::').join('\x1f'),
        new Uint8Array(),
        protobuf([[1, protobuf([[1, presetOf(deck)]])]]),
      ]);
    }
    for (const preset of presets) {
      const retention: [number, { float: number }][] =
        preset.desiredRetention === undefined ? [] : [[37, { float: preset.desiredRetention }]];
      const fsrs: [number, Uint8Array][] =
        preset.fsrs === undefined
          ? []
          : [[FSRS_FIELDS[preset.fsrs.key], packedFloats(preset.fsrs.params)]];
      db.run('INSERT INTO deck_config VALUES (?, ?, 0, 0, ?)', [
        preset.id,
        `Preset ${String(preset.id)}`,
        protobuf([
          [1, packedFloats(preset.learnSteps)],
          [2, packedFloats(preset.relearnSteps)],
          [9, preset.newPerDay],
          [10, preset.reviewsPerDay],
          [16, preset.maximumIntervalDays],
          ...retention,
          ...fsrs,
        ]),
      ]);
    }
  }
  db.run('BEGIN');
  const note = db.prepare('INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, 0, 0, 0, ?)');
  for (const row of collection.notes) {
    const tags = row.tags === undefined || row.tags.length === 0 ? '' : ` ${row.tags.join(' ')} `;
    note.run([row.id, `g${String(row.id)}`, row.noteTypeId, tags, row.fields.join('\x1f'), '']);
  }
  note.free();
  const card = db.prepare(
    'INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, ?, ?, 0, 0, 0, 0, 0, 0, 0, 0, ?, ?)',
  );
  for (const row of collection.cards) {
    card.run([
      row.id,
      row.noteId,
      row.deckId,
      row.ord,
      row.type ?? 0,
      row.queue ?? row.type ?? 0,
      row.flags ?? 0,
      '',
    ]);
  }
  card.free();
  const review = db.prepare('INSERT INTO revlog VALUES (?, ?, 0, ?, 0, 0, 0, ?, ?)');
  for (const row of collection.revlog) {
    review.run([row.id, row.cardId, row.ease, row.durationMs ?? 5000, row.type ?? 1]);
  }
  review.free();
  db.run('COMMIT');
  if (format === 'latest') {
    db.run('PRAGMA writable_schema = ON');
    db.run("UPDATE sqlite_master SET sql = replace(sql, 'COLLATE nocase', 'COLLATE unicase')");
    db.run('PRAGMA writable_schema = OFF');
  }
  const bytes = db.export();
  db.close();
  return bytes;
}

/** The package's zip bytes, as Anki exports them in that layout. */
export async function buildAnkiPackage(
  collection: TestCollection,
  format: PackageFormat,
): Promise<Uint8Array> {
  const sqlite = await buildCollection(collection, format);
  const media = Object.entries(collection.media ?? {});
  const files: Record<string, Uint8Array> = {};
  media.forEach(([, data], index) => {
    files[String(index)] = format === 'latest' ? zstdStored(data) : data;
  });
  if (format === 'legacy') {
    files['collection.anki2'] = sqlite;
    files.media = new TextEncoder().encode(
      JSON.stringify(Object.fromEntries(media.map(([name], index) => [String(index), name]))),
    );
  } else {
    files['collection.anki2'] = await buildCollection(
      {
        decks: [{ id: 1, name: 'Default' }],
        noteTypes: [BASIC],
        notes: [
          {
            id: 1,
            noteTypeId: BASIC.id,
            fields: ['Please update to the latest Anki version.', ''],
          },
        ],
        cards: [{ id: 1, noteId: 1, deckId: 1, ord: 0 }],
        revlog: [],
      },
      'legacy',
    );
    files['collection.anki21b'] = zstdStored(sqlite);
    files.meta = protobuf([[1, 3]]);
    const entries = media.map(([name, data]) =>
      protobuf([
        [1, name],
        [2, data.length],
      ]),
    );
    files.media = zstdStored(protobuf(entries.map((entry) => [1, entry])));
  }
  return zipSync(files);
}

/** A real 2×1 PNG (a red and a blue pixel): a browser decodes it, so it has a natural width. */
export const TINY_PNG = Uint8Array.from(
  atob(
    'iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAADUlEQVR4nGP4zwAE/wEHAAH/4iOeWQAAAABJRU5ErkJggg==',
  ),
  (char) => char.charCodeAt(0),
);

/** A tenth of a second of silence as a WAV file (8 kHz, 8-bit mono PCM): a sound browsers play. */
export const TINY_WAV = ((): Uint8Array => {
  const samples = 800;
  const view = new DataView(new ArrayBuffer(44 + samples));
  const text = (at: number, value: string) => {
    for (let index = 0; index < value.length; index += 1) {
      view.setUint8(at + index, value.charCodeAt(index));
    }
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // the format chunk's size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, 8000, true); // samples a second
  view.setUint32(28, 8000, true); // bytes a second
  view.setUint16(32, 1, true); // bytes a frame
  view.setUint16(34, 8, true); // bits a sample
  text(36, 'data');
  view.setUint32(40, samples, true);
  for (let index = 0; index < samples; index += 1) view.setUint8(44 + index, 128);
  return new Uint8Array(view.buffer);
})();

/** An SVG that would run script if shown as a document: it must stay a listed file. */
export const SCRIPTED_SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>',
);
