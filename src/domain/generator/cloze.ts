/**
 * Cloze deletion for highlight sentences: hide the most meaningful term and ask for it. The
 * preference follows what a learner should remember from a highlight: a term the text puts in
 * quotes, then an acronym, then a number, then the longest words. A front never gives its answer
 * away: every occurrence of the hidden term is blanked, and a candidate that still shows through
 * (an acronym right after its own expansion, an inflected form) is dropped for the next one.
 */
import { BLANK, escapeRegExp, foldForCompare, wholeTermPattern, wordCount } from './text.ts';

export interface Cloze {
  front: string;
  answer: string;
}

const QUOTED = /["“„«»]([^"“”„«»\n]{1,80}?)["”“«»]/gu;
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}&]{1,9}(?![\p{L}\p{N}])/gu;
const NUMBER = /(?<![\p{L}\p{N}])\d{1,15}(?:[.,]\d{1,15}){0,4}(?![\p{L}\p{N}])/gu;
const WORD = /\p{L}[\p{L}'’-]*\p{L}/gu;

/**
 * Whether `front` still contains `answer`, ignoring case, diacritics and spacing.
 *
 * @example
 * revealsAnswer('_____ og BPO-firmaer', 'bpo') // true
 */
export function revealsAnswer(front: string, answer: string): boolean {
  const folded = foldForCompare(answer);
  return folded === '' || foldForCompare(front).includes(folded);
}

/** An acronym also hides in inflected forms: "BPOs", "BPO'nun", "BPO-leverandør". */
function acronymPattern(acronym: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(acronym)}(?![\\p{Lu}\\p{N}])`, 'gu');
}

/**
 * Where the expansion of `acronym` starts, given the text before its "(ACR)": where the initials
 * of the preceding words spell the acronym ("Ein Shared Service Center (SSC)" → "Shared …"),
 * else at the sentence start when that is near, because a translated expansion does not share
 * the initials ("İş süreçleri dış kaynak kullanımı (BPO)").
 */
function expansionStart(before: string, acronym: string): number | undefined {
  const words = [...before.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)];
  if (words.length === 0) return undefined;
  const nearStart = words.length <= 8 ? words[0]?.index : undefined;
  const letters = foldForCompare(acronym).replace(/[^\p{L}]/gu, '');
  let next = letters.length - 1;
  let start: number | undefined;
  for (let index = words.length - 1; index >= 0 && next >= 0; index -= 1) {
    const word = words[index];
    if (!word) break;
    const initial = foldForCompare(word[0]).charAt(0);
    if (initial === letters.charAt(next)) {
      next -= 1;
      start = word.index;
    } else if (next < letters.length - 1 && word[0].length <= 3 && /^\p{Ll}/u.test(word[0])) {
      continue; // "of", "and", "für" inside an expansion carry no initial.
    } else {
      return nearStart;
    }
  }
  return next < 0 ? start : nearStart;
}

function* candidates(sentence: string): Generator<Cloze> {
  for (const match of sentence.matchAll(QUOTED)) {
    const term = (match[1] ?? '').trim().replace(/[,.;:]+$/u, '');
    if (!/\p{L}|\p{N}/u.test(term) || wordCount(term) > 8) continue;
    const at = match.index + 1 + Math.max((match[1] ?? '').indexOf(term), 0);
    const front = sentence.slice(0, at) + BLANK + sentence.slice(at + term.length);
    yield { front: front.replace(wholeTermPattern(term), BLANK), answer: term };
  }
  const acronyms = new Set(Array.from(sentence.matchAll(ACRONYM), (match) => match[0]));
  for (const acronym of acronyms) {
    const paren = new RegExp(`\\(\\s*${escapeRegExp(acronym)}\\s*\\)`, 'u').exec(sentence);
    if (paren) {
      const start = expansionStart(sentence.slice(0, paren.index), acronym);
      if (start === undefined) continue;
      const end = paren.index + paren[0].length;
      const front = sentence.slice(0, start) + BLANK + sentence.slice(end);
      yield {
        front: front.replace(acronymPattern(acronym), BLANK),
        answer: sentence.slice(start, end),
      };
    } else {
      yield { front: sentence.replace(acronymPattern(acronym), BLANK), answer: acronym };
    }
  }
  for (const match of sentence.matchAll(NUMBER)) {
    const number = match[0];
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(number)}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    yield { front: sentence.replace(pattern, BLANK), answer: number };
  }
  // Longer words carry more meaning; the longest first, the next when that one is unsuitable.
  const words = new Set(
    Array.from(sentence.matchAll(WORD), (match) => match[0]).filter((word) => word.length >= 6),
  );
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    yield { front: sentence.replace(wholeTermPattern(word), BLANK), answer: word };
  }
}

/** The written-out forms of the topic acronyms in `sentence`, with the acronym: "Knowledge … (KPO)". */
function topicExpansions(sentence: string, topicTerms: readonly string[]): string[] {
  return topicTerms.flatMap((term) => {
    const paren = new RegExp(`\\(\\s*${escapeRegExp(term)}\\s*\\)`, 'u').exec(sentence);
    if (!paren) return [];
    const start = expansionStart(sentence.slice(0, paren.index), term);
    return start === undefined ? [] : [sentence.slice(start, paren.index + paren[0].length)];
  });
}

/** Whether `answer` names the deck's topic: one of its acronyms, or a word of its expansion. */
function isTopic(answer: string, topicTerms: readonly string[], expansions: readonly string[]) {
  return (
    topicTerms.some((term) => acronymPattern(term).test(answer)) ||
    expansions.some((expansion) => expansion.includes(answer))
  );
}

/**
 * Hides one meaningful term of a sentence, or returns undefined when no term can be hidden
 * without the rest of the sentence giving it away. Terms naming the deck's topic
 * (`topicTerms`, e.g. the acronyms of its title) are hidden only when nothing else can be: in a
 * deck about BPO, "_____ uses third-party vendors" → "BPO" asks nothing the learner doesn't know.
 *
 * @example
 * makeCloze('BPO vil blive betragtet som "offshore outsourcing", hvis …')
 * // { front: 'BPO vil blive betragtet som "_____", hvis …', answer: 'offshore outsourcing' }
 */
export function makeCloze(sentence: string, topicTerms: readonly string[] = []): Cloze | undefined {
  const expansions = topicExpansions(sentence, topicTerms);
  let topical: Cloze | undefined;
  for (const candidate of candidates(sentence)) {
    const answer = candidate.answer.trim();
    const rest = candidate.front.split(BLANK).join(' ');
    if (answer === '' || !candidate.front.includes(BLANK) || wordCount(rest) < 2) continue;
    if (revealsAnswer(candidate.front, answer)) continue;
    if (!isTopic(answer, topicTerms, expansions)) return { front: candidate.front, answer };
    topical ??= { front: candidate.front, answer };
  }
  return topical;
}

/**
 * The acronyms a deck is about, from its title: "Rozdiel medzi BPO a KPO" → ["BPO", "KPO"].
 *
 * @example
 * topicAcronyms('Knowledge Process Outsourcing (KPO)') // ['KPO']
 */
export function topicAcronyms(title: string): string[] {
  return [...new Set(Array.from(title.matchAll(ACRONYM), (match) => match[0]))];
}
