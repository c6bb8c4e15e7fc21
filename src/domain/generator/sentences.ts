/**
 * Sentence splitting for cleaned prose. Deliberately simple: a sentence ends at `.`, `!`, `?` or
 * `…` followed by a space and an upper-case letter, digit or opening quote, unless the word before
 * the dot is a common abbreviation or a single initial ("U.S.", "z.B.", "tzv."; but not the end of
 * a law's collection, "381/2001 Z. z."), the day or month of a date ("1. 5. 2018", "1. Januar
 * 2025") or an ordinal ("vor dem 25. Geburtstag").
 */
import {
  endsWithLawCollection,
  isAbbreviationWord,
  isMonthWord,
  isOrdinalLead,
} from './term-words.ts';
import {
  endsLikeSentence,
  foldForCompare,
  lastWordOf,
  rememberBounded,
  trimEndOf,
  wordCount,
} from './text.ts';

/** Known abbreviations, single initials ("S") and dotted short forms ("u.s", "z.b"). */
function isAbbreviation(word: string): boolean {
  return (
    isAbbreviationWord(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(word)
  );
}

/** Longer than any law's number, year and collection ("1234/2003 Z. z."). */
const MAX_LAW_CITATION_LENGTH = 24;

const NEXT_WORD = /\p{L}+|\d/uy;

/**
 * Whether the point after `lastWord` is the point of a date's day or month: a number of one or
 * two digits before another number or a month name ("od 1. 5. 2018", "ab dem 1. Januar 2025").
 */
function isDatePoint(lastWord: string, text: string, at: number): boolean {
  if (!/^\d{1,2}$/u.test(lastWord)) return false;
  // A sticky pattern reads the next word in place: slicing the rest of the text at every
  // sentence end would grow with the square of a long paragraph.
  NEXT_WORD.lastIndex = at;
  const next = NEXT_WORD.exec(text)?.[0] ?? '';
  return /^\d/u.test(next) || isMonthWord(foldForCompare(next));
}

/**
 * Whether the point after `lastWord`, a number of one to three digits ending `before`, is an
 * ordinal's: "vor dem 25." of "vor dem 25. Geburtstag".
 */
function isOrdinalPoint(lastWord: string, before: string): boolean {
  if (!/^\d{1,3}$/u.test(lastWord)) return false;
  const lead = lastWordOf(before.slice(0, before.length - lastWord.length).trimEnd());
  return isOrdinalLead(foldForCompare(lead));
}

const BOUNDARY = /[.!?…]+["'”’»)\]]*\s+(?=["'“„«([]?[\p{Lu}\p{N}])/gu;

/**
 * The texts split last and their sentences, oldest first: every extractor splits the same
 * paragraphs of a document again. Bounded (the last 256 texts), so it never grows with the
 * documents generated; a document of more paragraphs than that mostly misses it.
 */
const SPLIT_TEXTS = new Map<string, readonly string[]>();
const SPLIT_TEXTS_KEPT = 256;

/**
 * Splits prose into sentences. The same text gives the same (frozen) array again.
 *
 * @example
 * splitSentences('BPO je proces. Na druhej strane, KPO je iné.')
 * // ['BPO je proces.', 'Na druhej strane, KPO je iné.']
 */
export function splitSentences(text: string): readonly string[] {
  return rememberBounded(SPLIT_TEXTS, SPLIT_TEXTS_KEPT, text, (key) =>
    Object.freeze(sentencesOf(key)),
  );
}

function sentencesOf(text: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const end = match.index + match[0].trimEnd().length;
    const before = text.slice(start, match.index);
    const lastWord = lastWordOf(before).toLowerCase();
    if (
      match[0].startsWith('.') &&
      isAbbreviation(lastWord) &&
      !endsWithLawCollection(`${before.slice(-MAX_LAW_CITATION_LENGTH)}.`)
    ) {
      continue;
    }
    if (match[0].startsWith('.') && isDatePoint(lastWord, text, match.index + match[0].length)) {
      continue;
    }
    if (match[0].startsWith('.') && isOrdinalPoint(lastWord, before)) continue;
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
  return `${trimEndOf(space > max / 2 ? cut.slice(0, space) : cut, ',;:–-')}…`;
}

/**
 * Whether a sentence is the lead-in of a list under it: one that ends in ":" ("Zákon pozná aj
 * iné exekučné tituly, napríklad:") or stops where its list goes on ("Anspruch hat, wer").
 *
 * @example
 * isListLead('You can claim if you') // true
 */
export function isListLead(sentence: string): boolean {
  const text = sentence.trim();
  return text !== '' && (text.endsWith(':') || !endsLikeSentence(text));
}

/**
 * A paragraph a list follows, without its last sentence when that is the list's lead-in: what
 * a back can say before the list. '' when the lead is the whole paragraph.
 *
 * @example
 * withoutListLead('Ein Exekutionstitel ist ein Urteil. Es gibt auch andere, etwa:') // 'Ein Exekutionstitel ist ein Urteil.'
 */
export function withoutListLead(paragraph: string): string {
  const lead = splitSentences(paragraph).at(-1) ?? '';
  if (!isListLead(lead)) return paragraph;
  return paragraph.slice(0, paragraph.lastIndexOf(lead)).trim();
}

/** The longest back a learner can grade honestly, in words. */
export const MAX_BACK_WORDS = 40;

export interface Answer {
  /** What the learner must recall: whole sentences, at most {@link MAX_BACK_WORDS} words. */
  back: string;
  /** The rest of the text, shown under the answer. */
  context: string;
}

/** Sentences of an answer text; every bullet line ("• …") counts as one. */
function answerUnits(text: string): string[] {
  return text
    .split(/\n+/u)
    .flatMap((line) => (line.startsWith('• ') ? [line] : splitSentences(line)))
    .filter((unit) => unit.trim() !== '');
}

/** Joins units back: bullets on lines of their own, sentences with a space. */
function joinUnits(units: readonly string[]): string {
  return units.reduce((out, unit, index) => {
    if (index === 0) return unit;
    const previous = units[index - 1] ?? '';
    return `${out}${unit.startsWith('• ') || previous.startsWith('• ') ? '\n' : ' '}${unit}`;
  }, '');
}

/** Words of three letters or more, cut to five: "fordele" and "fordelene" are one stem. */
function stems(text: string): string[] {
  return (foldForCompare(text).match(/[\p{L}\p{N}]{3,}/gu) ?? []).map((word) => word.slice(0, 5));
}

/** Whether a sentence only repeats the question: "Der er mange fordele ved BPO." */
function restates(sentence: string, question: string): boolean {
  const words = stems(sentence);
  const asked = new Set(stems(question));
  return words.length > 0 && words.filter((word) => asked.has(word)).length / words.length >= 0.6;
}

/**
 * Splits an answer into a short back and the context under it: the first sentences up to
 * {@link MAX_BACK_WORDS} words, skipping an opening sentence that only repeats the question
 * ("Der er mange fordele ved BPO." for "Hvad er fordelene ved BPO?"). A first sentence longer
 * than that is cut at a word and ends with "…"; the whole text then stays in the context.
 *
 * @example
 * splitAnswer(longAnswer, 'Hvad er fordelene ved BPO?')
 * // { back: 'En af de primære fordele er, at det sænker omkostningerne. …', context: '…' }
 */
export function splitAnswer(text: string, question = ''): Answer {
  if (wordCount(text) <= MAX_BACK_WORDS) return { back: text, context: '' };
  const units = answerUnits(text);
  let first = 0;
  while (first < units.length - 1 && restates(units[first] ?? '', question)) first += 1;
  const back: string[] = [];
  let words = 0;
  for (const unit of units.slice(first)) {
    const count = wordCount(unit);
    if (words + count > MAX_BACK_WORDS) break;
    back.push(unit);
    words += count;
  }
  // A back never stops inside a list or at the lead that opens it ("Anspruch hat, wer" over
  // "• in Deutschland wohnt"): the list and its lead go to the context whole, and an answer that
  // is nothing but them has no short back.
  if (units[first + back.length]?.startsWith('• ') === true) {
    while (back.at(-1)?.startsWith('• ') === true) back.pop();
    if (isListLead(back.at(-1) ?? '')) back.pop();
    if (back.length === 0) return { back: '', context: text };
  }
  if (back.length === 0) {
    const unit = units[first] ?? text;
    const cut = unit.split(/\s+/u).slice(0, MAX_BACK_WORDS - 2);
    while (cut.length > 0 && wordCount(cut.join(' ')) > MAX_BACK_WORDS - 2) cut.pop();
    return { back: `${trimEndOf(cut.join(' '), ',;:–-')} …`, context: text };
  }
  return { back: joinUnits(back), context: joinUnits(units.slice(first + back.length)) };
}
