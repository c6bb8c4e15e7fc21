/**
 * Statement cards: a plain sentence of the article body that says something about a term the
 * document defines or marks ("Under outsourcing indgår kontraktproduktion
 * også", "Assets represent what the company owns") is asked as a cloze hiding that term. Only
 * such strong terms are hidden here — a word the document merely repeats is no reason to ask a
 * sentence — and proper names in a sentence about the topic ("Repo, yalnız _____'nın yetkili
 * kıldığı bankalar …" → "SPK", see proper-names.ts). A sentence another card already asks (a
 * definition, a fact, a highlight) is left to that card.
 */
import { clozeCard, makeCloze, topicAcronyms } from './cloze.ts';
import type { CardDraft } from './ids.ts';
import { occurrences, type DocumentTerms } from './key-terms.ts';
import { isNameInSentence, mayBeNameWord } from './proper-names.ts';
import { isProseSection, type Section } from './sections.ts';
import { splitSentences } from './sentences.ts';
import { isFunctionWord, isGenericWord, isPointer, isVerbMarker } from './term-words.ts';
import {
  BLANK,
  endsLikeSentence,
  escapeRegExp,
  foldForCompare,
  holdsSeparatedItems,
  wordCount,
} from './text.ts';

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
const ACRONYM_IN_TEXT = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}&]{1,9}s?(?![\p{L}\p{N}])/gu;
/** A word as the cloze chooser's word runs count it. */
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** Shorter answers are word parts ("out" of "outsourcing"), not terms. */
const MIN_ANSWER_LENGTH = 4;
/** A topic word this short is an acronym ("HDP", "ÅOP"); shorter is a letter of an index. */
const MIN_TOPIC_LENGTH = 3;
/** A topic word this long is a stem an ending may follow ("årsrapport-en"). */
const MIN_STEM_LENGTH = 4;
/** The lengths of the endings a topic word may carry. */
const ENDINGS = [1, 2, 3, 4];
const CAPITALISED = /^\p{Lu}/u;
/** An acronym heading a hyphenated word: "STOQ-" of "STOQ-K-Methode". */
const ACRONYM_HEAD = /^\p{Lu}[\p{Lu}\p{N}&]{1,9}-/u;
/** The most words of a name (proper-names.ts). */
const MAX_NAME_WORDS = 4;
/** A name and the case suffix after its apostrophe: "Findeks'tir". */
const NAME_SUFFIX = /^(.*)['’]\p{L}+$/u;

/**
 * Whether a word can have `length` letters once folded: folding lengthens only a character
 * outside ASCII ("ß" → "ss").
 */
function mayFoldToLength(word: string, length: number): boolean {
  return word.length >= length || /[^\p{ASCII}]/u.test(word);
}

/** A folded text as its words joined by single spaces, without the punctuation between them. */
function asWords(folded: string): string {
  return folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The word that ends right before white space before `at` ("" when the white space is missing
 * or follows no letter): a scan back, as a pattern anchored at the end tries every position.
 */
function wordBefore(text: string, at: number): string {
  let end = at;
  while (end > 0 && /\s/u.test(text.charAt(end - 1))) end -= 1;
  if (end === at) return '';
  let start = end;
  while (start > 0 && /\p{L}/u.test(text.charAt(start - 1))) start -= 1;
  return text.slice(start, end);
}

/** Word groups (as asWords gives them) and the words they start with. */
interface TermIndex {
  terms: ReadonlySet<string>;
  firstWords: ReadonlySet<string>;
}

function termIndex(terms: Iterable<string>): TermIndex {
  const set = new Set(terms);
  return { terms: set, firstWords: new Set([...set].map((term) => term.split(' ')[0] ?? '')) };
}

/**
 * Whether the folded text holds one of the indexed terms (each at most MAX_TERM_WORDS words)
 * as whole words: a lookup per word group of the text that starts with a term's first word,
 * so a glossary of thousands of defined terms costs no more per sentence than a short article.
 */
function holdsAny(folded: string, index: TermIndex): boolean {
  if (index.terms.size === 0) return false;
  const words = asWords(folded).split(' ');
  for (let start = 0; start < words.length; start += 1) {
    // Each group grows by a word from the one before, instead of a slice and join per group.
    let group = words[start] ?? '';
    if (!index.firstWords.has(group)) continue;
    if (index.terms.has(group)) return true;
    for (let end = start + 1; end < Math.min(words.length, start + MAX_TERM_WORDS); end += 1) {
      group += ` ${words[end] ?? ''}`;
      if (index.terms.has(group)) return true;
    }
  }
  return false;
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
  // A defined term must be named twice as often: the body defines terms an article explains
  // on its way ("Current assets are assets that …" in an article on working capital), which
  // are key terms to hide, not its topic.
  const frequent = (term: string) => occurrences(terms, term) >= topicCount;
  const headingTerms = [...terms.named].filter(
    (word) =>
      frequent(word) && !isFunctionWord(word, terms.lang) && !isGenericWord(word, terms.lang),
  );
  const topical = [
    ...[...defined].filter(
      (term) => title.includes(term) || occurrences(terms, term) >= 2 * topicCount,
    ),
    ...[...terms.marked, ...headingTerms].filter((term) => title.includes(term) || frequent(term)),
  ];
  const topic = [
    ...topicAcronyms(deckTitle),
    ...topical.flatMap((term) => [term, term.charAt(0).toUpperCase() + term.slice(1)]),
  ];
  // The sentence must be about a defined term or the topic; a word marked once is no reason to
  // ask a sentence ('Without "ghee" the meal is incomplete').
  const repeatedMarks = [...terms.marked].filter((term) => occurrences(terms, term) >= 2);
  // A term set in bold is one the writer points out ("et **retvisende billede**"): the
  // sentence that holds it is about it, even when the text says it once.
  const strong = [...new Set([...defined, ...repeatedMarks, ...terms.bold, ...topical])].filter(
    (term) => term.length >= MIN_ANSWER_LENGTH && wordCount(term) <= MAX_TERM_WORDS,
  );
  const strongWords = termIndex(strong.map(asWords));
  const mentionsStrong = (folded: string) => holdsAny(folded, strongWords);
  // Strong targets only: a term the document defines or marks, an acronym, or a long compound
  // or a pair of content words that the prose says as written at least twice (a capital alone
  // makes no name here: "MSP takes"), and never part of the topic ("dış kaynak" of "dış
  // kaynak kullanımı").
  const isTarget = (answer: string, folded: string) => {
    if (defined.has(folded) || ACRONYM.test(answer)) return true;
    const words = folded.split(' ');
    if (terms.marked.has(folded)) return words.length <= MAX_MARKED_WORDS;
    // The shape first (cheap), then the count in the prose.
    const shaped =
      words.length === 1
        ? // A Turkish word carries its suffixes ("yatırımcılara"): only a defined or marked one
          // is known to be the term itself.
          answer.length >= MIN_SINGLE_LENGTH && terms.lang !== 'tr'
        : words.length <= MAX_GROUP_WORDS &&
          words.every(
            (word) =>
              word.length >= MIN_GROUP_WORD_LENGTH &&
              !isFunctionWord(word, terms.lang) &&
              !isGenericWord(word, terms.lang) &&
              !isVerbMarker(word, terms.lang),
          );
    return (
      shaped && occurrences(terms, folded) >= 2 && !topical.some((term) => term.includes(folded))
    );
  };
  // "externej účtovnej" of "externej účtovnej firme": a group the prose repeats with the word
  // after or before it in the sentence is half of a longer term.
  const isHalf = (sentence: string, answer: string) => {
    const at = sentence.indexOf(answer);
    if (at < 0) return false;
    const before = wordBefore(sentence, at);
    const after = /^\s+(\p{L}+)/u.exec(sentence.slice(at + answer.length))?.[1];
    const longer = [
      before === '' ? undefined : `${before} ${answer}`,
      after && `${answer} ${after}`,
    ];
    return longer.some(
      (group) => group !== undefined && occurrences(terms, foldForCompare(group)) >= 2,
    );
  };
  const topicFolded = new Set([...topical, ...topic.map(foldForCompare)]);
  const isTopical = (folded: string) => title.includes(folded) || topicFolded.has(folded);
  // A topic word too short for the strong terms (HDP, ÅOP) still makes a sentence one about the
  // topic, and such a sentence hides a name ("Na Slovensku HDP zostavuje Štatistický úrad SR").
  const shortTopic = termIndex(
    [...topicFolded].filter(
      (term) => term.length >= MIN_TOPIC_LENGTH && term.length < MIN_ANSWER_LENGTH,
    ),
  );
  // So does a topic word with an ending ("årsrapporten" of "årsrapport", "repoda" of "repo"),
  // looked up only for a word that starts as one of them does.
  const topicStems = new Set(
    topical.filter((term) => term.length >= MIN_STEM_LENGTH && !term.includes(' ')),
  );
  const stemStarts = new Set([...topicStems].map((stem) => stem.slice(0, MIN_STEM_LENGTH)));
  const holdsTopicStem = (folded: string) =>
    stemStarts.size > 0 &&
    (folded.match(WORD) ?? []).some(
      (word) =>
        word.length > MIN_STEM_LENGTH &&
        stemStarts.has(word.slice(0, MIN_STEM_LENGTH)) &&
        ENDINGS.some(
          (ending) =>
            word.length - ending >= MIN_STEM_LENGTH && topicStems.has(word.slice(0, -ending)),
        ),
    );
  const aboutTopic = (folded: string) => holdsAny(folded, shortTopic) || holdsTopicStem(folded);
  // A sentence that starts in lower case is a fragment; one that starts with a word pointing
  // back ("Týmto sa outsourcing líši …") says nothing alone.
  const standsAlone = (sentence: string) =>
    /^[\p{Lu}\p{N}"„“«]/u.test(sentence) &&
    !isPointer(foldForCompare(/^\p{L}+/u.exec(sentence)?.[0] ?? ''), terms.lang);
  // Whether any target could be hidden in the sentence — a strong term, an acronym off the
  // topic, a name, a long word or a pair of words that pass the shape test — before makeCloze
  // tries every word run of it (most sentences hold none).
  const targetTerms = termIndex([...defined, ...terms.marked].map(asWords));
  // A capitalised word after the first may be a name; in German, where every noun is
  // capitalised, only one holding an acronym ("STOQ-K-Methode").
  const mayBeName = (token: string, index: number) =>
    index > 0 &&
    (terms.lang === 'de' ? ACRONYM_HEAD.test(token) : CAPITALISED.test(token)) &&
    mayBeNameWord(token, terms.lang) &&
    // "BPO-udbydere", "BPO'nun": a compound on the topic or the topic with a suffix.
    !token.split(/['’-]/u).some((part) => topicFolded.has(foldForCompare(part)));
  // Whether the sentence may hold a name: an acronym off the topic or a word that may be one.
  const offTopicAcronym = (sentence: string) =>
    (sentence.match(ACRONYM_IN_TEXT) ?? []).some(
      (acronym) => !topicFolded.has(foldForCompare(acronym)),
    );
  // Whether the sentence holds a name to hide: a cheap look at its words (an acronym off the
  // topic, a word that may be a name), then its runs that may be one (holdsName).
  const mayHoldName = (sentence: string, tokens: readonly string[]) =>
    (offTopicAcronym(sentence) || tokens.some(mayBeName)) && holdsName(sentence, tokens);
  const mayHoldTarget = (sentence: string, folded: string, tokens: readonly string[]) => {
    if (holdsAny(folded, targetTerms) || offTopicAcronym(sentence)) return true;
    // Defined and marked terms and acronyms are found above: what is left are the shapes, a
    // long word or a pair of words of some length, judged only where the lengths fit, and names.
    const shaped = tokens.some((token, index) => {
      const next = tokens[index + 1];
      const pair =
        next !== undefined &&
        mayFoldToLength(token, MIN_GROUP_WORD_LENGTH) &&
        mayFoldToLength(next, MIN_GROUP_WORD_LENGTH) &&
        isStrongTarget(`${token} ${next}`);
      return pair || (token.length >= MIN_SINGLE_LENGTH && isStrongTarget(token));
    });
    return shaped || mayHoldName(sentence, tokens);
  };
  // A name the sentence holds (see proper-names.ts), off the topic. German capitalises every
  // noun: there a name is an acronym or a hyphenated word holding one ("STOQ-K-Methode").
  // holdsName and makeCloze ask about the same runs of one sentence: each is judged once.
  let namesOf = { sentence: '', verdicts: new Map<string, boolean>() };
  const isName = (sentence: string, answer: string) => {
    if (namesOf.sentence !== sentence) namesOf = { sentence, verdicts: new Map() };
    let verdict = namesOf.verdicts.get(answer);
    if (verdict === undefined) {
      verdict = judgeName(sentence, answer);
      namesOf.verdicts.set(answer, verdict);
    }
    return verdict;
  };
  const judgeName = (sentence: string, answer: string) => {
    if (!isNameInSentence(sentence, answer, terms.lang)) return false;
    const folded = foldForCompare(answer);
    if (isTopical(folded) || topical.some((term) => term.includes(folded))) return false;
    // "BPO-udbydere", "Slovensku HDP": a compound or group on the topic's acronym is no name.
    const topicPart = (part: string) => topicFolded.has(foldForCompare(part));
    const onTopic = answer
      .split(' ')
      .some(
        (word) =>
          (ACRONYM.test(word) && topicPart(word)) ||
          (word.includes('-') && word.split('-').some(topicPart)),
      );
    if (onTopic) return false;
    // A name another card asks (a definition's term, a cloze's answer) is asked once.
    if (defined.has(folded) || answered().has(folded)) return false;
    // The rest of the sentence is about the topic, not only the name ("… gözü yine Asgari
    // Ücret Tespit Komisyonu'nda").
    const rest = foldForCompare(sentence.replace(answer, ' '));
    if (!mentionsStrong(rest) && !aboutTopic(rest)) return false;
    if (terms.lang !== 'de' || ACRONYM.test(answer)) return true;
    return answer.split('-').some((part) => ACRONYM.test(part));
  };
  // Whether a sentence about the topic alone holds a name to hide, before makeCloze tries every
  // word run of it: a name is a run of up to MAX_NAME_WORDS words from a capitalised one,
  // written with single spaces, or such a run without a case suffix ("Findeks'tir").
  const holdsName = (sentence: string, tokens: readonly string[]) =>
    tokens.some((token, index) => {
      if (index === 0 || !CAPITALISED.test(token)) return false;
      for (let end = index + 1; end <= Math.min(tokens.length, index + MAX_NAME_WORDS); end += 1) {
        const run = tokens.slice(index, end).join(' ');
        const stem = NAME_SUFFIX.exec(run)?.[1];
        if (isName(sentence, run) || (stem !== undefined && isName(sentence, stem))) return true;
      }
      return false;
    });
  // "STOQ" of "STOQ-K-Methode": an acronym the sentence only writes as the head of a name
  // is half of it; the name is the term.
  const insideName = (sentence: string, answer: string) =>
    ACRONYM.test(answer) &&
    new RegExp(`${escapeRegExp(answer)}(?:-[\\p{L}\\p{N}]+)*-\\p{Lu}`, 'u').test(sentence) &&
    !new RegExp(`${escapeRegExp(answer)}(?![-\\p{L}\\p{N}])`, 'u').test(sentence);
  // Asked for every word run of every sentence: each answer is judged once.
  const verdicts = new Map<string, boolean>();
  const isStrongTarget = (answer: string) => {
    let verdict = verdicts.get(answer);
    if (verdict === undefined) {
      const folded = answer.length >= MIN_ANSWER_LENGTH ? foldForCompare(answer) : undefined;
      verdict = folded !== undefined && !isTopical(folded) && isTarget(answer, folded);
      verdicts.set(answer, verdict);
    }
    return verdict;
  };
  // The texts of the other cards, each once: many cards share one paragraph as their context. A
  // paragraph that is one of them (a definition's back, a fact's sentence) is asked whole, so its
  // sentences are not split, judged or looked up at all.
  const takenTexts = new Set<string>();
  for (const card of taken) {
    takenTexts.add(card.context);
    takenTexts.add(card.back);
    takenTexts.add(card.front);
  }
  // The sentences other cards ask, answer or explain, as a set: searching their whole text for
  // each sentence grew with the square of a long document's length. Made when a sentence first
  // needs it (most documents have few that can give a card). A sentence holding the blank (a
  // cloze's or a list's front: half the text of a long document's cards, and folded slowly for
  // its bullets) folds to a text holding it, so those are folded only for a sentence that does.
  let answers: Set<string> | undefined;
  const answered = () => (answers ??= new Set(taken.map((card) => foldForCompare(card.back))));
  let asked: Set<string> | undefined;
  const withBlank: string[] = [];
  let askedWithBlank: ReadonlySet<string> | undefined;
  const isAsked = (folded: string) => {
    if (asked === undefined) {
      asked = new Set();
      for (const text of takenTexts) {
        for (const sentence of splitSentences(text)) {
          if (sentence.includes(BLANK)) withBlank.push(sentence);
          else asked.add(foldForCompare(sentence));
        }
      }
    }
    if (asked.has(folded)) return true;
    if (!folded.includes(BLANK)) return false;
    askedWithBlank ??= new Set(withBlank.map(foldForCompare));
    return askedWithBlank.has(folded);
  };
  const hidden = new Set<string>();
  const cards: CardDraft[] = [];
  for (const section of sections.filter(isProseSection)) {
    for (const block of section.blocks) {
      if (block.kind !== 'paragraph' || takenTexts.has(block.text)) continue;
      for (const sentence of splitSentences(block.text)) {
        const words = wordCount(sentence);
        if (words < MIN_WORDS || words > MAX_WORDS || !endsLikeSentence(sentence)) continue;
        if (sentence.endsWith('?') || sentence.endsWith(':') || !standsAlone(sentence)) continue;
        if (holdsSeparatedItems(sentence)) continue;
        const folded = foldForCompare(sentence);
        const aboutStrong = mentionsStrong(folded);
        if (!aboutStrong && !aboutTopic(folded)) continue;
        // A sentence about the topic alone can only hide a name.
        const tokens = sentence.match(WORD) ?? [];
        const mayHold = aboutStrong
          ? mayHoldTarget(sentence, folded, tokens)
          : mayHoldName(sentence, tokens);
        if (!mayHold || isAsked(folded)) continue;
        // Only the topic terms the sentence holds can be an answer of it.
        const cloze = makeCloze(
          sentence,
          terms,
          topic.filter((term) => sentence.includes(term)),
          // One sentence per term: a second one hiding the same term asks it again, so it
          // hides another term of the sentence or none. A name starts with a capital.
          (answer) =>
            ((aboutStrong && isStrongTarget(answer) && !insideName(sentence, answer)) ||
              (CAPITALISED.test(answer) && isName(sentence, answer))) &&
            !isHalf(sentence, answer) &&
            !hidden.has(foldForCompare(answer)),
        );
        if (cloze === undefined) continue;
        hidden.add(foldForCompare(cloze.answer));
        cards.push(clozeCard(`statement:${sentence}`, sentence, cloze, block));
      }
    }
  }
  return cards;
}
