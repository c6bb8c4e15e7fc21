/**
 * What counts as a key term of a document — the only thing a cloze may hide. A key term is an
 * acronym, a number, a name, or a word group the document marks (links, bold, quotes, terms it
 * defines) or repeats; never a function word, a generic word, an inflected fragment, half of a
 * compound or a term the rest of the sentence gives away. The cloze chooser picks its targets
 * with {@link keyTermProblem}, and `npm run deck-quality` judges every cloze with the same rule.
 */
import {
  countWord,
  endsWithLimit,
  isAgentMarker,
  isArticleWord,
  isBetween,
  isFraction,
  isFunctionWord,
  isGenericWord,
  isLawMarker,
  isListEnd,
  isJoinerWord,
  isMonthWord,
  isRangeWord,
  isRestriction,
  isRestrictionBreak,
  isShareWord,
  isUnitWord,
  isVerbMarker,
  lawCollectionOpening,
} from './term-words.ts';
import { soCalledTerms } from './naming-words.ts';
import {
  followsCopula,
  followsDuty,
  isDeniedPredicate,
  isLackedRight,
  isNegatedAction,
  isRulePredicate,
} from './rule-words.ts';
import { articleProse, type ParsedDocument } from './structure.ts';
import { BLANK, foldForCompare, wordCharLength } from './text.ts';

export interface DocumentTerms {
  /** The deck's language (BCP-47), which picks the word tables. */
  lang: string;
  /** Folded word groups the document marks: link texts, bold text, quoted terms. */
  marked: ReadonlySet<string>;
  /** Those of them set in bold: what the writer points out as a key term, even once. */
  bold: ReadonlySet<string>;
  /** Folded article prose, for counting how often a word group occurs. */
  prose: string;
  /** Folded words of the title and the headings: what the document is about. */
  named: ReadonlySet<string>;
  /** How often each folded word (a run of letters and digits) occurs in the prose. */
  wordCounts: ReadonlyMap<string, number>;
  /** The prose's folded words in order, each with the indexes where it stands in `words`. */
  words: readonly string[];
  wordIndexes: ReadonlyMap<string, readonly number[]>;
  /** Whether word i and word i + 1 are separated by exactly one space. */
  spaced: readonly boolean[];
  /** Folded terms the document's definition cards define (none until they are made). */
  defined: ReadonlySet<string>;
  /**
   * The counts of word groups {@link occurrences} has worked out: the cloze chooser asks the
   * same groups again for sentence after sentence. Shared by every copy of these terms.
   */
  groupCounts: Map<string, number>;
}

/** A defined "term" longer than this is a phrase that happened to be defined, not a term. */
const MAX_DEFINED_WORDS = 4;

/**
 * The document's terms with the terms its definition cards define (their fronts, leaving out
 * questions and long phrases): a defined word is specific enough to hide on two mentions.
 *
 * @example
 * withDefinedTerms(terms, ['Akontácia', 'Čo je leasing?']).defined // Set {'akontacia'}
 */
export function withDefinedTerms(terms: DocumentTerms, fronts: readonly string[]): DocumentTerms {
  const defined = fronts
    .filter(
      (front) => !front.endsWith('?') && (front.match(WORDS) ?? []).length <= MAX_DEFINED_WORDS,
    )
    .map(foldForCompare);
  return { ...terms, defined: new Set(defined) };
}

const BOLD = [/\*\*([^*\n]{1,80})\*\*/gu, /__([^_\n]{1,80})__/gu];
/** The other marks: link texts and quoted terms. */
const OTHER_MARKS = [/\[([^\]\n]{1,80})\]\(/gu, /["“„«»]([^"“”„«»\n]{1,80}?)["”“«»]/gu];

/** A text that is an acronym and nothing else: "GAAP", "SLAs", "B2B". */
export const ACRONYM_ONLY = /^\p{Lu}[\p{Lu}\p{N}&]{1,9}(?:s|[+-])?$/u;
const NUMBER_ONLY =
  /^[$€£]?\d{1,15}(?:[.,]\d{1,15}){0,4}(?:\s?%|\s?(?:procent|prozent|percent))?$/iu;
/** A number, grouped by spaces or points ("50 000", "63.100", "0,3"). */
const NUMBER_CORE = String.raw`\d{1,3}(?:[ \u00a0.]\d{3})+(?:,\d{1,15})?|\d{1,15}(?:[.,]\d{1,15}){0,3}`;
/** A number or a range of two ("4-8", "10–30"), as a regular-expression source. */
export const NUMBER_RANGE = `(?:${NUMBER_CORE})(?:\\s?[-–]\\s?(?:${NUMBER_CORE}))?`;
const MEASURE_ONLY = new RegExp(
  `^(?:(\\p{L}+)\\s+)?([$€£%]\\s?)?(?:${NUMBER_RANGE})(?:\\s?(%)|\\s+(\\p{L}+)(?:\\s+(\\p{L}+))?\\.?)?$`,
  'u',
);
/**
 * A lower bound, with its unit if it has one, and the word joining it to the rest: "40 bis " of
 * "40 bis 50 Prozent", "1 gün ile " of "1 gün ile 90 gün".
 */
const RANGE_WITH_WORD = new RegExp(
  `^[$€£]?(?:${NUMBER_CORE})(?:\\s?%|\\s+\\p{L}+)?\\s+(\\p{L}+)\\s+(\\S.*)$`,
  'u',
);
/** The word right before a blank: "mellem" of "typisk mellem _____". */
const WORD_BEFORE_BLANK = /(\p{L}+)\s*$/u;
const WORDS = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_RUN = /[\p{L}\p{N}]+/gu;
const WHOLE_RUN = /^[\p{L}\p{N}]+$/u;
const LEADING_LETTERS = /^\p{L}*/u;

/** Marked word groups of the raw document text, cut at punctuation and folded. */
function markedTerms(source: string, patterns: readonly RegExp[]): Set<string> {
  const marked = new Set<string>();
  for (const pattern of patterns) {
    for (const match of source.matchAll(pattern)) {
      const term = foldForCompare((match[1] ?? '').replace(/[\s,.;:!?–-]+$/u, ''));
      if (/\p{L}/u.test(term)) marked.add(term);
    }
  }
  return marked;
}

/**
 * The term signals of a document: its marked word groups, its prose and its headings.
 *
 * @example
 * collectDocumentTerms(text, parseDocument(text), 'da').marked // Set {'back office', …}
 */
export function collectDocumentTerms(
  source: string,
  doc: ParsedDocument,
  lang: string,
): DocumentTerms {
  const headings = doc.blocks
    .filter((block) => block.kind === 'heading')
    .map((block) => block.text)
    .concat(doc.frontMatter.title);
  const prose = ` ${foldForCompare(articleProse(doc))} `;
  // A name the writer points out ("die sogenannte Factoringgebühr") is one set in bold.
  const bold = new Set([...markedTerms(source, BOLD), ...soCalledTerms(source, lang)]);
  const words: string[] = [];
  const spaced: boolean[] = [];
  const wordIndexes = new Map<string, number[]>();
  // The word runs of the prose (what WORD_RUN matches), scanned by hand: a match array per word
  // of a long document was most of the cost of this function.
  let end = -1;
  for (let start = 0; start < prose.length;) {
    let length = wordCharLength(prose, start);
    if (length === 0) {
      start += 1;
      continue;
    }
    let stop = start + length;
    while (stop < prose.length && (length = wordCharLength(prose, stop)) > 0) stop += length;
    if (words.length > 0) spaced.push(start === end + 1 && prose.charAt(end) === ' ');
    const word = prose.slice(start, stop);
    const indexes = wordIndexes.get(word);
    if (indexes) indexes.push(words.length);
    else wordIndexes.set(word, [words.length]);
    words.push(word);
    end = stop;
    start = stop;
  }
  const wordCounts = new Map<string, number>();
  for (const [word, indexes] of wordIndexes) wordCounts.set(word, indexes.length);
  return {
    lang,
    marked: new Set([...bold, ...markedTerms(source, OTHER_MARKS)]),
    bold,
    prose,
    named: new Set(foldForCompare(headings.join(' ')).match(WORDS) ?? []),
    wordCounts,
    words,
    wordIndexes,
    spaced,
    defined: new Set(),
    groupCounts: new Map(),
  };
}

/**
 * How often a folded word group occurs in the prose as whole words.
 *
 * @example
 * occurrences(terms, 'kupon') // 2 in 'Kupon und Kupons: der Kupon.'
 */
export function occurrences(terms: DocumentTerms, folded: string): number {
  if (WHOLE_RUN.test(folded)) return terms.wordCounts.get(folded) ?? 0;
  let count = terms.groupCounts.get(folded);
  if (count === undefined) {
    count = countGroup(terms, folded);
    terms.groupCounts.set(folded, count);
  }
  return count;
}

function countGroup(terms: DocumentTerms, folded: string): number {
  const parts = folded.match(WORD_RUN) ?? [];
  // A word group occurs no more often than its rarest word: most groups are never searched.
  if (parts.some((part) => !terms.wordCounts.has(part))) return 0;
  if (parts.join(' ') === folded) {
    // Words joined by single spaces: walk from each place of the rarest word, no scan of the
    // prose ("practice 1234" in a handbook that says "practice" thousands of times).
    let rarest = 0;
    parts.forEach((part, offset) => {
      const seen = terms.wordCounts.get(part) ?? 0;
      if (seen < (terms.wordCounts.get(parts[rarest] ?? '') ?? 0)) rarest = offset;
    });
    let count = 0;
    for (const place of terms.wordIndexes.get(parts[rarest] ?? '') ?? []) {
      const first = place - rarest;
      const follows = parts.every(
        (part, offset) =>
          terms.words[first + offset] === part &&
          (offset === 0 || terms.spaced[first + offset - 1] === true),
      );
      if (follows) count += 1;
    }
    return count;
  }
  let count = 0;
  for (let at = terms.prose.indexOf(folded); at >= 0; at = terms.prose.indexOf(folded, at + 1)) {
    const before = terms.prose.charAt(at - 1);
    const after = terms.prose.charAt(at + folded.length);
    if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) count += 1;
  }
  return count;
}

/**
 * A single word specific enough to hide on two mentions: a long compound, a heading word or a
 * word the document defines.
 */
function isSpecific(word: string, terms: DocumentTerms): boolean {
  return word.length >= 12 || terms.named.has(word) || terms.defined.has(word);
}

/** Turkish puts the verb last: a blank at the end of the sentence hides its verb. */
function endsSentence(front: string): boolean {
  return /_{5}[\s.!?…"”»)]*$/u.test(front);
}

/**
 * A name: a capitalised word that does not start the sentence. German capitalises every noun:
 * there a name holds an acronym ("STOQ-K-Methode").
 */
function isName(answer: string, front: string, lang: string): boolean {
  if (!/^\p{Lu}/u.test(answer) || front.trimStart().startsWith(BLANK)) return false;
  return lang !== 'de' || answer.split('-').some((part) => ACRONYM_ONLY.test(part));
}

/** Whether a word of the document starts like `word` but goes on differently (its stem). */
function isInflectedForm(terms: DocumentTerms, word: string): boolean {
  if (word.length < 7) return false;
  const stem = word.slice(0, Math.max(4, Math.ceil(word.length * 0.6)));
  if (WHOLE_RUN.test(stem)) {
    // A stem of letters and digits starts a word run of the prose: the counted words hold them
    // all, so no scan of the prose is needed. The form is the stem and the letters after it.
    for (const other of terms.wordCounts.keys()) {
      if (!other.startsWith(stem)) continue;
      const form = stem + (LEADING_LETTERS.exec(other.slice(stem.length))?.[0] ?? '');
      if (form !== word) return true;
    }
    return false;
  }
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${stem}[\\p{L}]*`, 'gu');
  for (const match of terms.prose.matchAll(pattern)) {
    if (match[0] !== word) return true;
  }
  return false;
}

/** The folded word right before and right after the blank of `front` at `at` (the first one). */
function neighbours(front: string, at = front.indexOf(BLANK)): [before: string, after: string] {
  const before = /([\p{L}\p{N}]+)\s+$/u.exec(front.slice(0, at))?.[1] ?? '';
  const after = /^\s+([\p{L}\p{N}]+)/u.exec(front.slice(at + BLANK.length))?.[1] ?? '';
  return [foldForCompare(before), foldForCompare(after)];
}

/**
 * Whether the answer, hidden more than once, is the shared half of different terms: "divide
 * _____ assets by _____ liabilities" → "total current", which the document says only as part
 * of "total current assets" and "total current liabilities". Judged on the words after the
 * blanks, then on the words before them; only for a group of words.
 */
function isSharedHalf(front: string, folded: string, count: number, terms: DocumentTerms): boolean {
  // A single word said twice before different words is mostly a term ("BPO begyndte …, BPO vokset").
  if (!folded.includes(' ') || front.indexOf(BLANK) === front.lastIndexOf(BLANK)) return false;
  const blanks = [...front.matchAll(/_{5}/gu)].map((match) => neighbours(front, match.index));
  return ([1, 0] as const).some((side) => {
    const words = new Set(blanks.map((blank) => blank[side]));
    if (
      words.size < 2 ||
      [...words].some((word) => word === '' || isFunctionWord(word, terms.lang))
    ) {
      return false;
    }
    const longer = [...words].map((word) =>
      side === 1 ? `${folded} ${word}` : `${word} ${folded}`,
    );
    return longer.reduce((sum, term) => sum + occurrences(terms, term), 0) === count;
  });
}

/**
 * Whether the answer is part of a longer term: glued to a number ("7/_____"), inside a longer
 * marked term, or always followed (preceded) in the document by the same word ("tedarik" of
 * "tedarik zinciri").
 */
function isHalfOfCompound(front: string, folded: string, terms: DocumentTerms): boolean {
  if (/_{5}[-/]\p{N}|\p{N}[-/]_{5}/u.test(front)) return true;
  // "Knowledge Process _____ (KPO)": the whole expansion is the term, with its acronym.
  // An acronym whose last letter the answer does not start is no expansion of it: "til _____
  // (XBRL)" → "Erhvervsstyrelsen" is whole.
  const acronym = /_{5}\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&]{1,9})\s*\)/u.exec(front)?.[1];
  if (acronym !== undefined && foldForCompare(acronym).endsWith(folded.charAt(0))) return true;
  const count = occurrences(terms, folded);
  if (count >= 2) {
    const [before, after] = neighbours(front);
    const longer = [
      after !== '' && !isFunctionWord(after, terms.lang) ? `${folded} ${after}` : '',
      before !== '' && !isFunctionWord(before, terms.lang) ? `${before} ${folded}` : '',
    ];
    if (longer.some((term) => term !== '' && occurrences(terms, term) === count)) return true;
    if (isSharedHalf(front, folded, count, terms)) return true;
  }
  const longer = [...terms.marked].filter((term) => term !== folded && term.includes(folded));
  if (longer.length === 0) return false;
  const filled = foldForCompare(front.split(BLANK).join(folded));
  return longer.some((term) => filled.includes(term));
}

/**
 * A date as written in a sentence: a day and month in digits, each with its point ("1. 5. 2018",
 * "30. 4.", "17.01.2023"), or a day before a month name ("1. Januar 2025", "1 Ocak 2025"),
 * with or without the year; the name is checked with isMonthWord. Groups: the point after the
 * day, the month in digits, the month name.
 */
export const DATE_SOURCE = String.raw`(?<![\p{L}\p{N}.,])(?:0?[1-9]|[12]\d|3[01])(\.\s?|\s)(?:(0?[1-9]|1[0-2])\.(?:\s?\d{4})?|(\p{L}+)(?:\s\d{4})?)(?![\p{N}]|[.,]\d)`;
const DATE_ONLY = new RegExp(`^${DATE_SOURCE}$`, 'u');

/**
 * Whether the groups of a DATE_SOURCE match make a date in `lang`: a month in digits after the
 * day's point, or a month name of the language.
 */
export function isDateMatch(match: RegExpExecArray, lang: string): boolean {
  const [, point = '', month, name] = match;
  if (month !== undefined) return point.startsWith('.');
  return name !== undefined && isMonthWord(foldForCompare(name), lang);
}

/**
 * Whether `answer` is a date ("1. 5. 2018", "31. Januar 2023"): like a measure, a whole thing
 * to recall.
 *
 * @example
 * isDate('1. Januar 2025', 'de') // true
 * isDate('1. Schritt', 'de') // false
 */
export function isDate(answer: string, lang: string): boolean {
  const match = DATE_ONLY.exec(answer.trim());
  return match !== null && isDateMatch(match, lang);
}

/**
 * A legal citation: "§ 130", with its subsection ("§ 172 Abs. 2", "§ 130 ods. 2", "§ 8, stk.
 * 3") and the acronym of its law ("§ 8 SGB IV"), one answer: hiding its number alone left
 * "§ _____ ods. 2", half a citation. None where a second number follows ("§ 6 ods. 1 a 2").
 */
export const CITATION_SOURCE = String.raw`(?<![\p{L}\p{N}])§{1,2}\s?\d+[a-z]?(?:,?\s+(?:Abs|ods|odst|stk|para)\.\s?\d+)?(?:\s+\p{Lu}{2,}(?:\s+[IVX]+)?(?![\p{L}]))?(?![\p{N}]|\s+\p{L}{1,4}\s+\d|,?\s+(?:Abs|ods|odst|stk|para)\.)`;
const CITATION_ONLY = new RegExp(`^${CITATION_SOURCE}$`, 'u');

/**
 * A law named by its number, the word marking it (isLawMarker) and its capitalised name:
 * "6102 sayılı Türk Ticaret Kanunu", one answer: its number alone left the name in the front
 * ("_____ sayılı Türk Ticaret Kanunu"), asking for a number no learner recalls without it.
 * Groups: the marker.
 */
export const NUMBERED_LAW_SOURCE = String.raw`(?<![\p{L}\p{N}.,/])\d+\s+(\p{L}+)(?:\s+\p{Lu}\p{L}*)+`;
const NUMBERED_LAW_ONLY = new RegExp(`^${NUMBERED_LAW_SOURCE}$`, 'u');

/** A law's number and year: "455/1991" of "zákon č. 455/1991 Zb.". */
export const LAW_NUMBER_SOURCE = String.raw`(?<![\p{L}\p{N}.,/])\d{1,4}\/\d{4}(?![\p{N}/])`;
const LAW_NUMBER_FIRST = new RegExp(`^${LAW_NUMBER_SOURCE}`, 'u');

/** A law's article by its number: "89. maddesi". Groups: the word naming the article. */
export const ARTICLE_SOURCE = String.raw`(?<![\p{L}\p{N}.,/])\d{1,4}\.\s(\p{L}+)`;
const ARTICLE_ONLY = new RegExp(`^${ARTICLE_SOURCE}$`, 'u');

/**
 * Whether `answer` is a law's article cited by its number in `lang` ("89. maddesi").
 *
 * @example
 * isArticleCitation('89. maddesi', 'tr') // true
 */
export function isArticleCitation(answer: string, lang: string): boolean {
  const word = ARTICLE_ONLY.exec(answer.trim())?.[1];
  return word !== undefined && isArticleWord(foldForCompare(word), lang);
}

/**
 * Whether `answer` is a law cited by its number, year and collection ("455/1991 Zb.") in `lang`.
 *
 * @example
 * isCollectionLaw('462/2003 Z. z.', 'sk') // true
 * isCollectionLaw('462/2003', 'sk') // false
 */
export function isCollectionLaw(answer: string, lang: string): boolean {
  const number = LAW_NUMBER_FIRST.exec(answer)?.[0];
  if (number === undefined) return false;
  const rest = answer.slice(number.length);
  return lawCollectionOpening(rest, lang) === rest.trim();
}

/**
 * Whether `answer` is a law named by its number ("6102 sayılı Türk Ticaret Kanunu") in `lang`.
 *
 * @example
 * isNumberedLaw('6102 sayılı Türk Ticaret Kanunu', 'tr') // true
 * isNumberedLaw('6102 Türk Ticaret', 'tr') // false
 */
export function isNumberedLaw(answer: string, lang: string): boolean {
  const match = NUMBERED_LAW_ONLY.exec(answer.trim());
  return match !== null && isLawMarker(foldForCompare(match[1] ?? ''), lang);
}

/**
 * "sechs Monate", "fem år": a count written as a word, with its unit; "zwei oder drei
 * Monatsgehälter": two counts joined by a range word or "or", with the unit of both.
 */
function isCountMeasure(answer: string, lang: string): boolean {
  const words = foldForCompare(answer).split(' ');
  const [count = '', unit, ...rest] = words.length === 4 ? words.slice(2) : words;
  const [low = '', joiner = ''] = words;
  return (
    unit !== undefined &&
    rest.length === 0 &&
    countWord(count, lang) !== undefined &&
    isUnitWord(unit, lang) &&
    (words.length === 2 ||
      (countWord(low, lang) !== undefined &&
        (isRangeWord(joiner, lang) || isListEnd(joiner, lang))))
  );
}

/**
 * Whether `answer` is a measure: a number with its unit, percent sign or currency in `lang`
 * ("18 Monate", "17 %", "63.100 kr.", "yüzde 30", "3 milyon TL", "$100–200", "40 bis 50 Prozent"), or
 * a count written as a word with its unit ("sechs Monate", "osem mesiacov"). A measure is a key
 * term: a limit, a rate or a price is what a learner is asked to recall.
 *
 * @example
 * isMeasure('18 Monate', 'de') // true
 * isMeasure('sechs Monate', 'de') // true
 * isMeasure('2026 sa', 'sk') // false
 */
export function isMeasure(answer: string, lang: string): boolean {
  // Every other measure holds a digit: without one, only a count word and its unit, or a
  // fraction ("pätina"), can be one.
  if (!/\d/u.test(answer)) {
    return isCountMeasure(answer, lang) || isFraction(foldForCompare(answer), lang);
  }
  // "40 bis 50 Prozent": a range written with a word is a measure when its upper bound is one.
  const range = RANGE_WITH_WORD.exec(answer.trim());
  if (range !== null && isRangeWord(foldForCompare(range[1] ?? ''), lang)) {
    return isMeasure(range[2] ?? '', lang);
  }
  const match = MEASURE_ONLY.exec(answer.trim());
  if (!match) return false;
  const [, before, currency, percent, after, currencyAfter] = match;
  if (before !== undefined && !isUnitWord(foldForCompare(before), lang, true)) return false;
  // "3 milyon TL", "12 Milliarden Euro": a magnitude and a currency.
  const units = [after, currencyAfter].filter((unit) => unit !== undefined);
  if (units.some((unit) => !isUnitWord(foldForCompare(unit), lang))) return false;
  return [before, currency, percent, after].some((part) => part !== undefined);
}

/**
 * Whether a RANGE_WITH_WORD match is a range of numbers: joined by a range word ("1 ile
 * 1900"), or by the "and" of a range that `head`, the text before it, opens ("mellem" of
 * "mellem 50 og 150 kr.").
 */
function isNumberRange(range: RegExpExecArray, head: string, lang: string): boolean {
  const joiner = foldForCompare(range[1] ?? '');
  const upper = range[2] ?? '';
  if (isRangeWord(joiner, lang)) return NUMBER_ONLY.test(upper);
  const opening = foldForCompare(WORD_BEFORE_BLANK.exec(head)?.[1] ?? '');
  return isBetween(opening, joiner, lang) && (NUMBER_ONLY.test(upper) || isMeasure(upper, lang));
}

/** A part, the one or two words joining it to its whole, and the whole: "4 ud af 5". */
const SHARE_ONLY = /^(\d{1,3}|\p{L}+) (\p{L}+(?: \p{L}+)?) (\d{1,3}|\p{L}+)$/u;

/**
 * Whether `answer` is a share: a part out of a whole, in digits or count words, the part the
 * smaller ("4 ud af 5", "vier von fünf", "4 z 5"); one fact, as a percentage is.
 *
 * @example
 * isShare('4 ud af 5', 'da') // true
 * isShare('5 ud af 4', 'da') // false
 */
export function isShare(answer: string, lang: string): boolean {
  const match = SHARE_ONLY.exec(foldForCompare(answer.trim()).replace(/\s+/gu, ' '));
  if (match === null) return false;
  const [, part = '', words = '', whole = ''] = match;
  const value = (text: string) => (/^\d+$/u.test(text) ? Number(text) : countWord(text, lang));
  const low = value(part);
  const high = value(whole);
  return low !== undefined && high !== undefined && low < high && isShareWord(words, lang);
}

/** A number, in digits or as a count word, and the one word after it: "5 işletmeye". */
const COUNTED = /^(\d{1,15}(?:[.,]\d{1,15})?|\p{L}+)\s+(\p{L}+)$/u;

/**
 * Whether `answer` is a number and what it counts ("5 işletmeye", "two accounts", "troch
 * spoločnostiach") and `head`, the text before it, ends with a phrase bounding it ("en az",
 * "at least", "najviac v"): a limit is a fact to recall even where no unit makes the number a
 * measure.
 *
 * @example
 * isLimitCount('50 spoločníkov', 'spoločnosť môže mať najviac ', 'sk') // true
 * isLimitCount('50 spoločníkov', 'spoločnosť má ', 'sk') // false
 */
export function isLimitCount(answer: string, head: string, lang: string): boolean {
  const match = COUNTED.exec(foldForCompare(answer.trim()));
  if (match === null) return false;
  const [, count = '', thing = ''] = match;
  if (!/\d/u.test(count) && countWord(count, lang) === undefined) return false;
  return !isFunctionWord(thing, lang) && endsWithLimit(foldForCompare(head), lang);
}

/** The last words before a blank, with no punctuation between them. */
const LAST_WORDS = /(?:\p{L}+\s+){1,4}$/u;
/** Function words between a restriction word and what it names: "kun fra din _____". */
const MAX_RESTRICTION_SKIP = 2;

/**
 * Whether the blank of `front` follows a restriction word ("only", "kun", "yalnızca"), with at
 * most two function words between ("kun fra din _____") and no punctuation, and no word that
 * makes it restrict no thing ("not only", "only if").
 */
function followsRestriction(front: string, lang: string): boolean {
  const at = front.indexOf(BLANK);
  const last = LAST_WORDS.exec(front.slice(Math.max(0, at - 80), at))?.[0] ?? '';
  const nearestFirst = last.trim().split(/\s+/u).map(foldForCompare).reverse();
  for (let index = 0; index <= MAX_RESTRICTION_SKIP && index < nearestFirst.length; index += 1) {
    const word = nearestFirst[index] ?? '';
    if (isRestriction(word, lang)) {
      return !isRestrictionBreak(nearestFirst[index + 1] ?? '', lang);
    }
    if (!isFunctionWord(word, lang) || isRestrictionBreak(word, lang)) return false;
  }
  return false;
}

/**
 * Why `answer` is no key term to hide from `front` (the sentence with the answer blanked), or
 * undefined when it is one.
 *
 * @example
 * keyTermProblem('og', 'BPO _____ KPO', terms) // 'function word'
 * keyTermProblem('yönetimine', 'tedarik zinciri _____ yardımcı', terms) // 'inflected fragment'
 */
/** What keeps a word group from being a term, judged on its words and their neighbours. */
function wordProblem(
  trimmed: string,
  folded: string,
  front: string,
  terms: DocumentTerms,
): string | undefined {
  const words = folded.match(WORDS) ?? [];
  if (words.length === 0) return 'no word';
  // A rule a sentence states ("er _____" → "ikke fradragsberettiget", "nemajú právny nárok",
  // "regnes ikke med", "stopaj kesmez") is what it asks.
  if (isRulePredicate(words, terms.lang) && followsCopula(front, terms.lang)) return undefined;
  if (isLackedRight(words, terms.lang) || isDeniedPredicate(words, terms.lang)) return undefined;
  if (isNegatedAction(trimmed, terms.lang)) return undefined;
  if (words.length > 6) return 'not a term';
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (words.length === 1 && isFunctionWord(first, terms.lang)) return 'function word';
  if (isFunctionWord(first, terms.lang) || isFunctionWord(last, terms.lang)) {
    return 'not a whole phrase';
  }
  const inner = words.slice(1, -1);
  if (inner.some((word) => isFunctionWord(word, terms.lang) && !isJoinerWord(word, terms.lang))) {
    return 'not a whole phrase';
  }
  const content = words.filter((word) => !isFunctionWord(word, terms.lang));
  if (content.every((word) => isGenericWord(word, terms.lang))) return 'generic word';
  if (/\(\s*\p{Lu}[\p{Lu}\p{N}&]{1,9}\s*\)$/u.test(trimmed)) return undefined;
  if (terms.marked.has(folded) || isName(trimmed, front, terms.lang)) return undefined;
  if (isGenericWord(last, terms.lang)) return 'generic word';
  if (terms.lang === 'tr' && endsSentence(front)) return 'verb';
  if (words.length === 1 && isVerbMarker(neighbours(front)[0], terms.lang)) return 'verb';
  // What a restriction names ("yalnızca _____ kesilir") is what the rule is about, said once or not.
  if (followsRestriction(front, terms.lang)) return undefined;
  // So is what an obligation's action names ("je povinná vytvárať aj _____" → "rezervný fond").
  if (followsDuty(front, terms.lang)) return undefined;
  // So is who it makes do it, where a word after the doer marks it ("_____ tarafından ödenir").
  if (isAgentMarker(neighbours(front)[1], terms.lang)) return undefined;
  // A word group repeats; a single word repeats often, or twice when it is specific.
  const count = occurrences(terms, folded);
  if (words.length > 1 ? count >= 2 : count >= 3 || (count >= 2 && isSpecific(folded, terms))) {
    return undefined;
  }
  if (words.length === 1 && isInflectedForm(terms, folded)) return 'inflected fragment';
  return 'not a term';
}

export function keyTermProblem(
  answer: string,
  front: string,
  terms: DocumentTerms,
): string | undefined {
  const folded = foldForCompare(answer);
  if (folded === '' || !front.includes(BLANK)) return 'nothing hidden';
  const trimmed = answer.trim();
  // The checks on the words alone come first: they are cheap and reject most candidates.
  // "1 ile 1900": a range of two numbers is one number to recall, like a measure.
  const range = RANGE_WITH_WORD.exec(trimmed);
  const head = front.slice(0, front.indexOf(BLANK));
  const numberRange = range !== null && isNumberRange(range, head, terms.lang);
  const measure =
    numberRange ||
    isMeasure(trimmed, terms.lang) ||
    isLimitCount(trimmed, head, terms.lang) ||
    isDate(trimmed, terms.lang) ||
    isShare(trimmed, terms.lang) ||
    CITATION_ONLY.test(trimmed) ||
    isNumberedLaw(trimmed, terms.lang) ||
    isCollectionLaw(trimmed, terms.lang) ||
    isArticleCitation(trimmed, terms.lang);
  if (!ACRONYM_ONLY.test(trimmed) && !NUMBER_ONLY.test(trimmed) && !measure) {
    const problem = wordProblem(trimmed, folded, front, terms);
    if (problem !== undefined) return problem;
  }
  // An acronym takes suffixes with a hyphen ("BPO-firmaları"): hiding it hides no half word.
  const glued = !ACRONYM_ONLY.test(trimmed) && /_{5}-\p{L}|\p{L}-_{5}/u.test(front);
  // A measure is whole with its unit; the verb before it ("beträgt 18 Monate") is no part of it.
  if (glued || (!measure && isHalfOfCompound(front, folded, terms))) return 'half of a compound';
  if (foldForCompare(front).includes(folded)) return 'given away';
  if (measure && givesAwayNumber(trimmed, front)) return 'given away';
  return undefined;
}

/** A number this long ("450", "100.000") is one a learner reads off wherever it stands. */
const MIN_TELLING_NUMBER = 3;

/**
 * Whether the front states a measure's number elsewhere: "lange lag die Grenze bei _____,
 * weshalb noch oft vom 450-Euro-Job die Rede ist" (450 Euro), "_____ %25 yıllık faizle … brüt
 * faiz 100.000 × 0,25" (100.000 TL). Short numbers ("2", "25") recur with other meanings.
 */
function givesAwayNumber(measure: string, front: string): boolean {
  const number = /\d[\d.,]*\d|\d/u.exec(measure)?.[0] ?? '';
  if (number.length < MIN_TELLING_NUMBER) return false;
  const at = front.indexOf(number);
  return (
    at >= 0 && !/\d/u.test(front.charAt(at - 1)) && !/\d/u.test(front.charAt(at + number.length))
  );
}
