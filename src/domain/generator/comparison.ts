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
import { foldForCompare, wordCount } from './text.ts';

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

function tableCards(headers: readonly string[], rows: readonly Row[]): CardDraft[] {
  const cards: CardDraft[] = [];
  for (const row of rows) {
    const label = row.label.text.replace(/[\s:?]+$/u, '');
    if (label === '') continue;
    row.cells.forEach((cell, column) => {
      const header = headers[column] ?? '';
      if (header === '' || cell.text === '') return;
      const others = row.cells
        .map((other, index) => ({ header: headers[index] ?? '', text: other.text, index }))
        .filter((other) => other.index !== column && other.header !== '' && other.text !== '')
        .map((other) => `${other.header}: ${other.text}`);
      cards.push({
        kind: 'comparison',
        anchor: `${header} | ${label}`,
        front: `${header} — ${label}?`,
        back: cell.text,
        context: others.join('\n'),
        lines: [Math.min(row.label.from, cell.from), Math.max(row.label.to, cell.to)],
      });
    });
  }
  return cards;
}

/** Pipe tables with a label column and at least two compared columns. */
function pipeTableCards(block: Block): CardDraft[] {
  const [header, ...body] = block.rows;
  if (!header || header.cells.length < 3) return [];
  const headers = header.cells.slice(1);
  const rows = body.map((row) => {
    const at = (text: string): Cell => ({ text, from: row.line, to: row.line });
    return { label: at(row.cells[0] ?? ''), cells: row.cells.slice(1).map(at) };
  });
  return tableCards(headers, rows);
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
 * Folded words cut to five letters, a crude stem: West Slavic and Turkish titles name the
 * compared things in another case ("plánovanou … ekonomikou") than the table headers
 * ("Plánovaná ekonomika").
 */
function words(text: string): string[] {
  return (foldForCompare(text).match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.slice(0, 5));
}

const cell = (block: Block): Cell => ({ text: block.text, from: block.from, to: block.to });

/**
 * Reads a flattened table whose lead is `blocks[leadIndex]`. The compared things must already
 * have been named in the text before (a comparison article names them in its title), which
 * keeps a plain list of short lines after a colon from passing for a table.
 */
function flattenedTable(
  blocks: readonly Block[],
  leadIndex: number,
  wordsBefore: ReadonlySet<string>,
): { headers: string[]; rows: Row[]; used: Block[] } | undefined {
  const [left, right] = [blocks[leadIndex + 1], blocks[leadIndex + 2]];
  if (!isName(left) || !isName(right)) return undefined;
  if (foldForCompare(left.text) === foldForCompare(right.text)) return undefined;
  const named = (name: string) => words(name).every((word) => wordsBefore.has(word));
  if (!named(left.text) || !named(right.text)) return undefined;
  const rows: Row[] = [];
  const used: Block[] = [left, right];
  let index = leadIndex + 3;
  for (;;) {
    const [label, a, b] = [blocks[index], blocks[index + 1], blocks[index + 2]];
    if (!isName(label) || !isValue(a) || !isValue(b)) break;
    rows.push({ label: cell(label), cells: [cell(a), cell(b)] });
    used.push(label, a, b);
    index += 3;
  }
  return rows.length >= 2 ? { headers: [left.text, right.text], rows, used } : undefined;
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
  // A set of the words so far, not the text: looking names up stays cheap in long documents.
  const wordsBefore = new Set(words(title));
  const remember = (text: string) => {
    for (const word of words(text)) wordsBefore.add(word);
  };
  for (const section of sections) {
    if (section.heading) remember(section.heading.text);
    section.blocks.forEach((block, index) => {
      if (consumed.has(block)) return;
      remember(block.text);
      if (block.kind === 'table') {
        cards.push(...pipeTableCards(block));
        return;
      }
      if (block.kind !== 'paragraph' || !block.text.endsWith(':')) return;
      const table = flattenedTable(section.blocks, index, wordsBefore);
      if (!table) return;
      table.used.forEach((used) => consumed.add(used));
      cards.push(...tableCards(table.headers, table.rows));
    });
  }
  return { cards, consumed };
}
