/**
 * Splits a document into blocks (headings, paragraphs, bullet items, pipe tables) that remember
 * their 1-based source lines, so every card can point back to where it came from. Cleaning
 * happens per block; what is not article text — front matter, HTML comments, empty `>` lines,
 * site boilerplate after a "Related articles" marker, a last paragraph cut off mid-word — never
 * becomes a block.
 */
import { cleanInline, stripHtmlComments } from './clean.ts';
import { readFrontMatter, type FrontMatter } from './front-matter.ts';
import { parseFormula } from './formula-lines.ts';
import { isBoilerplateMarker, isFaqHeading, isPromotion, isProsAndCons } from './heading-words.ts';
import { endsLikeSentence, FIGURE, wordCount } from './text.ts';

export type BlockKind = 'heading' | 'paragraph' | 'bullet' | 'table';

export interface Block {
  kind: BlockKind;
  /** Cleaned text: the heading, the paragraph, the bullet item; empty for tables. */
  text: string;
  /** Heading level 1–6; 0 for other blocks. */
  level: number;
  /** 1-based first and last source line. */
  from: number;
  to: number;
  /** Source lines the block spans (a flattened table cell is a one-line paragraph). */
  lineCount: number;
  /** Columns of indentation before a bullet's marker (nested lists); 0 for other blocks. */
  indent: number;
  /** Cleaned cells of a pipe table, header row first, with each row's source line. */
  rows: readonly TableRow[];
}

export interface TableRow {
  cells: readonly string[];
  line: number;
}

export interface ParsedDocument {
  frontMatter: FrontMatter;
  blocks: Block[];
}

const HEADING = /^\s{0,3}(#{1,6})(?:\s+|(?=\p{L}))(.*?)(?:\s+#+)?\s*$/u;
const SETEXT = /^\s{0,3}(?:={2,}|-{2,})\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
/** Bullets, numbered items ("1." "2)"), lettered ones ("a)") and lower-case Roman ones ("iv."). */
const BULLET =
  /^\s*(?:[•·▪●◦‣∙*+–-]|\d{1,3}[.)]|\p{L}\)|(?:i{1,3}|iv|vi{0,3}|ix|x)[.)])\s+(\S.*)$/u;
/** "a. the revenue is earned": a lower-case letter and a dot (see letteredItem). */
const LETTERED = /^\s*(\p{Ll})\.\s+(\S.*)$/u;
const QUOTE = /^\s{0,3}>\s?(.*)$/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)+\|?\s*$/;

interface RawBlock {
  kind: BlockKind | 'quote';
  lines: string[];
  level: number;
  indent: number;
  from: number;
  to: number;
  rows: TableRow[];
}

function splitCells(line: string): string[] {
  const trimmed = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return trimmed.split(/(?<!\\)\|/).map((cell) => cleanInline(cell.replace(/\\\|/g, '|')));
}

/** "Brüt asgari ücret | 20.002,50 TL", "rodič … materské → 473,30 €": a row of cells, not prose. */
function rowCells(line: string): string[] | undefined {
  if (line.includes('|')) return splitCells(line);
  return line.includes(' → ') ? line.split(' → ').map(cleanInline) : undefined;
}

function isRowLine(line: string): boolean {
  return (rowCells(line)?.length ?? 0) >= 2;
}

/** Whether `line` starts rows of cells under a paragraph's prose, or prose under its rows. */
function startsOrEndsRows(paragraph: RawBlock, line: string): boolean {
  return isRowLine(paragraph.lines.at(-1) ?? '') !== isRowLine(line);
}

/** The most words of a name in the first column of a glossary written without a separator row. */
const MAX_GLOSSARY_NAME_WORDS = 4;

/**
 * "Margin of safety | how far sales are above break-even": a name, not a figure ("1. januar 1978
 * eller senere") or a sentence, and a description of more words than the name.
 */
function isGlossaryRow(row: TableRow): boolean {
  const [name = '', description = ''] = row.cells;
  return (
    /^\p{L}/u.test(name) &&
    !/\d/u.test(name) &&
    wordCount(name) <= MAX_GLOSSARY_NAME_WORDS &&
    !endsLikeSentence(name) &&
    wordCount(description) > wordCount(name)
  );
}

/** "1. januar 1976 – 31. december 1977 | din 32 års fødselsdag": a range and what it gives. */
function isRangeRow(row: TableRow): boolean {
  const [range = '', value = ''] = row.cells;
  return /\d/u.test(range) && /\d/u.test(value);
}

/**
 * A table of figures written without its separator row ("Abgabe | Arbeitgeber | Minijobber" over
 * rows of the same number of cells, each holding a label and figures, or cells split by "→"):
 * its rows, with an empty header row first when the first row already holds figures. Two rows
 * at least, besides a header; every cell filled, so a share line ("Twitter | Facebook") or a
 * path ("A → B") is no table. A header of pros and cons ("Avantajlar | Dezavantajlar") heads
 * text cells too, and so does a glossary's ("Metric | What it measures") over two columns of
 * names and their longer descriptions.
 */
function cellRun(lines: readonly string[], index: number): TableRow[] | undefined {
  const first = rowCells(lines[index] ?? '');
  if (first === undefined || first.length < 2) return undefined;
  const rows: TableRow[] = [];
  for (let next = index; next < lines.length; next += 1) {
    const cells = rowCells(lines[next] ?? '');
    if (cells?.length !== first.length || cells.some((cell) => cell === '')) break;
    rows.push({ cells, line: next + 1 });
  }
  const headed = first.slice(1).every((cell) => !/\d/u.test(cell));
  if (rows.length < (headed ? 3 : 2)) return undefined;
  // Pros and cons ("Avantajlar | Dezavantajlar") hold text in both columns: two lists.
  if (headed && first.length === 2 && isProsAndCons(first[0] ?? '', first[1] ?? '')) return rows;
  // A glossary ("Metric | What it measures" over "Margin of safety | how far sales are …"):
  // two columns, a short name in each first cell and a longer description beside it; two
  // short cells ("Kâr payı verir | Faiz verir") compare two things.
  if (headed && first.length === 2 && rows.slice(1).every(isGlossaryRow)) return rows;
  // Ranges ("Født | Senest start på bidrag" over "1. januar 1978 eller senere | din 30 års
  // fødselsdag"): digits in every cell, each label a date or amount the value applies from.
  if (headed && first.length === 2 && rows.slice(1).every(isRangeRow)) return rows;
  // Rates and what they apply to ("Oran | Nerede uygulanır" over "%8 | bazı ilaçlar …"): a
  // figure in every first cell labels the text beside it.
  if (
    headed &&
    first.length === 2 &&
    rows.slice(1).every((row) => FIGURE.test(row.cells[0] ?? ''))
  ) {
    return rows;
  }
  // Only a table of figures: text in every column may as well be prose set apart by "|".
  const values = rows.slice(headed ? 1 : 0).flatMap((row) => row.cells.slice(1));
  if (!values.every((cell) => FIGURE.test(cell) || cell === '–')) return undefined;
  return headed ? rows : [{ cells: first.map(() => ''), line: index + 1 }, ...rows];
}

/** "[ 300,000 ]": a form field of a calculator widget (a Markdown link "[text](…)" is none). */
const INPUT_BOX = /\[\s+[^\]]{1,20}?\s+\](?!\()/gu;
const MAX_FURNITURE_PART_WORDS = 5;
/** A paragraph this long is article prose: page furniture stands above the first one. */
const MIN_PROSE_WORDS = 8;

/**
 * A line of page furniture, not article text: a byline or share bar of short parts between
 * "·" (three, or two that both hold a figure: "Published May 31, 2025 · 6 min read"), or between
 * "|" after a label ("By the editorial team · Updated March 3, 2025 · 5 min read", "Share:
 * Twitter | Facebook | Copy link"; a table row has no label), or a calculator's form ("Selling
 * price per unit [ 10 ] … (Calculate)").
 */
function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  if ((text.match(INPUT_BOX)?.length ?? 0) >= 2) return true;
  const dotted = text.split(/\s·\s/u);
  const piped = text.split(/\s\|\s/u);
  const dated = dotted.length === 2 && dotted.every((part) => /\d/u.test(part));
  const parts =
    dotted.length >= 3 || dated ? dotted : piped.some((part) => part.includes(':')) ? piped : [];
  return (
    (parts.length >= 3 || dated) &&
    !endsLikeSentence(text) &&
    parts.every((part) => wordCount(part) <= MAX_FURNITURE_PART_WORDS)
  );
}

/**
 * The page's head without its furniture: a paragraph of furniture lines above the article's
 * first prose paragraph (a breadcrumb trail is none) goes, so a "What is …?" title is answered
 * by the article, not by its byline. Furniture further down is left to the boilerplate cut.
 */
function withoutFurniture(raws: readonly RawBlock[]): RawBlock[] {
  let inHead = true;
  return raws.filter((raw) => {
    if (raw.kind !== 'paragraph' || !inHead) return true;
    if (raw.lines.every(isFurnitureLine)) return false;
    const text = raw.lines.join(' ');
    inHead = wordCount(text) < MIN_PROSE_WORDS || / [›»] /u.test(text);
    return true;
  });
}

/** First pass: group lines into raw blocks by their Markdown shape. */
function rawBlocks(lines: readonly string[]): RawBlock[] {
  const blocks: RawBlock[] = [];
  let open: RawBlock | undefined;
  const start = (kind: RawBlock['kind'], line: string, index: number, level = 0): RawBlock => {
    const block: RawBlock = {
      kind,
      lines: [line],
      level,
      indent: 0,
      from: index + 1,
      to: index + 1,
      rows: [],
    };
    blocks.push(block);
    return block;
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      open = undefined;
      continue;
    }
    if (open?.kind === 'paragraph' && open.lines.length === 1 && SETEXT.test(line)) {
      open.kind = 'heading';
      open.level = line.includes('=') ? 1 : 2;
      open.to = index + 1;
      open = undefined;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading?.[1] !== undefined && (heading[2] ?? '').trim() !== '') {
      start('heading', heading[2] ?? '', index, heading[1].length);
      open = undefined;
      continue;
    }
    if (RULE.test(line)) {
      open = undefined;
      continue;
    }
    if (line.includes('|') && TABLE_SEPARATOR.test(lines[index + 1] ?? '')) {
      const table = start('table', line, index);
      table.rows.push({ cells: splitCells(line), line: index + 1 });
      index += 1;
      while (index + 1 < lines.length && (lines[index + 1] ?? '').includes('|')) {
        index += 1;
        table.rows.push({ cells: splitCells(lines[index] ?? ''), line: index + 1 });
      }
      table.to = index + 1;
      open = undefined;
      continue;
    }
    const run = open === undefined ? cellRun(lines, index) : undefined;
    if (run) {
      const table = start('table', line, index);
      table.rows = run;
      table.to = run.at(-1)?.line ?? index + 1;
      index = table.to - 1;
      continue;
    }
    const item = BULLET.exec(line)?.[1] ?? letteredItem(lines, index);
    if (item !== undefined) {
      open = start('bullet', item, index);
      open.indent = (/^\s*/u.exec(line)?.[0] ?? '').replace(/\t/gu, '    ').length;
      continue;
    }
    const quote = QUOTE.exec(line);
    if (quote) {
      const content = quote[1] ?? '';
      if (content.trim() === '') {
        open = undefined;
      } else if (open?.kind === 'quote') {
        open.lines.push(content);
        open.to = index + 1;
      } else {
        open = start('quote', content, index);
      }
      continue;
    }
    // A plain line continues the paragraph or bullet item it directly follows; prose and rows
    // of cells ("daň z príjmov | oslobodený | oslobodený") under or over it are paragraphs of
    // their own, so no sentence runs through a table that has no separator row.
    if (open?.kind === 'bullet' || (open?.kind === 'paragraph' && !startsOrEndsRows(open, line))) {
      if (open.kind === 'bullet' && isTitleOfItem(open, line, blocks.at(-2))) {
        open.lines[0] = `${open.lines[0]}:`;
      }
      open.lines.push(line);
      open.to = index + 1;
    } else {
      open = start('paragraph', line, index);
    }
  }
  return blocks;
}

/**
 * The text of line `index` when it is an item lettered with a dot ("a. the revenue is earned"):
 * only in a run of them, the line before or after lettered with the letter before or after, as a
 * line of prose may start with a letter and a dot on its own ("e. coli", an initial).
 */
function letteredItem(lines: readonly string[], index: number): string | undefined {
  const match = LETTERED.exec(lines[index] ?? '');
  const letter = match?.[1]?.charCodeAt(0);
  if (letter === undefined) return undefined;
  const lettered = (line: string | undefined, offset: number) =>
    LETTERED.exec(line ?? '')?.[1]?.charCodeAt(0) === letter + offset;
  return lettered(lines[index + 1], 1) || lettered(lines[index - 1], -1) ? match?.[2] : undefined;
}

/** The most words of an item's title over the sentence that explains it (see isTitleOfItem). */
const MAX_TITLE_WORDS = 5;

/**
 * Whether `item` so far is a title and `line`, written under it, the sentence that explains it
 * ("1. Yanma" over "Kaza sonucu çıkan yangın ya da patlamanın verdiği hasar."): one short line
 * with no punctuation at its end over a whole unindented sentence that starts with a capital,
 * first in its list or after an item of the same shape (`before`). Such an item reads as "title:
 * explanation", the label and text the list cards ask; a sentence under the last of one-line
 * items ("- faiz yasağı" …) is not what that item means.
 */
function isTitleOfItem(item: RawBlock, line: string, before: RawBlock | undefined): boolean {
  const title = item.lines[0] ?? '';
  const first = before?.kind !== 'bullet' || before.to !== item.from - 1;
  return (
    (first || (before.lines.length > 1 && (before.lines[0] ?? '').endsWith(':'))) &&
    item.lines.length === 1 &&
    wordCount(title) <= MAX_TITLE_WORDS &&
    /[\p{L}\p{N})]$/u.test(title) &&
    /^\p{Lu}.*[.!?]$/u.test(line.trimEnd())
  );
}

/** "Offshoring: Die Auslagerung …": a short capitalised label, a colon and its explanation. */
const LABELLED_LINE = /^\s*(\p{Lu}[^:]{1,59}):\s+\S/u;
const MAX_LABEL_WORDS = 4;

function isLabelledLine(line: string): boolean {
  const label = LABELLED_LINE.exec(line)?.[1];
  return label !== undefined && wordCount(label) <= MAX_LABEL_WORDS && !/[.!?]/u.test(label);
}

/** A line that stands alone as a list item: a labelled one, or a whole capitalised sentence. */
function isItemLine(line: string): boolean {
  const text = line.trim();
  return isLabelledLine(text) || (/^\p{Lu}/u.test(text) && /[.!?]$/u.test(text));
}

function asBullets(raw: RawBlock, lines: readonly string[], from: number): RawBlock[] {
  return lines.map((line, offset) => ({
    ...raw,
    kind: 'bullet',
    lines: [line.trim()],
    indent: 0,
    from: from + offset,
    to: from + offset,
  }));
}

/**
 * A list written without bullets, one item per line right under its lead ("… darunter:" and a
 * line "Offshoring: Die Auslagerung …" per item, or "… üç yönden etkiler:" and a sentence per
 * line), reads as the bulleted list it is: a paragraph whose every line is labelled becomes
 * its items, and one whose first line leads in with ":" keeps that line and gives the rest.
 */
function splitItemLines(raw: RawBlock): RawBlock[] {
  if (raw.kind !== 'paragraph' || raw.lines.length < 2) return [raw];
  if (raw.lines.every(isLabelledLine)) return asBullets(raw, raw.lines, raw.from);
  const [lead = '', ...rest] = raw.lines;
  if (rest.length < 2 || !lead.trim().endsWith(':') || !rest.every(isItemLine)) return [raw];
  return [{ ...raw, lines: [lead], to: raw.from }, ...asBullets(raw, rest, raw.from + 1)];
}

/** A term on a line of its own: a short capitalised name, no sentence punctuation. */
function isTermLine(line: string): boolean {
  const text = line.trim();
  return (
    /^\p{Lu}/u.test(text) &&
    !/[.,;:!?]$|:/u.test(text) &&
    wordCount(text) <= MAX_LABEL_WORDS &&
    text.length <= MAX_CELL_LENGTH
  );
}

/**
 * A definition list flattened to lines ("Konateľ" and on the next line "štatutárny orgán, koná
 * v mene spoločnosti", two or more such pairs in one paragraph): each term and the explanation
 * under it, which starts in lower case, is the item "Konateľ: štatutárny orgán, …" it stands
 * for. A capitalised second line is a sentence of its own, so such a paragraph is left alone.
 */
function splitTermLines(raw: RawBlock): RawBlock[] {
  const { lines } = raw;
  if (raw.kind !== 'paragraph' || lines.length < 4 || lines.length % 2 !== 0) return [raw];
  const items: string[] = [];
  for (let index = 0; index < lines.length; index += 2) {
    const term = (lines[index] ?? '').trim();
    const explanation = (lines[index + 1] ?? '').trim();
    if (!isTermLine(term) || !/^\p{Ll}/u.test(explanation)) return [raw];
    items.push(`${term}: ${explanation}`);
  }
  return items.map((item, offset) => ({
    ...raw,
    kind: 'bullet',
    lines: [item],
    indent: 0,
    from: raw.from + offset * 2,
    to: raw.from + offset * 2 + 1,
  }));
}

/**
 * Paragraphs in a row that each start with a label ("Kostensenkung: Indem …" under
 * "Vorteile"), two or more of them, are the items of a list written as paragraphs.
 */
function labelledRuns(raws: RawBlock[]): RawBlock[] {
  const labelled = raws.map(
    (raw) => raw.kind === 'paragraph' && isLabelledLine(raw.lines[0] ?? ''),
  );
  return raws.map((raw, index) =>
    labelled[index] && (labelled[index - 1] === true || labelled[index + 1] === true)
      ? { ...raw, kind: 'bullet', indent: 0 }
      : raw,
  );
}

/** Lines of a table flattened without blank lines between its cells. */
const MIN_CELL_LINES = 4;
const MAX_CELL_LENGTH = 60;
const MAX_CELL_WORDS = 6;

/**
 * A short line without the punctuation that ends or continues a sentence: a table cell. A
 * figure may end in its unit's full stop ("48.000 kr.").
 *
 * @example
 * isCellLine('531 kr.') // true
 * isCellLine('Ja, det kan du.') // false
 */
export function isCellLine(line: string): boolean {
  const text = line.trim();
  const ending = FIGURE.test(text) ? /[,;:!?]$/u : /[.,;:!?]$/u;
  return text.length <= MAX_CELL_LENGTH && wordCount(text) <= MAX_CELL_WORDS && !ending.test(text);
}

/**
 * A paragraph of several short lines without punctuation is a table flattened one cell per
 * line with no blank lines between them: each line stands alone, as in the spaced form.
 */
function splitCellLines(raw: RawBlock): RawBlock[] {
  if (raw.kind !== 'paragraph' || raw.lines.length < MIN_CELL_LINES) return [raw];
  return raw.lines.every(isCellLine) ? eachLineAlone(raw) : [raw];
}

/** The lines of `raw`, each a paragraph of its own, as if blank lines stood between them. */
function eachLineAlone(raw: RawBlock): RawBlock[] {
  return raw.lines.map((line, offset) => ({
    ...raw,
    lines: [line],
    from: raw.from + offset,
    to: raw.from + offset,
  }));
}

/** Emphasis around a whole line ("**Kann ich …?**", "_Why?_"): the question mark is inside it. */
const CLOSING_EMPHASIS = /[*_]+$/u;

/**
 * A question on the first line of a paragraph, its answer on the lines under it. The question
 * may be bold ("**Was passiert bei einer Kündigung?**"), as FAQ pages often write it.
 */
function opensWithQuestion(raw: RawBlock): boolean {
  const first = (raw.lines[0] ?? '').trim().replace(CLOSING_EMPHASIS, '');
  return (
    raw.kind === 'paragraph' && raw.lines.length >= 2 && first.length <= 200 && first.endsWith('?')
  );
}

/**
 * A FAQ written without blank lines ("Ofte stillede spørgsmål", the question and its answer on
 * the next lines, and later questions each over its answer) reads as the FAQ heading,
 * questions and answers it is, one line each, until the next heading.
 */
function splitFaqLines(raws: readonly RawBlock[]): RawBlock[] {
  let inFaq = false;
  return raws.flatMap((raw) => {
    const first = (raw.lines[0] ?? '').trim();
    if (raw.kind === 'heading') inFaq = isFaqHeading(first);
    if (raw.kind === 'paragraph' && first.length <= 80 && isFaqHeading(first)) {
      inFaq = true;
      if (raw.lines.length >= 3) return eachLineAlone(raw);
    }
    return inFaq && opensWithQuestion(raw) ? eachLineAlone(raw) : [raw];
  });
}

/**
 * A paragraph whose every line is a formula ("Break-Even Units = Fixed Costs ÷ …" and the next
 * one) is one formula a line, as if blank lines stood between them.
 */
function splitFormulaLines(raw: RawBlock): RawBlock[] {
  if (raw.kind !== 'paragraph' || raw.lines.length < 2) return [raw];
  return raw.lines.every((line) => parseFormula(line) !== undefined) ? eachLineAlone(raw) : [raw];
}

function toBlock(raw: RawBlock): Block {
  // A non-empty blockquote is ordinary prose (a highlighted fact), so it reads as a paragraph.
  const kind = raw.kind === 'quote' ? 'paragraph' : raw.kind;
  return {
    kind,
    text: kind === 'table' ? '' : cleanInline(raw.lines.join(' ')),
    level: raw.level,
    from: raw.from,
    to: raw.to,
    lineCount: raw.to - raw.from + 1,
    indent: raw.indent,
    rows: raw.rows,
  };
}

/** Everything from the first boilerplate marker line on belongs to the site, not the article. */
function cutBoilerplate(blocks: Block[]): Block[] {
  const marker = blocks.findIndex(
    (block) =>
      (block.kind === 'heading' || (block.kind !== 'table' && block.lineCount === 1)) &&
      isBoilerplateMarker(block.text),
  );
  return marker < 0 ? blocks : blocks.slice(0, marker);
}

/**
 * A file that stops without a final newline in the middle of a paragraph was cut off: the last
 * paragraph is a fragment and goes. So does a last list item that stops without the full stop
 * its sibling items end with — newline or not, the scraper cut the list.
 */
function dropTruncatedTail(blocks: Block[], text: string, lastLine: number): Block[] {
  const last = blocks.at(-1);
  if (last?.to !== lastLine || endsLikeSentence(last.text)) return blocks;
  if (last.kind === 'paragraph' && !text.endsWith('\n')) return blocks.slice(0, -1);
  const previous = blocks.at(-2);
  const cut =
    !text.endsWith('\n') || (previous?.kind === 'bullet' && endsLikeSentence(previous.text));
  return last.kind === 'bullet' && cut ? blocks.slice(0, -1) : blocks;
}

/** In plain text the first short line without sentence punctuation is the title. */
function promoteTitle(blocks: Block[]): Block[] {
  const first = blocks[0];
  if (blocks.some((block) => block.kind === 'heading')) return blocks;
  if (first?.kind !== 'paragraph' || first.lineCount !== 1 || first.text.length > 150) {
    return blocks;
  }
  if (/[.!?:;,]$/u.test(first.text)) return blocks;
  return [{ ...first, kind: 'heading', level: 1 }, ...blocks.slice(1)];
}

/**
 * Parses a document into front matter and cleaned blocks with source lines.
 *
 * @example
 * parseDocument('# BPO\n\n- one\n- two\n').blocks.map((b) => [b.kind, b.text, b.from])
 * // [['heading', 'BPO', 1], ['bullet', 'one', 3], ['bullet', 'two', 4]]
 */
export function parseDocument(text: string): ParsedDocument {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const frontMatter = readFrontMatter(lines);
  const body = stripHtmlComments(
    lines.map((line, index) => (index < frontMatter.lineCount ? '' : line)).join('\n'),
  ).split('\n');
  let lastLine = body.length;
  while (lastLine > 0 && (body[lastLine - 1] ?? '').trim() === '') lastLine -= 1;
  const blocks = labelledRuns(
    splitFaqLines(withoutFurniture(rawBlocks(body)))
      .flatMap(splitCellLines)
      .flatMap(splitFormulaLines)
      .flatMap(splitTermLines)
      .flatMap(splitItemLines),
  )
    .map(toBlock)
    .filter((block) => block.text !== '' || block.rows.length > 0)
    .filter((block) => block.kind !== 'paragraph' || !isPromotion(block.text));
  const article = dropTruncatedTail(cutBoilerplate(blocks), text, lastLine);
  return { frontMatter, blocks: promoteTitle(article) };
}

/**
 * The article's text, tables included: what language detection and term counting read.
 *
 * @example
 * articleProse(parseDocument('# BPO\n\nText.\n')) // 'BPO\nText.'
 */
export function articleProse(doc: ParsedDocument): string {
  return doc.blocks
    .flatMap((block) => [block.text, ...block.rows.flatMap((row) => row.cells)])
    .join('\n');
}

/** Words a paragraph or item needs to count as a sentence of the article for language detection. */
const MIN_SAMPLE_WORDS = 6;
/** Enough text for language detection, which reads only the start of its input. */
const SAMPLE_CHARS = 1000;
const MIN_SAMPLE_CHARS = 120;
/** "Sözlük » R » Repo", "Finanzwissen › Steuern › …": a breadcrumb trail, not prose. */
const BREADCRUMB = /\S\s+[»›>/|·]\s+\S.*\s[»›>/|·]\s/u;

function isSampleBlock(block: Block): boolean {
  if (block.kind === 'heading') return true;
  if (block.kind !== 'paragraph' && block.kind !== 'bullet') return false;
  return wordCount(block.text) >= MIN_SAMPLE_WORDS && !BREADCRUMB.test(block.text);
}

/**
 * The article's headings and sentences for language detection: paragraphs and items of six
 * words or more, no breadcrumb trail, so a breadcrumb line ("Sözlük » R » Repo ve Ters Repo")
 * and a short English subtitle above a Turkish article do not decide its language; all of its
 * text when it has too little of them.
 *
 * @example
 * languageSample(parseDocument('# Repo\n\n(Repurchase agreement)\n\nRepo, bir menkul …\n'))
 * // 'Repo\nRepo, bir menkul …' (when that is long enough)
 */
export function languageSample(doc: ParsedDocument): string {
  const sample: string[] = [];
  let length = 0;
  for (const block of doc.blocks) {
    if (length >= SAMPLE_CHARS) break;
    if (!isSampleBlock(block)) continue;
    sample.push(block.text);
    length += block.text.length + 1;
  }
  return length >= MIN_SAMPLE_CHARS ? sample.join('\n') : articleProse(doc);
}
