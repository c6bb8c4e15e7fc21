/**
 * Sentence splitting for cleaned prose. Deliberately simple: a sentence ends at `.`, `!`, `?` or
 * `…` followed by a space and an upper-case letter, digit or opening quote, unless the word before
 * the dot is a common abbreviation or a single initial ("U.S.", "z.B.", "tzv.").
 */

/** Abbreviations (lower-case, without the final dot) that do not end a sentence. */
const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'vs',
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'no',
  'nr',
  'fig',
  'approx',
  'z.b',
  'bzw',
  'usw',
  'ca',
  'vgl',
  'inkl',
  'ggf',
  'bspw',
  'd.h',
  'u.a',
  'fx',
  'f.eks',
  'bl.a',
  'dvs',
  'mv',
  'osv',
  'tzv',
  'napr',
  'resp',
  'tj',
  'tzn',
  'atď',
  'apod',
  'str',
  'č',
  'vb',
  'örn',
  'yy',
  'jr',
  'sr',
]);

/** Known abbreviations, single initials ("S") and dotted short forms ("u.s", "z.b"). */
function isAbbreviation(word: string): boolean {
  return (
    ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)
  );
}

const BOUNDARY = /[.!?…]+["'”’»)\]]*\s+(?=["'“„«([]?[\p{Lu}\p{N}])/gu;

/**
 * Splits prose into sentences.
 *
 * @example
 * splitSentences('BPO je proces. Na druhej strane, KPO je iné.')
 * // ['BPO je proces.', 'Na druhej strane, KPO je iné.']
 */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].trimEnd().length;
    const before = text.slice(start, match.index);
    const lastWord = (/(\S+)$/u.exec(before)?.[1] ?? '').toLowerCase();
    if (match[0].startsWith('.') && isAbbreviation(lastWord)) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence !== '') sentences.push(sentence);
    start = match.index + match[0].length;
  }
  const rest = text.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/**
 * Shortens text to whole sentences within `max` characters; when even the first sentence is
 * longer, cuts at a word boundary and adds an ellipsis.
 *
 * @example
 * shortenToSentences('One. Two three.', 6) // 'One.'
 */
export function shortenToSentences(text: string, max: number): string {
  if (text.length <= max) return text;
  let out = '';
  for (const sentence of splitSentences(text)) {
    const next = out === '' ? sentence : `${out} ${sentence}`;
    if (next.length > max) break;
    out = next;
  }
  if (out !== '') return out;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:–-]+$/u, '')}…`;
}
