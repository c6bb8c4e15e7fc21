/**
 * What a document has that gave no cards, with the reason, for the preview: each Markdown
 * section (a heading and the text under it) none of whose lines any card came from. New code
 * beside the generator rather than inside it: it reads only the generator's input text and the
 * cards' `lines`, both part of the generator's public surface.
 */
import type { DeckCard } from '../deck/deck-types.ts';

export type SkipReason = 'table' | 'list' | 'prose';

export interface SkippedSection {
  heading: string;
  /** 1-based, inclusive, as a card's `lines`. */
  lines: [from: number, to: number];
  reason: SkipReason;
}

const HEADING = /^#{1,6}\s+(.*?)\s*#*\s*$/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d+[.)])\s+\S/;

function reasonOf(body: readonly string[]): SkipReason {
  if (body.some((line) => TABLE_ROW.test(line))) return 'table';
  if (body.some((line) => LIST_ITEM.test(line))) return 'list';
  return 'prose';
}

/**
 * For each line number n (1-based), how many of the lines before n some card came from: one
 * pass over the cards and one over the lines, where asking every card of every section took
 * seconds for a long document (tens of thousands of both).
 */
function coveredLinesBefore(cards: readonly DeckCard[], lineCount: number): Int32Array {
  const opened = new Int32Array(lineCount + 2);
  const at = (line: number) => Math.max(1, Math.min(line, lineCount + 1));
  for (const [from, to] of cards.map((card) => card.lines)) {
    opened[at(from)] = (opened[at(from)] ?? 0) + 1;
    opened[at(to + 1)] = (opened[at(to + 1)] ?? 0) - 1;
  }
  const before = new Int32Array(lineCount + 2);
  let open = 0;
  for (let line = 1; line <= lineCount; line += 1) {
    open += opened[line] ?? 0;
    before[line + 1] = (before[line] ?? 0) + (open > 0 ? 1 : 0);
  }
  return before;
}

/**
 * The sections of `text` (split at Markdown headings) that have text of their own but gave none
 * of `cards`, each with what it held: a table (not a two-column comparison), a list (whose items
 * gave no card: no lead-in line, no "Label: explanation" items), or prose with nothing the
 * generator turns into a card.
 *
 * @example
 * skippedSections('# T\n\n## History\n\nIt began in 1990.\n', [])
 * // [{ heading: 'History', lines: [3, 5], reason: 'prose' }]
 */
export function skippedSections(text: string, cards: readonly DeckCard[]): SkippedSection[] {
  const lines = text.split(/\r?\n/);
  const starts: { heading: string; line: number }[] = [];
  lines.forEach((line, index) => {
    const match = HEADING.exec(line);
    if (match !== null) starts.push({ heading: match[1] ?? '', line: index + 1 });
  });
  const coveredUpTo = coveredLinesBefore(cards, lines.length);
  const skipped: SkippedSection[] = [];
  starts.forEach((start, index) => {
    const end = (starts[index + 1]?.line ?? lines.length + 1) - 1;
    const body = lines.slice(start.line, end).filter((line) => line.trim() !== '');
    if (body.length === 0) return;
    const covered = (coveredUpTo[end + 1] ?? 0) - (coveredUpTo[start.line] ?? 0) > 0;
    if (!covered) {
      skipped.push({ heading: start.heading, lines: [start.line, end], reason: reasonOf(body) });
    }
  });
  return skipped;
}
