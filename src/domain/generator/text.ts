/**
 * Small text helpers shared by the generator's extractors. Everything here is language-neutral:
 * it works on Unicode letter classes, never on a word list.
 */

/** What the learner sees in place of a hidden term (a cloze answer, a list item). */
export const BLANK = '_____';

/** A cell or value that is a figure: "%15", "60 Prozent", "135.900 kr.", "€ 1.200". */
export const FIGURE = /^[$€£%]?\s?\d/u;

/** A letter or digit in any script; used instead of `\b`, which only knows ASCII. */
const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
const WORD_CHAR_ONE = new RegExp(WORD_CHAR, 'u');

/** The fold of a text, by Unicode normalisation: right for every script, but slow. */
function foldByNormalizing(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i');
}

/** Below this code point (the Latin blocks) every character folds on its own. */
const TABLE_END = 0x250;
/**
 * Each Latin character's fold, computed once: folding the usual text is then a lookup each. A
 * character whose fold is white space (a spacing diaeresis, "¨") is marked by an empty entry.
 */
const LATIN_FOLDS: readonly string[] = Array.from({ length: TABLE_END }, (_, code) => {
  const folded = foldByNormalizing(String.fromCharCode(code));
  return /\s/u.test(folded) ? '' : folded;
});

/**
 * General Punctuation (dashes, curly quotes, bullets, "…", the typographic spaces): no case, no
 * marks, so each character folds on its own here too, from a table of its own.
 */
const PUNCTUATION_START = 0x2000;
const PUNCTUATION_END = 0x2070;
const PUNCTUATION_FOLDS: readonly string[] = Array.from(
  { length: PUNCTUATION_END - PUNCTUATION_START },
  (_, offset) => {
    const folded = foldByNormalizing(String.fromCharCode(PUNCTUATION_START + offset));
    return /\s/u.test(folded) ? '' : folded;
  },
);

/** The fold of one character from the tables, or undefined outside them. */
function tableFold(code: number): string | undefined {
  if (code < TABLE_END) return LATIN_FOLDS[code];
  if (code >= PUNCTUATION_START && code < PUNCTUATION_END) {
    return PUNCTUATION_FOLDS[code - PUNCTUATION_START];
  }
  return undefined;
}

/** Code points below TABLE_END that `\s` matches: tab to carriage return, space, no-break space. */
function isLatinSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/** A character outside printable ASCII and its white space, where a fold needs the tables. */
const BEYOND_ASCII_TEXT = /[^\t-\r\x20-\x7e]/;
/** ASCII white space other than a single space between words. */
const ASCII_SPACING = /[\t-\r]| {2}|^ | $/;

/** ASCII text with its runs of white space collapsed to one space and its ends trimmed. */
function collapseSpaces(text: string): string {
  return ASCII_SPACING.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
}

/**
 * The long texts folded last and their folds, oldest first: every extractor folds the same
 * sentences and blocks of a document again. Bounded to 512 texts, so it never grows with the
 * documents generated. A text under 100 characters (a word, a term, a short sentence) is folded
 * again: kept from 32 characters on, the look-ups cost more than they saved.
 */
const FOLDED_TEXTS = new Map<string, string>();
const FOLDED_TEXTS_KEPT = 512;
const MIN_FOLD_KEPT_LENGTH = 100;

/**
 * Lower-cases, strips diacritics and collapses whitespace, so comparisons survive the usual
 * variations of the same text (letter case, "Hlavne" vs "Hlavné", double spaces).
 *
 * @example
 * foldForCompare('  Kľúčový  ROZDIEL ') // 'klucovy rozdiel'
 */
export function foldForCompare(text: string): string {
  if (text.length < MIN_FOLD_KEPT_LENGTH) return foldText(text);
  return rememberBounded(FOLDED_TEXTS, FOLDED_TEXTS_KEPT, text, foldText);
}

/**
 * The value `map` holds for `key`, else `make(key)`, which it then keeps, in a map of at most
 * `max` entries: the oldest entry goes when full.
 *
 * @example
 * rememberBounded(new Map([['a', 1]]), 1, 'bb', (key) => key.length) // 2; the map holds only 'bb'
 */
export function rememberBounded<K, V>(map: Map<K, V>, max: number, key: K, make: (key: K) => V): V {
  if (!memosUsed) return make(key);
  const known = map.get(key);
  if (known !== undefined) return known;
  const value = make(key);
  if (map.size >= max) {
    for (const oldest of map.keys()) {
      map.delete(oldest);
      break;
    }
  }
  map.set(key, value);
  return value;
}

/**
 * A document longer than this holds more long texts than the memos keep (512 of 100 characters
 * or more): each extractor's pass over it pushed out what the next one looked up, so the memos
 * only missed, and hashing and keeping the texts made its generation slower.
 */
const MEMO_DOCUMENT_MAX = FOLDED_TEXTS_KEPT * MIN_FOLD_KEPT_LENGTH;

/** Whether {@link rememberBounded} looks up and keeps: not while a long document is generated. */
let memosUsed = true;

/**
 * `run()`, with the memos of {@link rememberBounded} used only when the document it works on
 * is `documentLength` characters or shorter; they are passed by otherwise.
 *
 * @example
 * withMemosFor(text.length, () => deckOf(text))
 */
export function withMemosFor<T>(documentLength: number, run: () => T): T {
  const before = memosUsed;
  memosUsed = documentLength <= MEMO_DOCUMENT_MAX;
  try {
    return run();
  } finally {
    memosUsed = before;
  }
}

/** {@link foldForCompare} without the texts kept. */
function foldText(text: string): string {
  // ASCII folds to the engine's lower case, one flat string made natively: folding it
  // a character at a time built a string per character, and the 5 MB document's prose and every
  // sentence of it are ASCII.
  if (!BEYOND_ASCII_TEXT.test(text)) return collapseSpaces(text.toLowerCase());
  // Latin text folds character by character from the tables in one pass (NFKD, case and marks
  // work per character there); a character from another block takes the general path.
  let out = '';
  let pendingSpace = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const folded = tableFold(code);
    if (folded === undefined) return foldByNormalizing(text).replace(/\s+/g, ' ').trim();
    if (isLatinSpace(code) || folded === '') {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += folded;
  }
  return out;
}

/**
 * Escapes a string for literal use inside a regular expression.
 *
 * @example
 * escapeRegExp('F&U (R&D)') // 'F&U \\(R&D\\)'
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A global, case-insensitive pattern matching `term` only where it is not glued to other letters,
 * e.g. "BPO" in "BPO-leverandør" or "BPO'nun" but not in "BPOS".
 *
 * @example
 * 'BPO, BPO-firma'.replace(wholeTermPattern('bpo'), '_') // '_, _-firma'
 */
export function wholeTermPattern(term: string): RegExp {
  return new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(term)}(?!${WORD_CHAR})`, 'giu');
}

/**
 * The text with every whole-word occurrence of `term` (any case) replaced. A text that does not
 * hold the term at all is returned without building a pattern: compiling a Unicode pattern per
 * term is most of the cost when a long glossary defines thousands of terms.
 *
 * @example
 * replaceWholeTerm('BPO, BPO-firma, BPOS', 'bpo', '_') // '_, _-firma, BPOS'
 */
export function replaceWholeTerm(text: string, term: string, replacement: string): string {
  if (!text.toLowerCase().includes(term.toLowerCase())) return text;
  return text.replace(wholeTermPattern(term), replacement);
}

/**
 * The text without the trailing whitespace and characters that are in `chars`:
 * what `/[\s,;:]+$/u` removes, walking back from the end instead of trying every position of a
 * long text.
 *
 * @example
 * trimEndOf('Kosten, Zeit; –  ', ',;:–-') // 'Kosten, Zeit'
 */
export function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0) {
    const char = text.charAt(end - 1);
    if (!chars.includes(char) && !/\s/u.test(char)) break;
    end -= 1;
  }
  return text.slice(0, end);
}

/**
 * The last run of non-space characters of `text` ("" when it ends with a space).
 *
 * @example
 * lastWordOf('see e.g.') // 'e.g.'
 */
export function lastWordOf(text: string): string {
  let start = text.length;
  while (start > 0 && !/\s/u.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start);
}

/**
 * Upper-cases the first letter, leaving the rest alone; by the rules of `lang` when given
 * (Turkish "i" → "İ").
 *
 * @example
 * capitalizeFirst('skratka pre BPO') // 'Skratka pre BPO'
 * capitalizeFirst('işverenin', 'tr') // 'İşverenin'
 */
export function capitalizeFirst(text: string, lang?: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toLocaleUpperCase(lang) + text.slice(char.length);
}

/**
 * Whether the text starts with a lower-case letter, which in article prose means it is a piece
 * of a sentence whose beginning got lost (e.g. "işle ilgili … yöntemidir.").
 *
 * @example
 * startsLowerCase('işle ilgili') // true
 */
export function startsLowerCase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}

/**
 * Whether the text ends like a finished sentence (or a quotation/parenthesis closing one).
 *
 * @example
 * endsLikeSentence('Planéta, na druh') // false
 */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:;。！？]["'”’»)\]]*$|["”»)]$/u.test(text.trim());
}

/**
 * Whether the text holds items set apart by a middle dot or a bar ("Publikované 3. 10. 2023 ·
 * Aktualizované …", "Eksempel | Markedsværdi | …"): a byline, a link bar or a table row, which
 * a sentence-splitter reads as one sentence but is none.
 *
 * @example
 * holdsSeparatedItems('Af Redaktionen · Opdateret 4. september 2024 · Læsetid 6 min.') // true
 */
export function holdsSeparatedItems(text: string): boolean {
  return /\s[·|]\s/u.test(text);
}

/**
 * The length in UTF-16 code units of the letter or digit (in any script) that starts at `index`
 * of `text`, or 0 when none does: a scan of the words of a text without a pattern and a match
 * array per word. Only a character beyond ASCII needs the Unicode class.
 *
 * @example
 * wordCharLength('F&U', 1) // 0
 */
export function wordCharLength(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 128) return isAsciiWordCode(code) ? 1 : 0;
  const char = String.fromCodePoint(text.codePointAt(index) ?? code);
  return WORD_CHAR_ONE.test(char) ? char.length : 0;
}

/** Whether an ASCII code is a letter or digit. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * Number of words (runs of letters or digits).
 *
 * @example
 * wordCount('Forskning og udvikling (F&U)') // 5
 */
export function wordCount(text: string): number {
  // One pass without building the list of words; only non-ASCII characters need the Unicode class.
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    let isWordChar: boolean;
    if (code < 128) {
      isWordChar = isAsciiWordCode(code);
    } else {
      const length = wordCharLength(text, index);
      isWordChar = length > 0;
      // A letter beyond the Basic Multilingual Plane is two code units.
      if (length === 2) index += 1;
    }
    if (isWordChar && !inWord) count += 1;
    inWord = isWordChar;
  }
  return count;
}

/**
 * Share of the words of `a` that also occur in `b` (0–1), on folded text. Used to notice that two
 * texts say the same thing (a front-matter description and the section it was taken from).
 *
 * @example
 * wordOverlap('BPO is a method', 'BPO is a method of outsourcing') // 1
 */
export function wordOverlap(a: string, b: string): number {
  return overlapOfWords(foldedWords(a), new Set(foldedWords(b)));
}

/**
 * The folded words (runs of letters or digits) of `text`, for comparing many texts with
 * {@link overlapOfWords} while folding each only once.
 *
 * @example
 * foldedWords('Forskning og udvikling (F&U)') // ['forskning', 'og', 'udvikling', 'f', 'u']
 */
export function foldedWords(text: string): string[] {
  return foldForCompare(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Folded words cut to five letters, a crude stem: "účtovníctva" and "účtovníctvo" share
 * "uctov", "plánovanou ekonomikou" and "Plánovaná ekonomika" their stems.
 *
 * @example
 * wordStems('Plánovaná ekonomika') // ['plano', 'ekono']
 */
export function wordStems(text: string): string[] {
  return foldedWords(text).map((word) => word.slice(0, 5));
}

/**
 * Share of `words` (0–1) that are in `other`: {@link wordOverlap} on words already folded.
 *
 * @example
 * overlapOfWords(['bpo', 'is'], new Set(['bpo'])) // 0.5
 */
export function overlapOfWords(words: readonly string[], other: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  let shared = 0;
  for (const word of words) if (other.has(word)) shared += 1;
  return shared / words.length;
}
