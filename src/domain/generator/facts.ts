/**
 * Fact cards: a sentence of the article body (a paragraph or a list item) that states a
 * measure — a limit, a rate, a price, a period ("Die Höchstüberlassungsdauer beträgt 18 Monate",
 * "beskattes med 17 %", "yüzde 30'u kadar") — asks for it as a cloze; so does a sentence that
 * states a date ("ab dem 1. Januar 2025", hidden whole), a year, a range of numbers or a number
 * of three digits or more without a unit ("1995 yılında kuruldu", "1 ile 1900 arasında", "1200
 * ve üstüdür"), a share ("4 ud af 5") or a Turkish day of the month ("ayın 26'sına"). Small
 * counts ("9 banks", "5 businesses") are not hidden: they are more often an aside than the fact.
 */
import type { CardDraft } from './ids.ts';
import {
  ARTICLE_SOURCE,
  CITATION_SOURCE,
  DATE_SOURCE,
  isArticleCitation,
  isDateMatch,
  isLimitCount,
  isMeasure,
  isNumberedLaw,
  isShare,
  keyTermProblem,
  LAW_NUMBER_SOURCE,
  NUMBER_RANGE,
  NUMBERED_LAW_SOURCE,
  type DocumentTerms,
} from './key-terms.ts';
import { isProseSection, type Section } from './sections.ts';
import {
  countWord,
  hasDayLeads,
  holdsFraction,
  isBetween,
  isDayLead,
  isFraction,
  isPointer,
  isRangeWord,
  isSecondPointer,
  lawCollectionOpening,
  limitEnds,
  MAX_COUNT_LENGTH,
  mayHoldShare,
} from './term-words.ts';
import { splitSentences } from './sentences.ts';
import {
  BLANK,
  endsLikeSentence,
  foldForCompare,
  holdsSeparatedItems,
  trimEndOf,
  wordCount,
  wordOverlap,
} from './text.ts';

const MIN_WORDS = 6;
const MAX_WORDS = 40;
/** Fewer words than this beside the blank leave no question to answer. */
const MIN_REST_WORDS = 4;
/** Share of a highlight's words in a fact's front from which both state the same. */
const SAME_STATEMENT = 0.6;
/** A number with the word before it and the unit after it; isMeasure decides which belong. */
const MEASURE_AROUND = new RegExp(
  String.raw`(?<![\p{L}\p{N}/.,])(?:(\p{L}+)\s+)?([$€£%]\s?)?(${NUMBER_RANGE})(\s?%|\s+\p{L}+(?:\s+\p{L}+)?(?:\.(?=[,;]|\s+[\p{Ll}\p{N}]))?)?(?![\p{N}])`,
  'gu',
);

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * A bare number worth asking: a year, or any number of three digits or more; not the number of
 * a paragraph ("§ 172") or of a law ("595/2003"), which are parts of a citation.
 */
const BARE_NUMBER =
  /(?<![\p{L}\p{N}.,/:-]|§\s?)(\d{3,}(?:[.,]\d+)?|\d{1,3}(?:[.\u00a0 ]\d{3})+)(?![\p{N}/]|[.,:]\d|\s?[%‰])/u;
/** Two bare numbers joined by a word: "1 ile 1900", "zwölf bis 13" is no range of digits. */
const BARE_RANGE = /(?<![\p{L}\p{N}.,/:-])(\d+)\s+(\p{L}+)\s+(\d+)(?![\p{N}]|[.,:]\d|\s?[%‰])/u;

/**
 * The bare number a sentence states, as written: a range joined by the language's range word
 * ("1 ile 1900") or the first number of three digits or more ("1995", "1200"); undefined when
 * there is none.
 *
 * @example
 * findBareNumber('Kredi notu 1 ile 1900 arasında bir değer alır.', 'tr') // '1 ile 1900'
 * findBareNumber('KKB 1995 yılında kuruldu.', 'tr') // '1995'
 * findBareNumber('Sie gründeten 9 Banken.', 'de') // undefined
 */
export function findBareNumber(sentence: string, lang: string): string | undefined {
  const range = BARE_RANGE.exec(sentence);
  if (range !== null && isRangeWord(foldForCompare(range[2] ?? ''), lang)) return range[0];
  return BARE_NUMBER.exec(sentence)?.[1];
}

const CITATION = new RegExp(CITATION_SOURCE, 'u');

/**
 * The first legal citation `sentence` holds, as written, or undefined.
 *
 * @example
 * findCitation('Podľa § 130 ods. 2 sa trinásty plat vypláca v júni.') // '§ 130 ods. 2'
 */
export function findCitation(sentence: string): string | undefined {
  return CITATION.exec(sentence)?.[0];
}

/** The first match of a global `pattern` in `sentence` that `accept` takes, as written. */
function firstAccepted(
  sentence: string,
  pattern: RegExp,
  accept: (match: RegExpExecArray) => boolean,
): string | undefined {
  for (const match of sentence.matchAll(pattern)) if (accept(match)) return match[0];
  return undefined;
}

const NUMBERED_LAW = new RegExp(NUMBERED_LAW_SOURCE, 'gu');

/**
 * The first law a sentence names by its number, as written ("6102 sayılı Türk Ticaret
 * Kanunu"), or undefined: the law is the answer, not its number alone.
 *
 * @example
 * findNumberedLaw("Bono 6102 sayılı Türk Ticaret Kanunu'nda düzenlenir.", 'tr') // '6102 sayılı Türk Ticaret Kanunu'
 */
export function findNumberedLaw(sentence: string, lang: string): string | undefined {
  return firstAccepted(sentence, NUMBERED_LAW, (match) => isNumberedLaw(match[0], lang));
}

const LAW_NUMBER = new RegExp(LAW_NUMBER_SOURCE, 'gu');

/**
 * The first law a sentence cites by its number, year and collection, as written ("462/2003
 * Z. z."), or undefined: the collection tells a law's number from a fraction or a ratio.
 *
 * @example
 * findCollectionLaw('Upravuje ju zákon č. 455/1991 Zb. o živnostenskom podnikaní.', 'sk') // '455/1991 Zb.'
 */
export function findCollectionLaw(sentence: string, lang: string): string | undefined {
  for (const match of sentence.matchAll(LAW_NUMBER)) {
    const rest = sentence.slice(match.index + match[0].length);
    const collection = lawCollectionOpening(rest, lang);
    if (collection !== undefined) return `${match[0]} ${collection}`;
  }
  return undefined;
}

const ARTICLE = new RegExp(ARTICLE_SOURCE, 'gu');

/**
 * The first article of a law a sentence cites by its number, as written ("89. maddesi"), or
 * undefined.
 *
 * @example
 * findArticle("Türk Ticaret Kanunu'nun 89. maddesi cari hesabı tanımlar.", 'tr') // '89. maddesi'
 */
export function findArticle(sentence: string, lang: string): string | undefined {
  return firstAccepted(sentence, ARTICLE, (match) => isArticleCitation(match[0], lang));
}

const DATE_IN_TEXT = new RegExp(DATE_SOURCE, 'gu');

/**
 * The first date `sentence` states, as written ("1. 5. 2018", "31. Januar 2023"): one answer,
 * where the year alone would leave its day and month in the front.
 *
 * @example
 * findDate('Die Frist endete am 31. Januar 2023 beim Finanzamt.', 'de') // '31. Januar 2023'
 */
export function findDate(sentence: string, lang: string): string | undefined {
  return firstAccepted(sentence, DATE_IN_TEXT, (match) => isDateMatch(match, lang));
}

/** A day of the month after a word, with the case suffix the language glues to its number. */
const DAY_AFTER_WORD = /(?<![\p{L}\p{N}])(\p{L}+)\s+(0?[1-9]|[12]\d|3[01])(?=['’]\p{L})/gu;

/**
 * The first day of a month `sentence` states after the month ("ertesi ayın 26'sına kadar", by
 * the 26th of the next month), as written, or undefined: a deadline, though a number too small
 * to ask alone. Its suffix stays in the front, as after every other Turkish number hidden.
 *
 * @example
 * findMonthDay("Vergi ertesi ayın 26'sına kadar ödenir.", 'tr') // '26'
 * findMonthDay("Vergi oranı 26'dır.", 'tr') // undefined
 */
export function findMonthDay(sentence: string, lang: string): string | undefined {
  if (!hasDayLeads(lang)) return undefined;
  for (const match of sentence.matchAll(DAY_AFTER_WORD)) {
    if (isDayLead(foldForCompare(match[1] ?? ''), lang)) return match[2];
  }
  return undefined;
}

/** A number of up to three digits or a word: the part of a share, when it is a count. */
const COUNT_TOKEN = /(?<![\p{L}\p{N}.,])(?:\d{1,3}|\p{L}+)(?![\p{L}\p{N}]|[.,]\d)/gu;
/** The one or two words after the part, and the whole: " ud af 5", " von fünf". */
const SHARE_RESTS = [
  /^\s+\p{L}+\s+(?:\d{1,3}|\p{L}+)(?![\p{L}\p{N}]|[.,]\d)/u,
  /^\s+\p{L}+\s+\p{L}+\s+(?:\d{1,3}|\p{L}+)(?![\p{L}\p{N}]|[.,]\d)/u,
];
/** Characters after a part that its words and its whole fit in. */
const SHARE_REST_LENGTH = 40;

/**
 * The first share `sentence` states, a part out of a whole ("4 ud af 5 boligejere", "vier von
 * fünf Anträgen"), as written, or undefined: isShare decides.
 *
 * @example
 * findShare('Samlet set skal 4 ud af 5 boligejere betale mindre i skat.', 'da') // '4 ud af 5'
 * findShare('Reformen gælder fra 2024 og 2025.', 'da') // undefined
 */
export function findShare(sentence: string, lang: string): string | undefined {
  if (!mayHoldShare(foldForCompare(sentence), lang)) return undefined;
  for (const match of sentence.matchAll(COUNT_TOKEN)) {
    const part = match[0];
    if (!/^\d/u.test(part) && countWord(foldForCompare(part), lang) === undefined) continue;
    const from = match.index + part.length;
    const rest = sentence.slice(from, from + SHARE_REST_LENGTH);
    for (const pattern of SHARE_RESTS) {
      const whole = pattern.exec(rest)?.[0];
      if (whole !== undefined && isShare(part + whole, lang)) return part + whole;
    }
  }
  return undefined;
}

const LETTER_WORD = /\p{L}+/gu;
/** The two words before a count: the lower count and the word joining it ("zwei oder "). */
const COUNT_RANGE_START = /(?<![\p{L}\p{N}])\p{L}+ \p{L}+ $/u;

/**
 * The first count written as a word with its unit in `sentence` ("sechs Monate", "osem
 * mesiacov"), as written, or undefined: a measure without a digit.
 *
 * @example
 * findCountMeasure('Der Vertrag läuft sechs Monate.', 'de') // 'sechs Monate'
 * findCountMeasure('Der Vertrag läuft lange.', 'de') // undefined
 */
export function findCountMeasure(sentence: string, lang: string): string | undefined {
  let count: RegExpExecArray | undefined;
  for (const match of sentence.matchAll(LETTER_WORD)) {
    if (count !== undefined && match.index === count.index + count[0].length + 1) {
      // One character lies between the two words; isMeasure takes it only when it is a space.
      const pair = sentence.slice(count.index, match.index + match[0].length);
      // "zwei oder drei Monatsgehälter": the lower count and its joiner go with it.
      const range = COUNT_RANGE_START.exec(sentence.slice(0, count.index))?.[0];
      if (range !== undefined && isMeasure(range + pair, lang)) return range + pair;
      if (isMeasure(pair, lang)) return pair;
    }
    const word = match[0];
    count =
      word.length <= MAX_COUNT_LENGTH && countWord(foldForCompare(word), lang) !== undefined
        ? match
        : undefined;
  }
  return undefined;
}

/**
 * The first fraction written as a word in `sentence` ("pätina", "tredjedel"), as written, or
 * undefined: a share without a digit.
 *
 * @example
 * findFraction('Približne pätina všetkých investícií sa financuje leasingom.', 'sk') // 'pätina'
 */
export function findFraction(sentence: string, lang: string): string | undefined {
  if (!holdsFraction(foldForCompare(sentence), lang)) return undefined;
  return firstAccepted(sentence, LETTER_WORD, (match) =>
    isFraction(foldForCompare(match[0]), lang),
  );
}

/** Up to three words after a limit: a function word ("najviac v"), the count, what it counts. */
const AFTER_LIMIT = /^\s+([\p{L}\p{N}]+(?:[.,]\d+)?)\s+(\p{L}+)(?:\s+(\p{L}+))?/u;

/**
 * The first count a sentence bounds, with what it counts, as written ("en az 5 işletmeye",
 * "at least two accounts", "najviac v troch spoločnostiach" give "5 işletmeye", "two accounts",
 * "troch spoločnostiach"), or undefined: isLimitCount decides.
 *
 * @example
 * findLimitCount('Spoločnosť môže mať najviac 50 spoločníkov.', 'sk') // '50 spoločníkov'
 * findLimitCount('Spoločnosť má 50 spoločníkov.', 'sk') // undefined
 */
export function findLimitCount(sentence: string, lang: string): string | undefined {
  for (const end of limitEnds(sentence, lang)) {
    const after = AFTER_LIMIT.exec(sentence.slice(end));
    if (after === null) continue;
    const [, first = '', second = '', third] = after;
    const head = sentence.slice(0, end);
    // Written with one space, as blankMeasure will look for it.
    const pair = `${first} ${second}`;
    if (isLimitCount(pair, head, lang) && sentence.includes(pair, end)) return pair;
    const skipped = `${second} ${third ?? ''}`;
    if (
      third !== undefined &&
      isLimitCount(skipped, `${head} ${first}`, lang) &&
      sentence.includes(skipped, end)
    ) {
      return skipped;
    }
  }
  return undefined;
}

/**
 * "40 bis ", "1 gün ile " or "mellem 50 og " before a measure: the lower bound of a range (with
 * its unit, if it has one), the word joining it and the word before it, which may open the range.
 */
const RANGE_START = new RegExp(
  String.raw`(?:(?<!\p{L})(\p{L}+)\s+)?(${NUMBER_RANGE}(?:\s?%|\s+\p{L}+)?)\s+(\p{L}+)\s+$`,
  'u',
);

/**
 * Whether `joiner` joins the bounds of a range: a range word ("40 bis 50 Prozent"), or the
 * "and" of a range `opening` opens ("mellem 50 og 150 kr.").
 */
function joinsRange(opening: string, joiner: string, lang: string): boolean {
  const folded = foldForCompare(joiner);
  return isRangeWord(folded, lang) || isBetween(foldForCompare(opening), folded, lang);
}

/**
 * The measure with the start of its range when one comes before it ("40 bis 50 Prozent",
 * "mellem 50 og 150 kr."), so a cloze hides the whole range rather than its upper bound only;
 * the word opening the range stays in the front.
 */
function withRangeStart(
  sentence: string,
  at: number,
  before: string,
  measure: string,
  lang: string,
): string {
  if (measure.startsWith(before) && before !== '') return measure;
  const head = sentence.slice(0, at) + (before === '' ? '' : `${before} `);
  const range = RANGE_START.exec(head);
  if (range === null) return measure;
  const [, opening = '', low = '', joiner = ''] = range;
  if (!joinsRange(opening, joiner, lang)) return measure;
  // "1 gün ile 90 gün": a lower bound with a word after it is a measure of its own.
  if (/\p{L}/u.test(low) && !isMeasure(low, lang)) return measure;
  const whole = `${low} ${joiner} ${measure}`;
  return sentence.includes(whole) ? whole : measure;
}

/** Characters beside a measure that the words opening and joining its range fit in. */
const RANGE_WORDS_LENGTH = 40;
/** The word joining a measure to the next number: "og" of "3 % og 15 %". */
const JOINER_AFTER = /^\s+(\p{L}+)\s+\d/u;
/** The word before a measure: "mellem" of "mellem 3 % og 15 %". */
const WORD_BEFORE = /(?<!\p{L})(\p{L}+)\s+$/u;

/**
 * Whether the measure of `sentence` from `at` to `end` is the lower bound of a range ("3 %" of
 * "mellem 3 % og 15 %"): the whole range is found with its upper bound.
 */
function isLowerBound(sentence: string, at: number, end: number, lang: string): boolean {
  const joiner = JOINER_AFTER.exec(sentence.slice(end, end + RANGE_WORDS_LENGTH))?.[1];
  if (joiner === undefined) return false;
  const near = sentence.slice(Math.max(0, at - RANGE_WORDS_LENGTH), at);
  const opening = WORD_BEFORE.exec(near)?.[1] ?? '';
  return joinsRange(opening, joiner, lang);
}

/**
 * The first measure stated in `sentence`, as it is written there ("18 Monate", "63.100 kr."),
 * or undefined.
 *
 * @example
 * findMeasure('Die Höchstüberlassungsdauer beträgt 18 Monate.', 'de') // '18 Monate'
 * findMeasure('Od roku 2026 sa mení sadzba.', 'sk') // undefined
 */
export function findMeasure(sentence: string, lang: string): string | undefined {
  return measuresIn(sentence, lang).next().value;
}

/** The sentence's measures other than `first`, in order. */
function* otherMeasures(first: string, sentence: string, lang: string): Generator<string> {
  for (const measure of measuresIn(sentence, lang)) if (measure !== first) yield measure;
}

/** `first`, then the sentence's other measures, found only when the card asks for them. */
function* firstThenMeasures(first: string, sentence: string, lang: string): Generator<string> {
  yield first;
  yield* otherMeasures(first, sentence, lang);
}

/**
 * The sentence's measures with `first` last, when an earlier sentence of its paragraph hid it
 * already: the figure said again is the known part, the other one is the news ("Ferieåret løber
 * fra 1. september til 31. august. … ferieafholdelsesperioden, der løber fra 1. september til
 * 31. december året efter" asks "31. december").
 */
function* repeatedLast(first: string, sentence: string, lang: string): Generator<string> {
  yield* otherMeasures(first, sentence, lang);
  const date = findDate(sentence.replace(first, ''), lang);
  if (date !== undefined) yield date;
  yield first;
}

/** The measures stated in `sentence`, in order, as written (see findMeasure). */
function* measuresIn(sentence: string, lang: string): Generator<string, undefined> {
  // Most sentences hold no digit: the cheap test spares them the pattern, which tries every word.
  if (!/\d/u.test(sentence)) return undefined;
  for (const match of sentence.matchAll(MEASURE_AROUND)) {
    const [, before = '', currency = '', number = '', after = ''] = match;
    const core = currency + number;
    // The longest form first: with the word before, with both words after, with one of them.
    const oneAfter = after.replace(/^(\s+\p{L}+)\s+\p{L}+/u, '$1');
    const forms = [
      `${before} ${core}${after}`,
      `${before} ${core}${oneAfter}`,
      `${core}${after}`,
      `${core}${oneAfter}`,
      `${before} ${core}`,
      core,
    ];
    const found = forms.find((form) => !form.startsWith(' ') && isMeasure(form, lang));
    if (found === undefined) continue;
    const at = sentence.indexOf(found, match.index);
    if (!isLowerBound(sentence, at, at + found.length, lang)) {
      yield withRangeStart(sentence, match.index, before, found, lang);
    }
  }
  return undefined;
}

/**
 * `sentence` with every occurrence of `measure` blanked.
 *
 * @example
 * blankMeasure('Ab 25 Euro, oft 25 Euro.', '25 Euro') // 'Ab _____, oft _____.'
 */
export function blankMeasure(sentence: string, measure: string): string {
  // A scan, not a pattern per measure: a long document has thousands of different numbers, and
  // compiling a regular expression for each was most of the generator's time.
  const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char);
  let out = '';
  let from = 0;
  for (let at = sentence.indexOf(measure); at >= 0; at = sentence.indexOf(measure, at + 1)) {
    const end = at + measure.length;
    if (at < from || isWordChar(sentence[at - 1]) || isWordChar(sentence[end])) continue;
    out += sentence.slice(from, at) + BLANK;
    from = end;
  }
  return out + sentence.slice(from);
}

/**
 * The front of a fact whose sentence starts with a word pointing back ("Sie liegen für
 * Verbraucher _____ über dem Basiszinssatz", "Upravuje ho zákon č. _____"): the sentence
 * before, which names what it is about, and then the blanked sentence; undefined when there is no sentence before, or it
 * holds the answer. Any other front stays as it is.
 */
function withAntecedent(
  blanked: string,
  previous: string | undefined,
  measure: string,
  lang: string,
): string | undefined {
  const [first = '', second = ''] = /^(\p{L}+)(?:\s+(\p{L}+))?/u.exec(blanked)?.slice(1) ?? [];
  if (!isPointer(foldForCompare(first), lang) && !isSecondPointer(foldForCompare(second), lang)) {
    return blanked;
  }
  if (previous === undefined || foldForCompare(previous).includes(foldForCompare(measure))) {
    return undefined;
  }
  const front = `${previous} ${blanked}`;
  return wordCount(front) <= MAX_WORDS + MIN_REST_WORDS ? front : undefined;
}

/**
 * The leads a list item goes on from, the nearest first: the sentence ending in ":" right
 * before the list ("For at få dagpenge skal du:"), then the section's heading ("## Podmienky
 * úľav pre 13. plat"), which says what the list is about.
 */
function itemLeads(section: Section, index: number): string[] {
  let first = index;
  while (section.blocks[first - 1]?.kind === 'bullet') first -= 1;
  const before = section.blocks[first - 1];
  const sentence = before?.kind === 'paragraph' ? splitSentences(before.text).at(-1) : undefined;
  const heading = section.heading?.text;
  return [
    ...(sentence?.endsWith(':') === true ? [sentence] : []),
    ...(heading === undefined ? [] : [`${trimEndOf(heading, ':')}:`]),
  ];
}

/**
 * The front of a fact from a list item that goes on from its lead: the first lead short enough,
 * then the blanked item ("For at få dagpenge skal du: have været medlem af en a-kasse i mindst
 * _____."); undefined when there is none, or it holds the answer.
 */
function withLead(blanked: string, leads: readonly string[], measure: string): string | undefined {
  const front = leads
    .map((lead) => `${lead} ${blanked}`)
    .find((text) => wordCount(text) <= MAX_WORDS + MIN_REST_WORDS);
  if (front === undefined) return undefined;
  return foldForCompare(front.slice(0, front.indexOf(BLANK))).includes(foldForCompare(measure))
    ? undefined
    : front;
}

/**
 * One cloze card per body sentence that states a measure: front the sentence with the measure
 * blanked, back the measure, context the sentence. Sentences of FAQ answers and highlights are
 * left to their own cards, and a statement a highlight card already asks (`asked`: the same
 * measure, mostly the same words) is not asked again; a sentence whose measure is no key term
 * by keyTermProblem gives none.
 *
 * @example
 * factCards(splitSections(parseDocument('Die Höchstdauer beträgt 18 Monate im selben Einsatz.').blocks), terms)
 * // [{ kind: 'highlight', front: 'Die Höchstdauer beträgt _____ im selben Einsatz.', back: '18 Monate', … }]
 */
export function factCards(
  sections: readonly Section[],
  terms: DocumentTerms,
  asked: readonly CardDraft[] = [],
): CardDraft[] {
  // The asked cards' answers, folded once, when the first measure is compared with them: not
  // again for every measure of a long document.
  let askedAnswers: { front: string; answer: string }[] | undefined;
  const askedBefore = (front: string, measure: string) => {
    askedAnswers ??= asked.map((card) => ({
      front: card.front,
      answer: foldForCompare(card.back),
    }));
    const answer = foldForCompare(measure);
    return askedAnswers.some(
      (card) => card.answer === answer && wordOverlap(card.front, front) >= SAME_STATEMENT,
    );
  };
  const cards: CardDraft[] = [];
  for (const section of sections.filter(isProseSection)) {
    section.blocks.forEach((block, blockIndex) => {
      if (block.kind !== 'paragraph' && block.kind !== 'bullet') return;
      // Most blocks state no measure: without a digit, only a count word can start one, alone
      // or after a limit ("at least two accounts").
      if (
        !/\d/u.test(block.text) &&
        findCountMeasure(block.text, terms.lang) === undefined &&
        findLimitCount(block.text, terms.lang) === undefined &&
        findFraction(block.text, terms.lang) === undefined
      ) {
        return;
      }
      // A list item that the next one continues ends in a comma ("… aspoň 48 mesiacov,"):
      // it is said whole, as if it ended the list.
      const text = block.kind === 'bullet' ? block.text.replace(/,$/u, '.') : block.text;
      const sentences = splitSentences(text);
      // The figures this paragraph's cards hide, folded.
      const hidden = new Set<string>();
      sentences.forEach((sentence, index) => {
        const words = wordCount(sentence);
        if (words < MIN_WORDS || words > MAX_WORDS || !endsLikeSentence(sentence)) return;
        // "(Lacity, M.C. Hirschheim, R, 1993.)": a reference in parentheses states no fact.
        if (sentence.startsWith('(')) return;
        if (holdsSeparatedItems(sentence)) return;
        if (sentence.endsWith('?')) return;
        // A citation ("§ 5", "§ 130 ods. 2", "zákon č. 455/1991 Zb.") is asked only when the
        // sentence states no number of its own: what a rule says weighs more than where it is
        // written.
        const first =
          findMeasure(sentence, terms.lang) ??
          findDate(sentence, terms.lang) ??
          findMonthDay(sentence, terms.lang) ??
          findShare(sentence, terms.lang) ??
          findNumberedLaw(sentence, terms.lang) ??
          findBareNumber(sentence, terms.lang) ??
          findLimitCount(sentence, terms.lang) ??
          findCountMeasure(sentence, terms.lang) ??
          findFraction(sentence, terms.lang) ??
          findCitation(sentence) ??
          findCollectionLaw(sentence, terms.lang) ??
          findArticle(sentence, terms.lang);
        if (first === undefined) return;
        // A measure the rest of the sentence gives away ("mindestens 5 Jahre … davon 3 Jahre in
        // den letzten 5 Jahren") leaves the sentence's next measure to ask.
        const measures = hidden.has(foldForCompare(first))
          ? repeatedLast(first, sentence, terms.lang)
          : firstThenMeasures(first, sentence, terms.lang);
        for (const measure of measures) {
          // The lead of a list ("Od 1. februára 2013 platí novela …:") is asked as the sentence
          // it is, without the items: a front ending in a colon waits for them.
          const blanked = blankMeasure(sentence.replace(/:$/u, '.'), measure);
          if (askedBefore(blanked, measure)) return;
          if (wordCount(blanked.split(BLANK).join(' ')) < MIN_REST_WORDS) return;
          // "have været medlem af en a-kasse i mindst _____": an item that goes on from its lead
          // says whose fact it is only with that lead.
          const continues = block.kind === 'bullet' && index === 0 && /^\p{Ll}/u.test(sentence);
          const front = continues
            ? withLead(blanked, itemLeads(section, blockIndex), measure)
            : withAntecedent(blanked, sentences[index - 1], measure, terms.lang);
          if (front === undefined) return;
          const problem = keyTermProblem(measure, front, terms);
          if (problem === 'given away') continue;
          if (problem !== undefined) return;
          cards.push({
            kind: 'highlight',
            anchor: sentence,
            front,
            back: measure,
            context: sentence,
            lines: [block.from, block.to],
          });
          hidden.add(foldForCompare(measure));
          return;
        }
      });
    });
  }
  return cards;
}
