/**
 * Statement cards: a plain sentence of the article body that says something about a term the
 * document defines or marks ("Under outsourcing indgår kontraktproduktion
 * også", "Assets represent what the company owns") is asked as a cloze hiding that term. Only
 * such strong terms are hidden here — a word the document merely repeats is no reason to ask a
 * sentence — and a sentence another card already asks (a definition, a fact, a highlight) is
 * left to that card.
 */
import { makeCloze, topicAcronyms } from './cloze.ts';
import type { CardDraft } from './ids.ts';
import { occurrences, type DocumentTerms } from './key-terms.ts';
import { isProseSection, type Section } from './sections.ts';
import { splitSentences } from './sentences.ts';
import { isFunctionWord, isGenericWord, isPointer, isVerbMarker } from './term-words.ts';
import { endsLikeSentence, foldForCompare, wordCount } from './text.ts';

const MIN_WORDS = 5;
const MAX_WORDS = 30;
/** A term longer than this is a phrase, not a term. */
const MAX_TERM_WORDS = 4;
/** A marked group longer than this is a marked clause ("veri ihlallerine yatkın olabilir"). */
const MAX_MARKED_WORDS = 3;
/**
 * A term that makes up this share of the prose's words is what the whole document is about
 * (HDP in an article on HDP), whatever its title says; at least `TOPIC_MIN` times.
 */
const TOPIC_SHARE = 0.015;
const TOPIC_MIN = 4;
/**
 * A word the document repeats is a term to hide in a plain sentence only when it is this long
 * (a compound: "kontraktproduktion", "prenajímateľ"); shorter repeated words are as often an
 * adverb or a verb ("såsom", "kaldes") as a term.
 */
const MIN_SINGLE_LENGTH = 9;
/** A repeated word group is a term to hide when it is this short ("giriş bedeli"). */
const MAX_GROUP_WORDS = 2;
/** Each word of such a group has at least this many letters ("run out", "stå" are verbs). */
const MIN_GROUP_WORD_LENGTH = 4;
const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,9}s?$/u;
/** Shorter answers are word parts ("out" of "outsourcing"), not terms. */
const MIN_ANSWER_LENGTH = 4;

/** A folded text as its words joined by single spaces, without the punctuation between them. */
function asWords(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * One cloze card per body sentence that states something about a strong term of the document:
 * one a definition card defines or one the document marks (link, bold, quotes), never the
 * deck's topic.
 * `terms` carry the defined terms (withDefinedTerms); `taken` are the cards made so far: a
 * sentence one of them asks, answers or explains gives no card. Each term is hidden in one
 * sentence at most.
 *
 * @example
 * statementCards(sections, withDefinedTerms(terms, fronts), 'Outsourcing', taken)
 * // [{ kind: 'highlight', front: 'Under outsourcing indgår _____ også.', back: 'kontraktproduktion', … }]
 */
export function statementCards(
  sections: readonly Section[],
  terms: DocumentTerms,
  deckTitle: string,
  taken: readonly CardDraft[],
): CardDraft[] {
  const defined = terms.defined;
  const title = foldForCompare(deckTitle);
  const topicCount = Math.max(TOPIC_MIN, terms.words.length * TOPIC_SHARE);
  // What the document is about: the title's acronyms, and the defined, marked or heading terms
  // the title names or the whole text keeps naming (HDP in an article on HDP). Hiding one asks
  // nothing the learner does not know, so a sentence about it hides another of its key terms.
  const frequent = (term: string) => occurrences(terms, term) >= topicCount;
  const headingTerms = [...terms.named].filter(
    (word) =>
      frequent(word) && !isFunctionWord(word, terms.lang) && !isGenericWord(word, terms.lang),
  );
  const topical = [...defined, ...terms.marked, ...headingTerms].filter(
    (term) => title.includes(term) || frequent(term),
  );
  const topic = [
    ...topicAcronyms(deckTitle),
    ...topical.flatMap((term) => [term, term.charAt(0).toUpperCase() + term.slice(1)]),
  ];
  // The sentence must be about a defined term or the topic; a word marked once is no reason to
  // ask a sentence ('Without "ghee" the meal is incomplete').
  const repeatedMarks = [...terms.marked].filter((term) => occurrences(terms, term) >= 2);
  const strong = [...new Set([...defined, ...repeatedMarks, ...topical])].filter(
    (term) => term.length >= MIN_ANSWER_LENGTH && wordCount(term) <= MAX_TERM_WORDS,
  );
  const mentionsStrong = (folded: string) => {
    const spaced = ` ${asWords(folded)} `;
    return strong.some((term) => spaced.includes(` ${asWords(term)} `));
  };
  // Strong targets only: a term the document defines or marks, an acronym, or a long compound
  // or a pair of content words that the prose says as written at least twice (a capital alone
  // makes no name here: "MSP takes"), and never part of the topic ("dış kaynak" of "dış
  // kaynak kullanımı").
  const isTarget = (answer: string) => {
    const folded = foldForCompare(answer);
    const words = folded.split(' ');
    if (defined.has(folded) || ACRONYM.test(answer)) return true;
    if (terms.marked.has(folded)) return words.length <= MAX_MARKED_WORDS;
    if (occurrences(terms, folded) < 2 || topical.some((term) => term.includes(folded))) {
      return false;
    }
    // A Turkish word carries its suffixes ("yatırımcılara"): only a defined or marked one is
    // known to be the term itself.
    if (words.length === 1) return answer.length >= MIN_SINGLE_LENGTH && terms.lang !== 'tr';
    return (
      words.length <= MAX_GROUP_WORDS &&
      words.every(
        (word) =>
          word.length >= MIN_GROUP_WORD_LENGTH &&
          !isFunctionWord(word, terms.lang) &&
          !isGenericWord(word, terms.lang) &&
          !isVerbMarker(word, terms.lang),
      )
    );
  };
  // "externej účtovnej" of "externej účtovnej firme": a group the prose repeats with the word
  // after or before it in the sentence is half of a longer term.
  const isHalf = (sentence: string, answer: string) => {
    const at = sentence.indexOf(answer);
    const before = /(\p{L}+)\s+$/u.exec(sentence.slice(0, at))?.[1];
    const after = /^\s+(\p{L}+)/u.exec(sentence.slice(at + answer.length))?.[1];
    const longer = [before && `${before} ${answer}`, after && `${answer} ${after}`];
    return longer.some(
      (group) => group !== undefined && occurrences(terms, foldForCompare(group)) >= 2,
    );
  };
  const isTopical = (answer: string) => {
    const folded = foldForCompare(answer);
    return (
      title.includes(folded) ||
      topical.includes(folded) ||
      topic.some((term) => foldForCompare(term) === folded)
    );
  };
  // A sentence that starts in lower case is a fragment; one that starts with a word pointing
  // back ("Týmto sa outsourcing líši …") says nothing alone.
  const standsAlone = (sentence: string) =>
    /^[\p{Lu}\p{N}"„“«]/u.test(sentence) &&
    !isPointer(foldForCompare(/^\p{L}+/u.exec(sentence)?.[0] ?? ''), terms.lang);
  const asked = taken.map((card) => foldForCompare(`${card.context} ${card.front} ${card.back}`));
  const hidden = new Set<string>();
  const cards: CardDraft[] = [];
  for (const section of sections.filter(isProseSection)) {
    for (const block of section.blocks) {
      if (block.kind !== 'paragraph') continue;
      for (const sentence of splitSentences(block.text)) {
        const words = wordCount(sentence);
        if (words < MIN_WORDS || words > MAX_WORDS || !endsLikeSentence(sentence)) continue;
        if (sentence.endsWith('?') || sentence.endsWith(':') || !standsAlone(sentence)) continue;
        const folded = foldForCompare(sentence);
        if (asked.some((text) => text.includes(folded))) continue;
        if (!mentionsStrong(folded)) continue;
        const cloze = makeCloze(
          sentence,
          terms,
          topic,
          (answer) =>
            answer.length >= MIN_ANSWER_LENGTH &&
            !isTopical(answer) &&
            isTarget(answer) &&
            !isHalf(sentence, answer),
        );
        // One sentence per term: a second one hiding the same term asks it again.
        if (cloze === undefined || hidden.has(foldForCompare(cloze.answer))) continue;
        hidden.add(foldForCompare(cloze.answer));
        cards.push({
          kind: 'highlight',
          anchor: `statement:${sentence}`,
          front: cloze.front,
          back: cloze.answer,
          context: sentence,
          lines: [block.from, block.to],
        });
      }
    }
  }
  return cards;
}
