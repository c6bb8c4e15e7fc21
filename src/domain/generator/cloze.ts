/**
 * Cloze deletion for highlight sentences: hide the sentence's key term and ask for it. Only a
 * key term by the criteria of key-terms.ts is ever hidden; a front never gives its answer away:
 * every occurrence of the hidden term is blanked, and a candidate that still shows through (an
 * acronym right after its own expansion, an inflected form) is dropped for the next one.
 */
import { blankMeasure, findMeasure } from './facts.ts';
import type { CardDraft } from './ids.ts';
import { keyTermProblem, occurrences, type DocumentTerms } from './key-terms.ts';
import { isUnitWord } from './term-words.ts';
import { BLANK, escapeRegExp, foldForCompare, wholeTermPattern, wordCount } from './text.ts';

export interface Cloze {
  front: string;
  answer: string;
}

/** The highlight card asking `cloze` of `sentence`, said in lines `from`–`to`. */
export function clozeCard(
  anchor: string,
  sentence: string,
  cloze: Cloze,
  { from, to }: { from: number; to: number },
): CardDraft {
  return {
    kind: 'highlight',
    anchor,
    front: cloze.front,
    back: cloze.answer,
    context: sentence,
    lines: [from, to],
  };
}

const QUOTED = /["“„«»]([^"“”„«»\n]{1,80}?)["”“«»]/gu;
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}&]{1,9}[+-]?(?![\p{L}\p{N}])/gu;
const NUMBER = /(?<![\p{L}\p{N}/])\d{1,15}(?:[.,]\d{1,15}){0,4}(?![\p{L}\p{N}/])/gu;
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** A key term is a name or a noun phrase, not a clause. */
const MAX_TERM_WORDS = 5;

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
 *
 * @example
 * expansionStart('Ein Shared Service Center ', 'SSC') // 4
 */
export function expansionStart(before: string, acronym: string): number | undefined {
  // "service-level agreement (SLA)": each part of a hyphenated word gives an initial.
  const words = [...before.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu)];
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

interface WordRun {
  text: string;
  folded: string;
  at: number;
}

/**
 * Runs of 1–`MAX_TERM_WORDS` words of the sentence, longest first, each with its position and
 * folded form. Each word is folded once; a run of words joined by single spaces is their join.
 */
function wordRuns(sentence: string): WordRun[] {
  const words = Array.from(sentence.matchAll(WORD), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: foldForCompare(match[0]),
  }));
  // What lies between word i and word i + 1: punctuation ends a phrase there (a run across it
  // is two phrases, not one term; words themselves hold none); a word after a space joins the
  // folds of the words before it.
  const gaps = words.slice(1).map((word, index) => {
    const gap = sentence.slice(words[index]?.end ?? 0, word.start);
    return { breaks: /[,.;:!?()"“”„«»]/u.test(gap), space: gap.endsWith(' ') };
  });
  const runs: WordRun[] = [];
  for (let size = Math.min(MAX_TERM_WORDS, words.length); size >= 1; size -= 1) {
    for (let first = 0; first + size <= words.length; first += 1) {
      const from = words[first];
      const to = words[first + size - 1];
      if (!from || !to) continue;
      // The run's gaps in one walk: it ends at a break; its folds join while the gaps are spaces.
      let folded: string | undefined = from.folded;
      let broken = false;
      for (let index = first; index < first + size - 1 && !broken; index += 1) {
        const gap = gaps[index];
        broken = gap?.breaks === true;
        folded =
          folded !== undefined && gap?.space === true
            ? `${folded} ${words[index + 1]?.folded ?? ''}`
            : undefined;
      }
      if (broken) continue;
      const text = sentence.slice(from.start, to.end);
      runs.push({ text, folded: folded ?? foldForCompare(text), at: from.start });
    }
  }
  return runs;
}

/** A name with a case suffix after an apostrophe: "Findeks'tir", "Borsa İstanbul'daki". */
const NAME_WITH_SUFFIX = /^(\p{Lu}[^'’]*)['’]\p{L}+$/u;

/**
 * The run without the case suffix of a name ("Findeks'tir" → "Findeks"): the name is the term,
 * and its suffix stays in the front ("_____'tir"). Any other run as it is.
 */
function nameStem(run: WordRun): WordRun {
  const stem = NAME_WITH_SUFFIX.exec(run.text)?.[1];
  return stem === undefined ? run : { text: stem, folded: foldForCompare(stem), at: run.at };
}

function blankAll(sentence: string, term: string, at = sentence.indexOf(term)): string {
  if (at < 0) return sentence;
  const front = sentence.slice(0, at) + BLANK + sentence.slice(at + term.length);
  // The cheap case first: a term said once needs no pattern.
  if (!front.toLowerCase().includes(term.toLowerCase())) return front;
  return sentence.replace(wholeTermPattern(term), BLANK);
}

function* candidates(
  sentence: string,
  terms: DocumentTerms,
  accept: (answer: string) => boolean,
): Generator<Cloze> {
  for (const match of sentence.matchAll(QUOTED)) {
    const term = (match[1] ?? '').trim().replace(/[,.;:]+$/u, '');
    if (!/\p{L}|\p{N}/u.test(term) || wordCount(term) > 8) continue;
    const at = match.index + 1 + Math.max((match[1] ?? '').indexOf(term), 0);
    const front = sentence.slice(0, at) + BLANK + sentence.slice(at + term.length);
    yield { front: blankAll(front, term), answer: term };
  }
  // Word groups the document marks (links, bold, quotes), the longest first.
  const runs = wordRuns(sentence);
  for (const run of runs) {
    if (terms.marked.has(run.folded))
      yield { front: blankAll(sentence, run.text, run.at), answer: run.text };
  }
  const acronyms = new Set(Array.from(sentence.matchAll(ACRONYM), (match) => match[0]));
  // Patterns are compiled only where they can match: a "(" in the sentence, an answer the caller
  // accepts.
  const hasParen = sentence.includes('(');
  for (const acronym of acronyms) {
    // "17.002,12 TL'dir": a currency after its number is the unit of a measure, no term alone.
    if (
      isUnitWord(foldForCompare(acronym), terms.lang) &&
      new RegExp(`\\d\\s?${escapeRegExp(acronym)}(?![\\p{L}\\p{N}])`, 'u').test(sentence)
    ) {
      continue;
    }
    const paren = hasParen
      ? new RegExp(`\\(\\s*${escapeRegExp(acronym)}\\s*\\)`, 'u').exec(sentence)
      : null;
    if (paren) {
      const start = expansionStart(sentence.slice(0, paren.index), acronym);
      if (start === undefined) continue;
      const end = paren.index + paren[0].length;
      const front = sentence.slice(0, start) + BLANK + sentence.slice(end);
      yield {
        front: front.replace(acronymPattern(acronym), BLANK),
        answer: sentence.slice(start, end),
      };
    } else if (accept(acronym)) {
      yield { front: sentence.replace(acronymPattern(acronym), BLANK), answer: acronym };
    }
  }
  // A number with its unit ("18 Monate") before the bare number, which would leave the unit.
  const measure = findMeasure(sentence, terms.lang);
  if (measure !== undefined && accept(measure.trim())) {
    yield { front: blankMeasure(sentence, measure), answer: measure };
  }
  for (const match of sentence.matchAll(NUMBER)) {
    const number = match[0];
    if (!accept(number.trim())) continue;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${escapeRegExp(number)}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    yield { front: sentence.replace(pattern, BLANK), answer: number };
  }
  // Then the word groups the document repeats: a whole phrase before any of its words, and of
  // single words the longer (more specific) first. A run said once and no name is no term, so
  // its front is never built.
  // Counting a phrase scans the prose, so phrases are counted only as far as they are tried.
  // A run the caller would not accept is not counted either.
  const isRepeated = (run: WordRun) =>
    accept(run.text) &&
    ((/^\p{Lu}/u.test(run.text) && (!run.text.includes(' ') || /\s\p{Lu}\S*$/u.test(run.text))) ||
      occurrences(terms, run.folded) >= 2);
  const named = runs.map(nameStem);
  for (const run of named) {
    if (run.text.includes(' ') && isRepeated(run)) {
      yield { front: blankAll(sentence, run.text, run.at), answer: run.text };
    }
  }
  const singles = named
    .filter((run) => !run.text.includes(' ') && isRepeated(run))
    .sort((a, b) => b.text.length - a.text.length);
  for (const run of singles) {
    yield { front: blankAll(sentence, run.text, run.at), answer: run.text };
  }
}

/** The written-out forms of the topic acronyms in `sentence`, with the acronym: "Knowledge … (KPO)". */
function topicExpansions(sentence: string, topicTerms: readonly string[]): string[] {
  if (!sentence.includes('(')) return [];
  return topicTerms.flatMap((term) => {
    const paren = new RegExp(`\\(\\s*${escapeRegExp(term)}\\s*\\)`, 'u').exec(sentence);
    if (!paren) return [];
    const start = expansionStart(sentence.slice(0, paren.index), term);
    return start === undefined ? [] : [sentence.slice(start, paren.index + paren[0].length)];
  });
}

/** Whether `answer` names the deck's topic: one of its terms, or a word of its expansion. */
function isTopic(answer: string, topicPatterns: readonly RegExp[], expansions: readonly string[]) {
  return (
    topicPatterns.some((pattern) => {
      pattern.lastIndex = 0;
      return pattern.test(answer);
    }) || expansions.some((expansion) => expansion.includes(answer))
  );
}

/**
 * Hides the key term of a sentence (see key-terms.ts), or returns undefined when it has none —
 * a missing card beats a bad one. Candidates in order: a quoted term, a word group the document
 * marks, an acronym (with its expansion when it stands in the sentence), a number, then the
 * word groups the document repeats, longest first. Terms naming the deck's topic (`topicTerms`,
 * e.g. the acronyms of its title) are hidden only when nothing else can be: in a deck about BPO,
 * "_____ uses third-party vendors" → "BPO" asks nothing the learner doesn't know. A caller
 * that hides only some kinds of term passes `accept`, which every candidate must pass.
 *
 * @example
 * makeCloze('BPO vil blive betragtet som "offshore outsourcing", hvis …', terms)
 * // { front: 'BPO vil blive betragtet som "_____", hvis …', answer: 'offshore outsourcing' }
 */
export function makeCloze(
  sentence: string,
  terms: DocumentTerms,
  topicTerms: readonly string[] = [],
  accept: (answer: string) => boolean = () => true,
): Cloze | undefined {
  const expansions = topicExpansions(sentence, topicTerms);
  // Compiled once per sentence, not once per candidate.
  const topicPatterns = topicTerms.map(acronymPattern);
  let topical: Cloze | undefined;
  const tried = new Set<string>();
  for (const candidate of candidates(sentence, terms, accept)) {
    const answer = candidate.answer.trim();
    if (tried.has(answer)) continue;
    tried.add(answer);
    // Once a topic term can be hidden, only a term off the topic is worth checking.
    const topic = isTopic(answer, topicPatterns, expansions);
    if (topic && topical) continue;
    const rest = candidate.front.split(BLANK).join(' ');
    if (wordCount(rest) < 2 || !accept(answer)) continue;
    if (keyTermProblem(answer, candidate.front, terms) !== undefined) continue;
    if (!topic) return { front: candidate.front, answer };
    topical = { front: candidate.front, answer };
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
