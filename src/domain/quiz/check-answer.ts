/**
 * Checking a typed answer forgivingly, and telling whether two answers are the same answer (so
 * a multiple-choice question never offers two right options). Both use the same normalisation
 * (normalize-answer.ts) and edit distance, so what the checker calls "the same" is exactly what
 * the distractor picker avoids.
 */
import diff from 'fast-diff';
import type { Verdict } from './quiz-types.ts';
import { closeThreshold, editDistance } from './edit-distance.ts';
import { answerKey, answerWords, foldCase, type AnswerFolding } from './normalize-answer.ts';

/** One stretch of a character diff: text both share, or text only the answer or only the expected answer has. */
export interface DiffPart {
  readonly kind: 'same' | 'extra' | 'missing';
  readonly text: string;
}

export interface TypedCheck {
  readonly verdict: Verdict;
  /**
   * Given versus expected answer, case folded: `extra` is what the learner typed that is not in
   * the answer, `missing` what the answer has that the learner did not type. Empty when correct,
   * and for a trivial wrong answer (see {@link TRIVIAL_SHARE}).
   */
  readonly diff: readonly DiffPart[];
}

/**
 * A wrong answer sharing less than this share of the expected answer's characters (an "x", a
 * guess) gets no diff: it would be all red and green and tell nothing a plain "wrong" does not.
 */
export const TRIVIAL_SHARE = 1 / 3;

/**
 * Judges a typed answer: `correct` when it matches after normalisation, `close` when its key is
 * within {@link closeThreshold} edits, else `wrong`. An empty answer is always wrong; a wrong
 * answer that shares little with the right one comes without a diff.
 *
 * @example
 * checkTypedAnswer('iş süreçleri', 'İş süreçleri', { lang: 'tr', ignoreAccents: false });
 * // { verdict: 'correct', diff: [] }
 * checkTypedAnswer('analitika', 'analytika', { lang: 'sk', ignoreAccents: false }).verdict; // 'close'
 */
export function checkTypedAnswer(
  given: string,
  expected: string,
  folding: AnswerFolding,
): TypedCheck {
  const givenKey = answerKey(given, folding);
  const expectedKey = answerKey(expected, folding);
  if (givenKey !== '' && givenKey === expectedKey) return { verdict: 'correct', diff: [] };
  const limit = closeThreshold(Array.from(expectedKey).length);
  const close = givenKey !== '' && limit > 0 && editDistance(givenKey, expectedKey, limit) <= limit;
  const parts = characterDiff(given, expected, folding.lang);
  if (close) return { verdict: 'close', diff: parts };
  const shared = parts
    .filter((part) => part.kind === 'same')
    .reduce((sum, part) => sum + Array.from(part.text.trim()).length, 0);
  const expectedLength = Array.from(foldCase(expected, folding.lang)).length;
  const trivial = givenKey === '' || shared < expectedLength * TRIVIAL_SHARE;
  return { verdict: 'wrong', diff: trivial ? [] : parts };
}

/**
 * The character diff of `given` against `expected`, both case folded for `lang`.
 *
 * @example
 * characterDiff('analitika', 'analytika', 'sk');
 * // [same 'anal', extra 'i', missing 'y', same 'tika']
 */
export function characterDiff(given: string, expected: string, lang: string): DiffPart[] {
  return diff(foldCase(given, lang), foldCase(expected, lang)).map(([op, text]) => ({
    kind: op === diff.EQUAL ? 'same' : op === diff.DELETE ? 'extra' : 'missing',
    text,
  }));
}

/** What comparing an answer with others needs, computed once per text. */
export interface AnswerProfile {
  /** The text case folded (see `foldCase`), accents kept. */
  readonly folded: string;
  /** Comparison key with accents ignored. */
  readonly key: string;
  readonly keyLength: number;
  readonly words: readonly string[];
}

/**
 * Remembers answer profiles during one quiz generation: a quiz compares every candidate answer
 * with several others, and normalising is the expensive part.
 */
export class AnswerProfiles {
  private readonly cache = new Map<string, AnswerProfile>();

  /**
   * The profile of `text` in `lang`.
   *
   * @example
   * new AnswerProfiles().of('Služby nízkeho konca', 'sk').key; // 'sluzbynizkehokonca'
   */
  of(text: string, lang: string): AnswerProfile {
    const cacheKey = `${lang}\u0000${text}`;
    let profile = this.cache.get(cacheKey);
    if (profile === undefined) {
      const folding = { lang, ignoreAccents: true };
      const key = answerKey(text, folding);
      profile = {
        folded: foldCase(text, lang),
        key,
        keyLength: Array.from(key).length,
        words: answerWords(text, folding),
      };
      this.cache.set(cacheKey, profile);
    }
    return profile;
  }
}

/**
 * Whether two answers would both be right for one question: equal after normalisation with
 * accents ignored, within the close edit distance, or one's words a run of the other's words
 * (`proces` and `Preddefinovaný proces`, `BPO` and `İş süreçleri … (BPO)`). Pass `profiles` to
 * reuse normalised answers across many comparisons.
 *
 * @example
 * isNearEqual('Služby nízkeho konca', 'sluzby nizkeho konca', 'sk'); // true
 * isNearEqual('BPO', 'KPO', 'sk');                                  // false
 */
export function isNearEqual(
  a: string,
  b: string,
  lang: string,
  profiles: AnswerProfiles = new AnswerProfiles(),
): boolean {
  const first = profiles.of(a, lang);
  const second = profiles.of(b, lang);
  if (first.key === second.key) return true;
  const limit = closeThreshold(Math.min(first.keyLength, second.keyLength));
  if (limit > 0 && editDistance(first.key, second.key, limit) <= limit) return true;
  return containsRun(first.words, second.words) || containsRun(second.words, first.words);
}

/**
 * Whether `answer` can be read in `text`: contained in it once case is folded, or its words a
 * run of the text's words with accents and punctuation ignored. An option that appears in the
 * question gives itself away (or, as a distractor, gives the right option away by elimination).
 *
 * @example
 * appearsIn('analytika', 'Segmenty KPO sú:\n• analytika\n• _____', 'sk'); // true
 * appearsIn('proces', 'BPO — proces?', 'sk');                              // true
 * appearsIn('Marketingové služby', 'Segmenty KPO sú:\n• _____', 'sk');     // false
 */
export function appearsIn(
  answer: string,
  text: string,
  lang: string,
  profiles: AnswerProfiles = new AnswerProfiles(),
): boolean {
  const needle = profiles.of(answer, lang);
  const haystack = profiles.of(text, lang);
  if (needle.folded === '') return false;
  return haystack.folded.includes(needle.folded) || containsRun(haystack.words, needle.words);
}

function containsRun(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0 || needle.length > haystack.length) return false;
  for (let start = 0; start + needle.length <= haystack.length; start += 1) {
    if (needle.every((word, offset) => haystack[start + offset] === word)) return true;
  }
  return false;
}
