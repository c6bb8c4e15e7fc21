/**
 * Card lists kept as tables — a spreadsheet saved as CSV or TSV, Anki's "Notes in plain text"
 * export, Quizlet's export (term, tab, definition per line) — read into rows, and turned into a
 * deck once the learner has said which column is the front, the back and the tags. Parsing is
 * papaparse's (quoted fields with separators and line breaks inside, delimiter guessing); this
 * module adds what those formats put around it: Anki's `#key:value` header lines.
 */
import Papa from 'papaparse';
import type { Deck, DeckCard } from '../deck/deck-types.ts';
import { decodeEntities } from '../generator/clean.ts';
import { assignCardIds, deckIdFromFileName } from '../generator/ids.ts';
import { detectLanguage } from '../generator/language.ts';

/** Why a file is not a card table. */
export type CardTableProblem =
  | { code: 'empty' }
  | { code: 'oneColumn' }
  /** `row` counts the file's records (a quoted field may span lines), from 1, headers aside. */
  | { code: 'unevenRows'; row: number; fields: number; expected: number }
  | { code: 'unclosedQuote'; row: number };

export interface CardTable {
  /** Every record after Anki's header lines, all with `columns` fields. */
  records: string[][];
  columns: number;
  /** Column names from Anki's `#columns:` line; `null` without one. */
  columnNames: string[] | null;
  /** Fields are HTML (Anki's `#html:true`): shown as their text. */
  html: boolean;
  /** The proposed reading, which the learner may change in the preview. */
  choices: TableChoices;
}

/** How the learner reads the table: the first record a header or a card, and the columns. */
export interface TableChoices {
  firstRowIsHeader: boolean;
  mapping: ColumnMapping;
}

export interface ColumnMapping {
  front: number;
  back: number;
  tags: number | null;
}

export type CardTableResult =
  { ok: true; table: CardTable } | { ok: false; problem: CardTableProblem };

const ANKI_SEPARATORS: Record<string, string> = {
  tab: '\t',
  comma: ',',
  semicolon: ';',
  pipe: '|',
  colon: ':',
  space: ' ',
};

const FRONT_NAMES = new Set(['front', 'term', 'question', 'word', 'q']);
const BACK_NAMES = new Set(['back', 'definition', 'answer', 'meaning', 'a']);
const TAG_NAMES = new Set(['tags', 'tag']);

/**
 * True when a file or pasted text is a card list, not a document: a `.csv` or `.tsv` name, Anki
 * header lines, or a tab on every non-empty line (Quizlet's and Anki's text exports; prose never
 * looks like that).
 *
 * @example
 * isCardTable('words.txt', 'hund\tdog\nkat\tcat') // true
 */
export function isCardTable(fileName: string, text: string): boolean {
  if (/\.(csv|tsv)$/i.test(fileName)) return true;
  // Line by line, stopping at the first line that decides: a long document is answered by its
  // first lines, where splitting all of it took tens of milliseconds on the main thread.
  let tabbed = false;
  let headers = true;
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const line = text.slice(start, end);
    start = end + 1;
    if (headers && /^#[a-z ]+:/i.test(line)) {
      if (/^#(separator|html|columns):/i.test(line)) return true;
      continue;
    }
    headers = false;
    if (line.trim() === '') continue;
    if (!line.includes('\t')) return false;
    tabbed = true;
  }
  return tabbed;
}

interface AnkiHeaders {
  delimiter?: string;
  html: boolean;
  columns: string[] | null;
  tagsColumn: number | null;
}

function readAnkiHeaders(text: string): AnkiHeaders & { body: string } {
  const headers: AnkiHeaders = { html: false, columns: null, tagsColumn: null };
  let rest = text;
  for (;;) {
    const match = /^#([a-z ]+):(.*)(?:\r?\n|$)/i.exec(rest);
    if (match === null) break;
    const key = (match[1] ?? '').toLowerCase();
    const value = (match[2] ?? '').trim();
    if (key === 'separator') headers.delimiter = ANKI_SEPARATORS[value.toLowerCase()] ?? value;
    if (key === 'html') headers.html = value.toLowerCase() === 'true';
    if (key === 'columns') headers.columns = value.split(/\t|,|;|\|/).map((name) => name.trim());
    if (key === 'tags column') headers.tagsColumn = Number.parseInt(value, 10) - 1;
    rest = rest.slice(match[0].length);
  }
  return { ...headers, body: rest };
}

function nameIn(names: ReadonlySet<string>, header: readonly string[]): number | undefined {
  const index = header.findIndex((name) => names.has(name.trim().toLowerCase()));
  return index === -1 ? undefined : index;
}

function proposedMapping(
  header: readonly string[] | null,
  columns: number,
  tags: number | null,
): ColumnMapping {
  const named = header ?? [];
  const front = nameIn(FRONT_NAMES, named) ?? 0;
  const back = nameIn(BACK_NAMES, named) ?? (front === 0 ? 1 : 0);
  const tagColumn = tags ?? nameIn(TAG_NAMES, named) ?? (columns > 2 ? 2 : null);
  return { front, back, tags: tagColumn !== null && tagColumn < columns ? tagColumn : null };
}

/**
 * Reads a card table: Anki's header lines first, then CSV/TSV rows (the delimiter from
 * `#separator:`, a `.tsv` name, or guessed among tab, comma, semicolon and pipe). Blank lines
 * are skipped; every row must have as many fields as the first. A first row that names a
 * front/back/tags column (term, definition, question, answer, …) is the header.
 *
 * @example
 * readCardTable('Front,Back\nhund,dog', 'words.csv').table.choices
 * // { firstRowIsHeader: true, mapping: { front: 0, back: 1, tags: null } }
 */
export function readCardTable(text: string, fileName: string): CardTableResult {
  const anki = readAnkiHeaders(text.replace(/^\uFEFF/, ''));
  if (anki.body.trim() === '') return { ok: false, problem: { code: 'empty' } };
  const delimiter = anki.delimiter ?? (/\.tsv$/i.test(fileName) ? '\t' : undefined);
  const parsed = Papa.parse<string[]>(anki.body, {
    skipEmptyLines: 'greedy',
    ...(delimiter === undefined ? { delimitersToGuess: ['\t', ',', ';', '|'] } : { delimiter }),
  });
  const quote = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (quote !== undefined) {
    return { ok: false, problem: { code: 'unclosedQuote', row: (quote.row ?? 0) + 1 } };
  }
  const records = parsed.data;
  const expected = records[0]?.length ?? 0;
  if (expected < 2) return { ok: false, problem: { code: 'oneColumn' } };
  const uneven = records.findIndex((record) => record.length !== expected);
  if (uneven !== -1) {
    const fields = records[uneven]?.length ?? 0;
    return { ok: false, problem: { code: 'unevenRows', row: uneven + 1, fields, expected } };
  }
  const first = records[0] ?? [];
  const firstRowIsHeader =
    anki.columns === null &&
    (nameIn(FRONT_NAMES, first) !== undefined || nameIn(BACK_NAMES, first) !== undefined);
  if (firstRowIsHeader && records.length === 1) return { ok: false, problem: { code: 'empty' } };
  const names = anki.columns ?? (firstRowIsHeader ? first : null);
  return {
    ok: true,
    table: {
      records,
      columns: expected,
      columnNames: anki.columns,
      html: anki.html,
      choices: { firstRowIsHeader, mapping: proposedMapping(names, expected, anki.tagsColumn) },
    },
  };
}

/** The column names under the learner's choices (`null`: the columns are unnamed). */
export function columnNames(table: CardTable, firstRowIsHeader: boolean): string[] | null {
  return table.columnNames ?? (firstRowIsHeader ? (table.records[0] ?? null) : null);
}

/** The records that are cards: all of them, or all but the first when it is the header. */
export function tableRows(table: CardTable, firstRowIsHeader: boolean): string[][] {
  return firstRowIsHeader && table.columnNames === null ? table.records.slice(1) : table.records;
}

/**
 * The text of an HTML field, as a learner reads it: line breaks for `<br>` and block ends, tags
 * dropped (a `<script>` or `<style>` with its content), entities decoded. The result is shown as
 * text, never as HTML, so nothing in a field can run.
 *
 * @example
 * htmlFieldText('a<br>b &amp; <b>c</b>') // 'a\nb & c'
 */
export function htmlFieldText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?(<\/\1\s*>|$)/gi, '')
      .replace(/<br\s*\/?>|<\/(div|p|li|tr|h[1-6])\s*>/gi, '\n')
      .replace(/<[^>]*>?/g, ''),
  )
    .replace(/[ \t]*\n[ \t]*/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The cards of a table under the learner's mapping: one definition card per row with a front
 * and a back (rows missing either are left out), tags split on spaces, the language detected
 * from the cards' text. Ids hash the front and back, so the same row gets the same id again.
 *
 * @example
 * tableDeck(table, table.choices, 'words.csv').cards[0].front // 'hund'
 */
export function tableDeck(table: CardTable, choices: TableChoices, fileName: string): Deck {
  const { mapping } = choices;
  const id = deckIdFromFileName(fileName);
  const text = (value: string | undefined) =>
    table.html ? htmlFieldText(value ?? '') : (value ?? '').trim();
  const drafts = tableRows(table, choices.firstRowIsHeader).flatMap((row, index) => {
    const front = text(row[mapping.front]);
    const back = text(row[mapping.back]);
    if (front === '' || back === '') return [];
    const line = index + 1;
    return [
      {
        kind: 'definition' as const,
        anchor: `${front}\u0000${back}`,
        front,
        back,
        context: '',
        lines: [line, line] as [number, number],
        tags: mapping.tags === null ? [] : text(row[mapping.tags]).split(/\s+/).filter(Boolean),
      },
    ];
  });
  const ids = assignCardIds(id, drafts);
  const cards: DeckCard[] = ids.map((card, index) => ({
    ...card,
    tags: drafts[index]?.tags ?? [],
  }));
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return {
    id,
    title: base.replace(/\.[^.]*$/, ''),
    language: detectLanguage(cards.map((card) => `${card.front}. ${card.back}.`).join(' ')),
    description: '',
    source: { file: base, sha256: '' },
    generator: { version: 'table' },
    cards,
  };
}

/**
 * A deck's cards as CSV with a `front,back,tags` header (tags joined by spaces), quoted where
 * needed: opens in any spreadsheet and imports into Anki and back into this app.
 *
 * @example
 * cardsToCsv([{ front: 'a, b', back: 'c', tags: ['x'] }]) // 'front,back,tags\r\n"a, b",c,x'
 */
export function cardsToCsv(
  cards: readonly { front: string; back: string; tags?: readonly string[] }[],
): string {
  return Papa.unparse({
    fields: ['front', 'back', 'tags'],
    data: cards.map((card) => [card.front, card.back, (card.tags ?? []).join(' ')]),
  });
}
