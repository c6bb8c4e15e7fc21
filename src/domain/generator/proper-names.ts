/**
 * Proper names inside a sentence — an institution, a law, a register, a method ("Findeks",
 * "SPK", "Štatistický úrad SR", "STOQ-K-Methode") — are facts a learner recalls, as a defined
 * term is. This module judges the shape alone: where the name stands and what it names; the
 * caller decides whether the sentence is worth asking at all.
 */
import { isFunctionWord, isListEnd, isMonthWord, isPassingName } from './term-words.ts';
import { foldForCompare } from './text.ts';

/** A name is a word or a group of up to four, each of letters, digits and joining marks. */
const NAME_TEXT = /^\p{Lu}[\p{L}\p{N}&'’-]*(?: [\p{L}\p{N}&'’-]+){0,3}$/u;
const CAPITALISED = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,9}$/u;
/** Shorter capitalised words are abbreviations ("SR", "EU", "Mr"), not names to recall. */
const MIN_NAME_LENGTH = 3;
const WORD = /[\p{L}\p{N}]+/gu;
/** A character that glues a word to the one before or after it. */
const GLUED = /[\p{L}\p{N}/-]/u;
/** A list's last item stands this many words after its "and" at most ("und den gesetzlichen"). */
const MAX_ITEM_LEAD = 3;

/**
 * Whether the initials of consecutive words of `sentence` (the acronym itself left out)
 * spell `acronym`: "free cash flow, also known as FCF" gives its answer away.
 */
function spelledOut(sentence: string, acronym: string): boolean {
  const initials = (sentence.match(WORD) ?? [])
    .filter((word) => word !== acronym)
    .map((word) => foldForCompare(word).charAt(0))
    .join('');
  return initials.includes(foldForCompare(acronym));
}

/**
 * Whether the name is one item of a list the sentence writes ("Türk Lirası, döviz ve kıymetli
 * maden", "Indien und die Philippinen"): a blank there asks which of the items, not a fact.
 * `head` and `tail` are the sentence before and after the name, `next` the word after it.
 */
function isListItem(head: string, tail: string, next: string, lang: string): boolean {
  if (isListEnd(foldForCompare(next), lang)) return true;
  // The last item: an "and" among the words right before it, after an earlier item's comma.
  const lead = /(?:[\p{L}\p{N}]+\s+)+$/u.exec(head)?.[0] ?? '';
  const leadWords = (lead.match(WORD) ?? []).slice(-MAX_ITEM_LEAD);
  const opening = leadWords.findIndex((word) => isListEnd(foldForCompare(word), lang));
  if (opening >= 0 && (opening === leadWords.length - 1 || head.includes(','))) return true;
  if (!/^\s*,/u.test(tail)) return false;
  return (tail.match(WORD) ?? []).some((word) => isListEnd(foldForCompare(word), lang));
}

/**
 * Whether a capitalised word inside a sentence may be a name or start one: long enough, no
 * month, no country or nationality mentioned in passing. A cheap test of a sentence's words
 * before its word runs are judged one by one ({@link isNameInSentence}).
 *
 * @example
 * mayBeNameWord('Findeks', 'tr') // true
 * mayBeNameWord('Danmark', 'da') // false
 */
export function mayBeNameWord(word: string, lang: string): boolean {
  if (word.length < MIN_NAME_LENGTH) return false;
  const folded = foldForCompare(word);
  return !isPassingName(folded, lang) && !isMonthWord(folded, lang);
}

/**
 * Whether `answer`, found in `sentence`, is a proper name to hide: an acronym of three letters
 * or more, or a capitalised word or group (its first and last words capitalised) that does not
 * open the sentence and is no part of a longer capitalised group. Never a country, nationality
 * or weekday mentioned in passing, a month, one item of a list written in the sentence ("TL,
 * döviz ve kıymetli maden"), or a name the rest of the sentence gives away ("kaldes
 * Gent-systemet efter … byen Gent"). A Turkish case suffix after an apostrophe stays in the
 * sentence ("Findeks'tir" → answer "Findeks").
 *
 * @example
 * isNameInSentence("Repo, yalnız SPK'nın yetkili kıldığı kurumlar yapabilir.", 'SPK', 'tr') // true
 * isNameInSentence('Základná sadzba DPH na Slovensku je 23 %.', 'Slovensku', 'sk') // false
 */
export function isNameInSentence(sentence: string, answer: string, lang: string): boolean {
  if (answer.length < MIN_NAME_LENGTH || !NAME_TEXT.test(answer)) return false;
  const words = answer.split(' ');
  if (!CAPITALISED.test(words.at(-1) ?? '')) return false;
  // "Štatistický úrad SR", "Bank of England": lower-case words stand only before the name's
  // second capitalised word ("Slovensku HDP zostavuje Štatistický" is no name).
  const second = words.findIndex((word, index) => index > 0 && CAPITALISED.test(word));
  if (second > 0 && words.some((word, index) => index > second && !CAPITALISED.test(word))) {
    return false;
  }
  const at = sentence.indexOf(answer);
  // A whole word: "E-tal" of "P/E-tal", "BPO" of "BPO-leverandør" are parts of one.
  if (GLUED.test(sentence.charAt(at - 1)) || GLUED.test(sentence.charAt(at + answer.length))) {
    return false;
  }
  const head = sentence.slice(0, Math.max(at, 0));
  // The sentence's first word is capitalised as any first word is.
  const earlier = head.match(WORD) ?? [];
  if (at < 0 || earlier.length === 0) return false;
  const previous = earlier.at(-1) ?? '';
  // A capitalised word right before starts the name ("Borsa İstanbul"), unless it is the
  // sentence's first word and an article or preposition ("Na Slovensku", "Das …").
  const adjacent = /[\p{L}\p{N}]\s+$/u.test(head);
  if (
    adjacent &&
    CAPITALISED.test(previous) &&
    (earlier.length > 1 || !isFunctionWord(foldForCompare(previous), lang))
  ) {
    return false;
  }
  // The rest of the sentence after the name and its suffix.
  const tail = sentence.slice(at + answer.length).replace(/^['’]\p{L}+/u, '');
  const next = /^\s+([\p{L}\p{N}]+)/u.exec(tail)?.[1] ?? '';
  if (CAPITALISED.test(next)) return false;
  const folded = foldForCompare(answer);
  const parts = folded.split(/[\s-]+/u);
  if (!folded.includes('-') && isPassingName(folded, lang)) return false;
  if (parts.some((part) => isMonthWord(part, lang))) return false;
  if (isListItem(head, tail, next, lang)) return false;
  if (ACRONYM.test(answer) && spelledOut(sentence, answer)) return false;
  const rest = ` ${foldForCompare(head + tail).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  // A group whose initials the sentence writes as an acronym ("BPO, skratka pre Business
  // Process Outsourcing") is given away; so is a word, or a part of a hyphenated one, that the
  // sentence says again ("kaldes Gent-systemet efter … byen Gent"). A group's common words
  // ("altın" of "Kaydi Altın Transfer Sistemi") may recur.
  if (words.length > 1) {
    return !rest.includes(` ${parts.map((part) => part.charAt(0)).join('')} `);
  }
  return !parts.some(
    (part) =>
      part.length >= MIN_NAME_LENGTH && !isFunctionWord(part, lang) && rest.includes(` ${part} `),
  );
}
