/**
 * Formula cards: a line of the article that states how a quantity is computed (see
 * formula-lines.ts) asks for the expression from the quantity's name: "Break-Even Units = ?" →
 * "Fixed Costs ÷ Contribution Per Unit". A formula inside a sentence ("Another route …:
 * EBITDA = EBIT + …") stays with the sentence's own cards.
 */
import { parseFormula } from './formula-lines.ts';
import type { CardDraft } from './ids.ts';
import { isProseSection, type Section } from './sections.ts';
import { capitalizeFirst } from './text.ts';

/**
 * One definition card per formula line of the article's prose.
 *
 * @example
 * formulaCards(splitSections(parseDocument('Equity = Assets − Liabilities\n').blocks))
 * // [{ kind: 'definition', front: 'Equity = ?', back: 'Assets − Liabilities', … }]
 */
export function formulaCards(sections: readonly Section[]): CardDraft[] {
  const cards: CardDraft[] = [];
  for (const section of sections) {
    if (!isProseSection(section)) continue;
    for (const block of section.blocks) {
      if (block.kind !== 'paragraph' || block.lineCount !== 1) continue;
      const formula = parseFormula(block.text);
      if (formula === undefined) continue;
      cards.push({
        kind: 'definition',
        anchor: `formula:${formula.term}`,
        front: `${capitalizeFirst(formula.term)} = ?`,
        back: capitalizeFirst(formula.expression),
        context: '',
        lines: [block.from, block.to],
      });
    }
  }
  return cards;
}
