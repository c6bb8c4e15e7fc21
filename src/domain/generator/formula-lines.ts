/**
 * Formula lines: a line of its own that says how one quantity is computed from others
 * ("Break-Even Units = Fixed Costs ÷ Contribution Per Unit", "Salgspris - variable
 * omkostninger = dækningsbidrag"). The operators are the same in every language, so the test
 * is one for all of them. Kept apart from formulas.ts so structure.ts can split a paragraph of
 * formulas into its lines without importing the card code.
 */

/** One formula: the named quantity and the expression that computes it. */
export interface Formula {
  term: string;
  expression: string;
}

/**
 * A quantity's name: one to six words, no digits, no operator, no sentence punctuation; a slash
 * inside a word is part of the name ("P/E ratio").
 */
const MAX_TERM_WORDS = 6;
const MAX_EXPRESSION_WORDS = 16;
const OPERATOR = /\s(?:[÷/×*−–+-]|x)\s|^\(|\)\s*[÷/×*−–+-x]\s/u;
const NOT_A_NAME = /[\d÷×*−–+=:;,!?()[\]]|(?<!\p{L})\/|\/(?!\p{L})|\s[-x]\s/u;
const WORD = /\p{L}+/gu;

function nameWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** An expression: at least two named operands joined by operators, nothing like a sentence. */
function isExpression(text: string): boolean {
  return (
    OPERATOR.test(` ${text} `) &&
    nameWords(text) >= 2 &&
    text.split(/\s+/u).length <= MAX_EXPRESSION_WORDS &&
    !/[:;!?]|[.,]\s/u.test(text)
  );
}

function isName(text: string): boolean {
  const words = nameWords(text);
  return words >= 1 && words <= MAX_TERM_WORDS && !NOT_A_NAME.test(text);
}

/**
 * Whether a line computes something: an "=" and an arithmetic operator, a formula ("Damga
 * vergisi = Sözleşme bedeli × binde 9") or its worked example ("100000 TL × binde 9 = 900 TL").
 * Short and without punctuation as a table's cells are, it is no cell.
 *
 * @example
 * isCalculation('500 kr − 300 kr = 200 kr') // true
 */
export function isCalculation(line: string): boolean {
  return line.includes('=') && /[×*/+−÷]/u.test(line);
}

/**
 * The formula a whole line states, or undefined: one "=", a name without figures on one side
 * and an expression of named operands on the other ("85 / 150 x 100 = 56,7 %", a worked
 * example, is none; nor is "dlhopis = pôžička investora emitentovi", which has no operator).
 *
 * @example
 * parseFormula('Salgspris - variable omkostninger = dækningsbidrag')
 * // { term: 'dækningsbidrag', expression: 'Salgspris - variable omkostninger' }
 */
export function parseFormula(line: string): Formula | undefined {
  const text = line.trim().replace(/\.$/u, '');
  const parts = text.split('=');
  if (parts.length !== 2) return undefined;
  const left = (parts[0] ?? '').trim();
  const right = (parts[1] ?? '').trim();
  if (isName(left) && isExpression(right)) return { term: left, expression: right };
  if (isName(right) && isExpression(left)) return { term: right, expression: left };
  return undefined;
}
