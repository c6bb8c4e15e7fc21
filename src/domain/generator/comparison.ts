/**
 * Comparison cards from tables that set two (or more) things side by side: Markdown pipe tables
 * and the flattened form a scraper leaves behind, one cell per line:
 *
 *     …v nasledujúcej tabuľke:   ← a lead ending in ':'
 *     BPO                        ← column headers, each on its own line
 *     KPO
 *     vyžaduje                   ← then rows: label, left cell, right cell
 *     Dobré komunikačné …
 *     Špecializované vedomosti
 *     …
 *     V skratke je možné …       ← prose that is no row label ends the table
 *
 * Each row and column gives a card "KPO — vyžaduje?" → "Špecializované vedomosti".
 */
import type { CardDraft } from './ids.ts';
import type { Section } from './sections.ts';
import type { Block } from './structure.ts';
import { isComparisonLead, isProsAndCons } from './heading-words.ts';
import { listFront } from './lists.ts';
import { FIGURE, foldForCompare, wordCount, wordStems } from './text.ts';

interface Cell {
  text: string;
  from: number;
  to: number;
}

interface Row {
  label: Cell;
  cells: readonly Cell[];
}

export interface ComparisonResult {
  cards: CardDraft[];
  /** Blocks that turned out to be table cells, so no other extractor reads them as prose. */
  consumed: Set<Block>;
}

/**
 * Cards of a table. Comparing tables set things side by side (columns "BPO", "KPO") and ask
 * "KPO — vyžaduje?"; glossary-like tables list attributes of each row's term (columns
 * "Meaning", "Example") and ask "Coupon — Meaning?". A `subject` (the heading over a table of
 * figures) opens each front, so the question says what its figures are about.
 */
function tableCards(
  headers: readonly string[],
  rows: readonly Row[],
  comparing = true,
  subject = '',
): CardDraft[] {
  const cards: CardDraft[] = [];
  for (const row of rows) {
    const label = row.label.text.replace(/[\s:?]+$/u, '');
    if (label === '') continue;
    row.cells.forEach((cell, column) => {
      const header = headers[column] ?? '';
      // A dash is no figure to recall ("Minijobber — Krankenversicherung?" → "–").
      if (header === '' || cell.text === '' || cell.text === '–') return;
      const others = row.cells
        .map((other, index) => ({ header: headers[index] ?? '', text: other.text, index }))
        .filter((other) => other.index !== column && other.header !== '' && other.text !== '')
        .map((other) => `${other.header}: ${other.text}`);
      const question = comparing ? `${header} — ${label}?` : `${label} — ${header}?`;
      const front = subject === '' ? question : `${subject}\n${question}`;
      // A cell its column or row names gives itself away ("Festgeld — Zins?" → "fest").
      if (foldForCompare(front).includes(foldForCompare(cell.text))) return;
      cards.push({
        kind: 'comparison',
        anchor: `${header} | ${label}`,
        front,
        back: cell.text,
        context: others.join('\n'),
        lines: [Math.min(row.label.from, cell.from), Math.max(row.label.to, cell.to)],
      });
    });
  }
  return cards;
}

/** A two-column table "Term | Meaning": each row defines its term. */
function glossaryCards(block: Block): CardDraft[] {
  return block.rows.slice(1).flatMap((row) => {
    const [term = '', meaning = ''] = row.cells;
    if (term === '' || meaning === '') return [];
    return [
      {
        kind: 'definition' as const,
        anchor: `table:${term}`,
        front: term,
        back: meaning,
        context: '',
        lines: [row.line, row.line] as [number, number],
      },
    ];
  });
}

/**
 * The header of a worked example ("Beispiel | Betrag", "Example | Amount"): its rows are steps
 * of one calculation ("4 Prozent davon | 1.600 €"), not facts to recall.
 */
const EXAMPLE_HEADER = /^(?:example|beispiel|eksempel|örnek|príklad)\b/iu;

/** Every value of every row a figure (or a dash for none): a table of amounts or rates. */
function isFigureTable(rows: readonly Row[]): boolean {
  return rows.every((row) =>
    row.cells.every((cell) => FIGURE.test(cell.text) || cell.text === '–'),
  );
}

/** "2024 asgari ücret tutarları / Brüt asgari ücret?" → "20.002,50 TL", one card per row. */
function headerlessCards(rows: readonly Row[], subject: string): CardDraft[] {
  if (subject === '' || !isFigureTable(rows)) return [];
  return rows.flatMap((row) => {
    const [value] = row.cells;
    if (value === undefined || row.cells.length !== 1 || value.text === '–') return [];
    const front = `${subject}\n${row.label.text.replace(/[\s:?]+$/u, '')}?`;
    if (foldForCompare(front).includes(foldForCompare(value.text))) return [];
    return [
      {
        kind: 'comparison' as const,
        anchor: `${subject} | ${row.label.text}`,
        front,
        back: value.text,
        context: '',
        lines: [row.label.from, row.label.to] as [number, number],
      },
    ];
  });
}

/**
 * A table of pros and cons pairs nothing across a row ("Kendt varemærke fra dag ét" is no
 * attribute of "Løbende afgift til franchisegiveren"): each column is a list, asked item by
 * item under what the table is about, like any list.
 */
function columnCards(subject: string, headers: readonly string[], columns: readonly Cell[][]) {
  return headers.flatMap((header, column) => {
    const lead = subject === '' ? `${header}:` : `${subject}\n${header}:`;
    const cells = columns[column] ?? [];
    const texts = cells.map((item) => item.text);
    return cells.flatMap((item, hidden): CardDraft[] => {
      const front = listFront(lead, texts, hidden);
      if (foldForCompare(front).includes(foldForCompare(item.text))) return [];
      return [
        {
          kind: 'list',
          anchor: `${lead} | ${item.text}`,
          front,
          back: item.text,
          context: '',
          lines: [item.from, item.to],
        },
      ];
    });
  });
}

/**
 * Pipe tables with a label column and at least two more columns; a table compares when the
 * text before named every column header, else its columns are attributes of the row's term.
 */
function pipeTableCards(
  block: Block,
  named: (name: string) => boolean,
  subject: string,
): CardDraft[] {
  const [header, ...body] = block.rows;
  if (!header || EXAMPLE_HEADER.test(header.cells[0] ?? '')) return [];
  const [pros = '', cons = ''] = header.cells;
  if (header.cells.length === 2 && isProsAndCons(pros, cons)) {
    const columns = header.cells.map((_, column) =>
      body.flatMap((row) => {
        const text = row.cells[column] ?? '';
        return text === '' ? [] : [{ text, from: row.line, to: row.line }];
      }),
    );
    return columnCards(subject, header.cells, columns);
  }
  const rows = body.map((row) => {
    const at = (text: string): Cell => ({ text, from: row.line, to: row.line });
    return { label: at(row.cells[0] ?? ''), cells: row.cells.slice(1).map(at) };
  });
  // A table of figures asks each figure under the heading that says what they are; without a
  // header row ("Brüt asgari ücret | 20.002,50 TL") the row's label is the whole question.
  if (header.cells.every((cell) => cell === '')) return headerlessCards(rows, subject);
  const allFigures = isFigureTable(rows);
  // Ranges ("1. januar 1978 eller senere | din 30 års fødselsdag", "Below 10% | …") are no
  // terms to define: each asks its value with its column's name ("Født: 1. januar 1978 …?").
  const [labelHeader = '', valueHeader = ''] = header.cells;
  const ranges = rows.every((row) => /\d/u.test(row.label.text));
  if (header.cells.length === 2 && !allFigures && ranges) {
    const labelled = rows.map((row) => ({
      ...row,
      label: { ...row.label, text: `${labelHeader}: ${row.label.text}` },
    }));
    return tableCards([valueHeader], labelled, false, subject);
  }
  if (header.cells.length === 2 && !allFigures) return glossaryCards(block);
  if (header.cells.length === 2) return tableCards(header.cells.slice(1), rows, false, subject);
  if (header.cells.length < 3) return [];
  const headers = header.cells.slice(1);
  const comparing = headers.every(named);
  return tableCards(headers, rows, comparing, !comparing && allFigures ? subject : '');
}

function isOneLine(block: Block | undefined): block is Block {
  return block?.kind === 'paragraph' && block.lineCount === 1;
}

/** A column header or row label: a short name, not a sentence. */
function isName(block: Block | undefined): block is Block {
  return (
    isOneLine(block) &&
    block.text.length <= 60 &&
    wordCount(block.text) <= 6 &&
    !/[.!?;,]$/u.test(block.text)
  );
}

function isValue(block: Block | undefined): block is Block {
  return isOneLine(block) && block.text.length <= 300;
}

/**
 * The text read so far, remembered block by block, and whether every word of a name occurred
 * in it (as a crude stem: West Slavic and Turkish titles name the compared things in another
 * case, "plánovanou … ekonomikou", than the table headers, "Plánovaná ekonomika"). The words are worked out only when a name is looked up: most of a
 * document comes before no table.
 */
function textSoFar(title: string) {
  // A set of the words so far, not the text: looking names up stays cheap in long documents.
  const stems = new Set<string>();
  let pending = [title];
  return {
    remember: (text: string) => {
      pending.push(text);
    },
    isNamed: (name: string) => {
      for (const text of pending) for (const word of wordStems(text)) stems.add(word);
      pending = [];
      return wordStems(name).every((word) => stems.has(word));
    },
  };
}

const cell = (block: Block): Cell => ({ text: block.text, from: block.from, to: block.to });

/**
 * Reads a flattened table whose lead is `blocks[leadIndex]`. The compared things must already
 * have been named in the text before (a comparison article names them in its title), or the
 * lead must announce a comparison ("Porovnanie úverov:"), which keeps a plain list of short
 * lines after a colon from passing for a table.
 */
function flattenedTable(
  blocks: readonly Block[],
  leadIndex: number,
  isNamed: (name: string) => boolean,
): { headers: string[]; rows: Row[]; used: Block[] } | undefined {
  const [left, right] = [blocks[leadIndex + 1], blocks[leadIndex + 2]];
  if (!isName(left) || !isName(right)) return undefined;
  if (foldForCompare(left.text) === foldForCompare(right.text)) return undefined;
  const announced = isComparisonLead(blocks[leadIndex]?.text ?? '');
  if (!announced && (!isNamed(left.text) || !isNamed(right.text))) {
    return undefined;
  }
  const rows: Row[] = [];
  const used: Block[] = [left, right];
  let index = leadIndex + 3;
  for (;;) {
    const [label, a, b] = [blocks[index], blocks[index + 1], blocks[index + 2]];
    // A figure is no row label: "Prim gün sayısı / Ödenek süresi / 600 gün / 180 gün (6 ay) / …"
    // is a table of two columns of figures (figureTable), not two things compared.
    if (!isRowLabel(label) || !isValue(a) || !isValue(b)) break;
    rows.push({ label: cell(label), cells: [cell(a), cell(b)] });
    used.push(label, a, b);
    index += 3;
  }
  return rows.length >= 2 ? { headers: [left.text, right.text], rows, used } : undefined;
}

/**
 * Reads a flattened table of pros and cons from `blocks[start]`: the two headers ("Fordele",
 * "Ulemper"), then rows of one short cell per column, one cell a line; two rows at least.
 */
function prosAndConsTable(
  blocks: readonly Block[],
  start: number,
): { headers: string[]; columns: Cell[][]; used: Block[] } | undefined {
  const [left, right] = [blocks[start], blocks[start + 1]];
  if (!isName(left) || !isName(right) || !isProsAndCons(left.text, right.text)) return undefined;
  const columns: Cell[][] = [[], []];
  const used: Block[] = [left, right];
  for (let index = start + 2; ; index += 2) {
    const [pro, con] = [blocks[index], blocks[index + 1]];
    if (!isName(pro) || !isName(con)) break;
    columns[0]?.push(cell(pro));
    columns[1]?.push(cell(con));
    used.push(pro, con);
  }
  return used.length >= 6 ? { headers: [left.text, right.text], columns, used } : undefined;
}

/**
 * What a table after `blocks[index]` is about: the short line over it ("Fordele og ulemper for
 * franchisetageren"), or the title when that line only announces a comparison
 * ("Sammenligning").
 */
function tableSubject(blocks: readonly Block[], index: number, title: string): string {
  const before = blocks[index - 1];
  return isName(before) && !isComparisonLead(before.text) ? before.text : title;
}

/** A figure cell with its unit and what it is of: "12,06 % af indkomst over personfradraget". */
const MAX_FIGURE_WORDS = 6;
/** A flattened table of figures has at most this many columns, its label column included. */
const MAX_FIGURE_COLUMNS = 4;

function isFigure(block: Block | undefined): block is Block {
  return isOneLine(block) && FIGURE.test(block.text) && wordCount(block.text) <= MAX_FIGURE_WORDS;
}

/** A row label of a table of figures: a name that is no figure itself ("ab Monat 4"). */
function isRowLabel(block: Block | undefined): block is Block {
  return isName(block) && !FIGURE.test(block.text);
}

/**
 * Reads a flattened table of figures that starts at `blocks[start]` with no lead: a header row
 * of names without digits, then rows of a label and one figure per column, each cell on its
 * own line (a rate table "Ödeme türü / Oran / Ücret ödemeleri / %15 / …"; in a table of two
 * columns the labels may be figures too). The columns are the fewest that give at least two
 * rows; a line that does not fit ends the table.
 */
function figureTable(
  blocks: readonly Block[],
  start: number,
): { headers: string[]; rows: Row[]; used: Block[] } | undefined {
  // A table starts a section or follows prose, not the middle of a run of short lines.
  if (start > 0 && isName(blocks[start - 1])) return undefined;
  if (!isName(blocks[start]) || !isName(blocks[start + 1])) return undefined;
  for (let columns = 2; columns <= MAX_FIGURE_COLUMNS; columns += 1) {
    const header = blocks.slice(start, start + columns);
    // Column headers name their column: words, or years ("Skattesats / 2023 / 2024").
    const named = header.every(
      (block) => isName(block) && (!/\d/u.test(block.text) || YEAR.test(block.text)),
    );
    if (header.length < columns || !named) return undefined;
    const rows: Row[] = [];
    const used: Block[] = [...header];
    let index = start + columns;
    // "Prim gün sayısı / Ödenek süresi / 600 gün / 180 gün (6 ay) / …": a table of two columns
    // whose labels are figures too; each label then goes with its column's name.
    const labelHeader = header[0]?.text ?? '';
    const figureLabels = columns === 2 && isFigure(blocks[index]);
    for (;;) {
      const [label, ...cells] = blocks.slice(index, index + columns);
      const isLabel = figureLabels ? isFigure(label) : isRowLabel(label);
      if (!isLabel || label === undefined || cells.length < columns - 1) break;
      if (!cells.every(isFigure)) break;
      const text = figureLabels ? `${labelHeader}: ${label.text}` : label.text;
      rows.push({ label: { ...cell(label), text }, cells: cells.map(cell) });
      used.push(label, ...cells);
      index += columns;
    }
    if (rows.length >= 2)
      return { headers: header.slice(1).map((block) => block.text), rows, used };
  }
  return undefined;
}

const YEAR = /^(?:19|20)\d\d$/u;

/** The blocks of a run of short lines from `blocks[start]`, up to the first that is no name. */
function nameRun(blocks: readonly Block[], start: number): Block[] {
  const run: Block[] = [];
  for (let block = blocks[start]; isName(block); block = blocks[start + run.length])
    run.push(block);
  return run;
}

/** A row of a table of text: a label, then a value that says more about it than its name. */
function describes(row: readonly Block[]): boolean {
  const [label, value] = row;
  return isRowLabel(label) && value !== undefined && wordCount(value.text) > wordCount(label.text);
}

/**
 * Reads a flattened table of text cells that starts at `blocks[start]` and fills the run of
 * short lines there exactly: a header row of names without digits, then rows of a label and
 * one cell per column ("Yöntem / Kimler için uygun / GİB portalı / Az fatura kesen küçük
 * işletmeler / …"). Unlike a list of short lines it has a shape to show: in two columns each
 * value says more than its label; in three or more, one column holds a figure in every row
 * ("Lånetype / Rente / Afdrag / Kassekredit / 3–15 % / Ingen faste / …").
 */
function textTable(
  blocks: readonly Block[],
  start: number,
): { headers: string[]; rows: Row[]; used: Block[] } | undefined {
  const run = nameRun(blocks, start);
  for (let columns = 2; columns <= MAX_FIGURE_COLUMNS; columns += 1) {
    if (run.length % columns !== 0 || run.length / columns < 3) continue;
    const [header = [], ...body] = Array.from({ length: run.length / columns }, (_, row) =>
      run.slice(row * columns, (row + 1) * columns),
    );
    // A header named twice ("Assets / Amount / Liabilities and equity / Amount") heads two
    // tables set side by side, whose rows pair nothing.
    const names = new Set(header.map((block) => foldForCompare(block.text)));
    if (names.size < columns || header.some((block) => /\d/u.test(block.text))) continue;
    if (!body.every((row) => isRowLabel(row[0]))) continue;
    const shaped =
      columns === 2
        ? body.every(describes)
        : header.some((_, column) => column > 0 && body.every((row) => isFigure(row[column])));
    if (!shaped) continue;
    const rows = body.flatMap(([label, ...cells]) =>
      label
        ? [{ label: namedLabel(label, header[0]?.text ?? '', false), cells: cells.map(cell) }]
        : [],
    );
    return { headers: header.slice(1).map((block) => block.text), rows, used: run };
  }
  return undefined;
}

/** The most words of a text cell in a flattened table of two columns (see labelledTextTable). */
const MAX_TEXT_CELL_WORDS = 15;
/** A row label this short ("B") says nothing without its column's name. */
const MAX_BARE_LABEL_LENGTH = 2;

/**
 * The cell of a row label, with its column's name before it when the label says nothing alone:
 * a letter ("Klasse: B") or, where `figure` says so, a label with a figure ("Ratio: 1.2 to 2.0").
 */
function namedLabel(label: Block, column: string, figure: boolean): Cell {
  const bare = figure || label.text.length <= MAX_BARE_LABEL_LENGTH;
  return bare && column !== '' ? { ...cell(label), text: `${column}: ${label.text}` } : cell(label);
}

/**
 * Reads a flattened table of two columns from `blocks[start]` whose cells are text longer than a
 * name: a header of two names without digits ("Klasse / Hvem", "Ratio / Meaning"), then three
 * rows at least of a short label and a one-line cell of at most MAX_TEXT_CELL_WORDS words that
 * is no sentence ("B / mikrovirksomheder og øvrige små virksomheder"), up to a line that is no
 * name. Each cell is longer than its label, or the label is a figure and the cell text ("1.2 to
 * 2.0 / healthy"); a label with a figure goes with its column's name.
 */
function labelledTextTable(
  blocks: readonly Block[],
  start: number,
): { headers: string[]; rows: Row[]; used: Block[] } | undefined {
  const [left, right] = [blocks[start], blocks[start + 1]];
  if (!isName(left) || !isName(right) || /\d/u.test(left.text + right.text)) return undefined;
  if (foldForCompare(left.text) === foldForCompare(right.text)) return undefined;
  const rows: Row[] = [];
  const used: Block[] = [left, right];
  let index = start + 2;
  for (; ; index += 2) {
    const [label, value] = [blocks[index], blocks[index + 1]];
    if (!isName(label) || !isValue(value) || /[.!?]$/u.test(value.text)) break;
    if (wordCount(value.text) > MAX_TEXT_CELL_WORDS) break;
    const figure = FIGURE.test(label.text);
    if (figure ? isFigure(value) : value.text.length <= label.text.length) break;
    rows.push({
      label: namedLabel(label, left.text, /\d/u.test(label.text)),
      cells: [cell(value)],
    });
    used.push(label, value);
  }
  if (rows.length < 3 || isName(blocks[index])) return undefined;
  return { headers: [right.text], rows, used };
}

/**
 * Reads a flattened table of two columns of names from `blocks[start]` that sorts things into
 * the two kinds its headers name ("Engangsomkostninger / Løbende kreditomkostninger /
 * Etableringsgebyr / Månedlige og årlige kontogebyrer / …"): the paragraph right before it
 * names both kinds, so the columns are two lists, as in a table of pros and cons.
 */
function kindsTable(
  blocks: readonly Block[],
  start: number,
): { headers: string[]; columns: Cell[][]; used: Block[] } | undefined {
  const before = blocks[start - 1];
  const prose = before?.kind === 'paragraph' ? before.text : '';
  if (prose === '' || prose.endsWith(':') || isName(before)) return undefined;
  const run = nameRun(blocks, start);
  if (run.length % 2 !== 0 || run.length < 6) return undefined;
  if (run.some((block) => FIGURE.test(block.text))) return undefined;
  const [left, right] = run;
  const stems = new Set(wordStems(prose));
  const named = (block: Block | undefined) =>
    block !== undefined && wordStems(block.text).every((stem) => stems.has(stem));
  if (!named(left) || !named(right)) return undefined;
  const columns = [0, 1].map((column) =>
    run.filter((_, index) => index >= 2 && index % 2 === column).map(cell),
  );
  return { headers: [left?.text ?? '', right?.text ?? ''], columns, used: run };
}

/**
 * Reads label and figure lines in turn from `blocks[start]` ("Progressionsgrænse fra 2024 /
 * 9,2 mio. kr. / Sats over grænsen fra 2024 / 1,4 procent"): a table of two columns flattened
 * without its header. Two pairs at least.
 */
function pairTable(blocks: readonly Block[], start: number): { rows: Row[]; used: Block[] } {
  const rows: Row[] = [];
  const used: Block[] = [];
  if (start > 0 && isName(blocks[start - 1])) return { rows, used };
  for (let index = start; ; index += 2) {
    const [label, value] = [blocks[index], blocks[index + 1]];
    if (!isRowLabel(label) || !isFigure(value)) break;
    rows.push({ label: cell(label), cells: [cell(value)] });
    used.push(label, value);
  }
  return rows.length >= 2 ? { rows, used } : { rows: [], used: [] };
}

/**
 * The cards of a flattened table of text at the start of a run of short lines, `blocks[index]`:
 * one that sorts things into kinds gives a list per kind, one of labels and values a card per
 * value. A short line over the table ("Entegrasyon yöntemleri", "… dağıtım yöntemleri:") says
 * what it is about; else the section's heading does.
 */
function textTableAt(
  blocks: readonly Block[],
  index: number,
  heading: string,
): { cards: CardDraft[]; used: Block[] } | undefined {
  if (index > 0 && isName(blocks[index - 1])) return undefined;
  const kinds = kindsTable(blocks, index);
  if (kinds) return { cards: columnCards(heading, kinds.headers, kinds.columns), used: kinds.used };
  const lead = blocks[index];
  const table =
    textTable(blocks, index) ??
    (isName(lead) ? textTable(blocks, index + 1) : undefined) ??
    labelledTextTable(blocks, index);
  if (!table) return undefined;
  const subject = table.used[0] === lead ? heading : (lead?.text.replace(/:$/u, '') ?? heading);
  return { cards: tableCards(table.headers, table.rows, false, subject), used: table.used };
}

/**
 * Comparison cards for all pipe tables and flattened tables of a document.
 *
 * @example
 * comparisonCards(splitSections(parseDocument('| | BPO | KPO |\n|---|---|---|\n| needs | talk | know |\n').blocks), '')
 * // cards 'BPO — needs?' → 'talk' and 'KPO — needs?' → 'know'
 */
export function comparisonCards(sections: readonly Section[], title: string): ComparisonResult {
  const cards: CardDraft[] = [];
  const consumed = new Set<Block>();
  const { remember, isNamed } = textSoFar(title);
  for (const section of sections) {
    if (section.heading) remember(section.heading.text);
    section.blocks.forEach((block, index) => {
      if (consumed.has(block)) return;
      remember(block.text);
      if (block.kind === 'table') {
        cards.push(...pipeTableCards(block, isNamed, section.heading?.text ?? ''));
        return;
      }
      if (block.kind !== 'paragraph') return;
      const split = prosAndConsTable(section.blocks, index);
      if (split) {
        split.used.forEach((used) => consumed.add(used));
        cards.push(
          ...columnCards(tableSubject(section.blocks, index, title), split.headers, split.columns),
        );
        return;
      }
      const table = block.text.endsWith(':')
        ? flattenedTable(section.blocks, index, isNamed)
        : undefined;
      if (table) {
        table.used.forEach((used) => consumed.add(used));
        cards.push(...tableCards(table.headers, table.rows));
        return;
      }
      // A table of figures asks each figure from its row and column under the heading that
      // says what they are: "Stopaj oranları / Kira ödemeleri — Oran?".
      const subject = section.heading?.text ?? '';
      const figures = figureTable(section.blocks, index);
      if (figures) {
        figures.used.forEach((used) => consumed.add(used));
        cards.push(...tableCards(figures.headers, figures.rows, false, subject));
        return;
      }
      const text = textTableAt(section.blocks, index, subject);
      if (text) {
        text.used.forEach((used) => consumed.add(used));
        cards.push(...text.cards);
        return;
      }
      const pairs = pairTable(section.blocks, index);
      const asked = headerlessCards(pairs.rows, subject);
      if (asked.length === 0) return;
      pairs.used.forEach((used) => consumed.add(used));
      cards.push(...asked);
    });
  }
  return { cards, consumed };
}
