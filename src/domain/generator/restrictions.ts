/**
 * Restriction cards: a body sentence that states a rule by what it is limited to ("Ödemeden
 * yalnızca damga vergisi kesilir", "Wer weniger einzahlt, bekommt die Zulagen nur anteilig",
 * "Fradraget beregnes kun fra din folkeregisteradresse til dit arbejdssted") asks for the word
 * group after the restriction word as a cloze. That group is what the rule names, even when the
 * document says it once; a rule is what a learner of a tax, labour or insurance page must recall.
 * So is who a rule makes do it, where the language marks the doer with a word after it
 * (Turkish "Kira stopajı … kiracı tarafından ödenir"): the word group before that marker.
 * And so is what a rule makes its subject, where a copula links them ("Renten på restskat er
 * ikke fradragsberettiget", "Pri finančnom leasingu ide o dlhodobý prenájom"): the rule word;
 * and the right a rule denies it ("Na výplatu dividend akcionári nemajú právny nárok",
 * "Indbetalinger giver ikke fradrag"). A rule that its subject does not count ("Faste
 * omkostninger … regnes ikke med") or a Turkish verb with the negation inside it and its noun
 * ("Konut kiralarında kiracı stopaj kesmez") is hidden whole, as is a Slovak action a rule frees
 * its subject of or forbids ("priznanie podávať nemusí"); where a rule obliges its subject to act
 * ("Spoločnosť je povinná vytvárať aj rezervný fond"), what the action names is hidden.
 */
import { clozeCard, type Cloze } from './cloze.ts';
import type { CardDraft } from './ids.ts';
import { keyTermProblem, occurrences, type DocumentTerms } from './key-terms.ts';
import {
  holdsRuleWord,
  isCopula,
  isDuty,
  isDutyParticle,
  isGluedRule,
  isInfinitive,
  isLack,
  isNegatedModal,
  isNegatedVerb,
  isRight,
  isRuleNegation,
  isRuleWord,
  isUncounted,
  takesObject,
} from './rule-words.ts';
import { isProseSection, type Section } from './sections.ts';
import { splitSentences } from './sentences.ts';
import {
  endsLikeVerb,
  holdsRestriction,
  isAgentMarker,
  isArticle,
  isFunctionWord,
  isListEnd,
  isPointer,
  isRestriction,
  isRestrictionBreak,
} from './term-words.ts';
import { BLANK, endsLikeSentence, foldForCompare, holdsSeparatedItems, wordCount } from './text.ts';

/** A rule can be said in four words: "Indbetalinger giver ikke fradrag." */
const MIN_WORDS = 4;
const MAX_WORDS = 30;
/** Function words between the restriction word and its group: "kun fra din …", "len na …". */
const MAX_SKIPPED = 2;
/** A longer group is a clause, not the thing a rule names. */
const MAX_GROUP_WORDS = 3;
/** A doer may be a longer name: "Asgari Ücret Tespit Komisyonu tarafından". */
const MAX_AGENT_WORDS = 4;
const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

interface SentenceWord {
  start: number;
  end: number;
  folded: string;
}

interface SentenceWords {
  words: SentenceWord[];
  /** Whether only white space lies between a word and the next: punctuation ends a phrase. */
  joined: (index: number) => boolean;
  /** The folded word at `index`, "" past either end. */
  folded: (index: number) => string;
}

/**
 * `sentence` with its words `from` … `to` blanked, or undefined when they are no key term by
 * keyTermProblem.
 */
function blankedCloze(
  sentence: string,
  from: SentenceWord,
  to: SentenceWord,
  terms: DocumentTerms,
): Cloze | undefined {
  const answer = sentence.slice(from.start, to.end);
  const front = sentence.slice(0, from.start) + BLANK + sentence.slice(to.end);
  return keyTermProblem(answer, front, terms) === undefined ? { front, answer } : undefined;
}

function sentenceWords(sentence: string): SentenceWords {
  const words = Array.from(sentence.matchAll(WORD), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    folded: foldForCompare(match[0]),
  }));
  const joined = (index: number) =>
    !/[^\s]/u.test(sentence.slice(words[index]?.end ?? 0, words[index + 1]?.start ?? 0));
  const folded = (index: number) => words[index]?.folded ?? '';
  return { words, joined, folded };
}

/**
 * The cloze of a sentence's first restriction: the word group after the restriction word (after
 * at most two function words, up to the next function word or punctuation, at most three
 * words), blanked; undefined when there is none or it is no key term by keyTermProblem. A
 * Turkish group that ends the sentence ends in its verb, which is left in the front.
 *
 * @example
 * restrictionCloze('Ödemeden yalnızca damga vergisi kesilir.', terms)
 * // { front: 'Ödemeden yalnızca _____ kesilir.', answer: 'damga vergisi' }
 */
export function restrictionCloze(
  sentence: string,
  terms: DocumentTerms,
  { words, joined }: SentenceWords = sentenceWords(sentence),
): Cloze | undefined {
  const lang = terms.lang;
  for (let at = 0; at < words.length; at += 1) {
    if (!isRestriction(words[at]?.folded ?? '', lang)) continue;
    // "not only", "nie je len", "the only one": no restriction of a thing.
    const before = words.slice(Math.max(0, at - 2), at).map((word) => word.folded);
    if (before.some((word) => isRestrictionBreak(word, lang))) continue;
    if (isArticle(before.at(-1) ?? '', lang)) continue;
    let first = at + 1;
    while (
      first < words.length &&
      first - at <= MAX_SKIPPED &&
      joined(first - 1) &&
      isFunctionWord(words[first]?.folded ?? '', lang)
    ) {
      first += 1;
    }
    if (first >= words.length || !joined(first - 1)) continue;
    // "yalnızca bir veya birkaçı": a list of alternatives, not one thing.
    if (words.slice(at + 1, first).some((word) => isListEnd(word.folded, lang))) continue;
    let last = first;
    while (
      last + 1 < words.length &&
      last + 1 - first < MAX_GROUP_WORDS &&
      joined(last) &&
      !isFunctionWord(words[last + 1]?.folded ?? '', lang) &&
      // German capitalises nouns: a lower-case word after one is its verb ("Abruf vergütet").
      !(lang === 'de' && /^\p{Ll}/u.test(sentence.charAt(words[last + 1]?.start ?? 0)))
    ) {
      last += 1;
    }
    // A group cut off by the length limit is part of a longer phrase.
    const after = words[last + 1];
    const cut = after !== undefined && joined(last) && !isFunctionWord(after.folded, lang);
    if (cut && last + 1 - first >= MAX_GROUP_WORDS) continue;
    // "yalnızca damga vergisi kesilir.": a Turkish clause ends in its verb.
    if (lang === 'tr' && (last === words.length - 1 || !joined(last))) last -= 1;
    const from = words[first];
    const to = words[last];
    if (from === undefined || to === undefined || last < first) continue;
    if (isFunctionWord(from.folded, lang) || isRestrictionBreak(from.folded, lang)) continue;
    const answer = sentence.slice(from.start, to.end);
    // "príjmy" of "príjmy zo závislej činnosti", "pomer úroku" of "pomer úroku a istiny": the
    // group and the words after it are one term (a pair joined by "and" is one too).
    const link = words[last + 1]?.folded ?? '';
    const next = words[last + 2];
    if (next !== undefined && joined(last) && joined(last + 1)) {
      const longer = `${foldForCompare(answer)} ${link} ${next.folded}`;
      const pair = isListEnd(link, lang) && !isFunctionWord(next.folded, lang);
      if (pair || occurrences(terms, longer) >= 2) continue;
    }
    const cloze = blankedCloze(sentence, from, to, terms);
    if (cloze !== undefined) return cloze;
  }
  return undefined;
}

/**
 * The cloze of who a sentence says does its action, where the language marks the doer with a
 * word after it (isAgentMarker: Turkish "tarafından"): the word group before the marker, up to
 * a function word or punctuation, at most three words, or the capitalised words of a name, at
 * most four (a group the limit cuts gives none);
 * none for one of two doers ("bankalar ve aracı kurumlar tarafından") or a group that is no key
 * term by keyTermProblem. A list word after a finite verb joins two clauses, not two doers.
 *
 * @example
 * agentCloze('Kira stopajı dükkânlarda uygulanır ve kiracı tarafından ödenir.', terms)
 * // { front: 'Kira stopajı dükkânlarda uygulanır ve _____ tarafından ödenir.', answer: 'kiracı' }
 */
export function agentCloze(
  sentence: string,
  terms: DocumentTerms,
  { words, joined }: SentenceWords = sentenceWords(sentence),
): Cloze | undefined {
  const lang = terms.lang;
  for (let at = 1; at < words.length; at += 1) {
    if (!isAgentMarker(words[at]?.folded ?? '', lang) || !joined(at - 1)) continue;
    const last = at - 1;
    // A name ("Asgari Ücret Tespit Komisyonu") ends at its first capitalised word.
    const capital = (index: number) => /^\p{Lu}/u.test(sentence.charAt(words[index]?.start ?? 0));
    const name = capital(last);
    let first = last;
    while (
      first > 0 &&
      last + 1 - first < (name ? MAX_AGENT_WORDS : MAX_GROUP_WORDS) &&
      joined(first - 1) &&
      (name ? capital(first - 1) : !isFunctionWord(words[first - 1]?.folded ?? '', lang))
    ) {
      first -= 1;
    }
    const before = first > 0 && joined(first - 1) ? words[first - 1]?.folded : undefined;
    // A group cut off by the length limit is part of a longer phrase.
    const cut = name ? capital(first - 1) : !isFunctionWord(before ?? '', lang);
    if (before !== undefined && cut) continue;
    if (before !== undefined && isListEnd(before, lang)) {
      const clauseEnd = first > 1 && endsLikeVerb(words[first - 2]?.folded ?? '', lang);
      if (!clauseEnd) continue;
    }
    const from = words[first];
    const to = words[last];
    if (from === undefined || to === undefined) continue;
    const cloze = blankedCloze(sentence, from, to, terms);
    if (cloze !== undefined) return cloze;
  }
  return undefined;
}

/**
 * Whether a word before `end` names a subject: one that is no function word, copula or pointer
 * ("Das ist verbindlich" says nothing alone).
 */
function namesSubject(words: readonly { folded: string }[], end: number, lang: string): boolean {
  return words
    .slice(0, end)
    .some(
      ({ folded }) =>
        !isFunctionWord(folded, lang) && !isCopula(folded, lang) && !isPointer(folded, lang),
    );
}

/** A word shares its start with a rule word it gives away ("kratší" for "krátkodobý"). */
const GIVEAWAY_PREFIX = 4;

/**
 * The cloze of a rule a sentence states about its subject with a copula: the rule word after it
 * (rule-words.ts: "voluntary", "fradragsberettiget", "dlhodobý"), with a negation before it and
 * an opposite set against it after a comma ("dobrovoľné, nie povinné"). The copula may stand
 * before an article or a preposition and its noun ("je pre zamestnávateľa dobrovoľné"), never
 * first (the subject stays in the front); undefined when there is none, or when another word of
 * the sentence starts like the rule word ("krátkodobý prenájom, ktorý je kratší …").
 *
 * @example
 * ruleCloze('Renten på restskat er ikke fradragsberettiget.', terms)
 * // { front: 'Renten på restskat er _____.', answer: 'ikke fradragsberettiget' }
 */
export function ruleCloze(
  sentence: string,
  terms: DocumentTerms,
  { words, joined, folded }: SentenceWords = sentenceWords(sentence),
): Cloze | undefined {
  const lang = terms.lang;
  // Whether a copula ends at `index`, after at least one word of its subject.
  const copulaEnds = (index: number) =>
    (index >= 1 && isCopula(folded(index), lang)) ||
    (index >= 2 && joined(index - 1) && isCopula(`${folded(index - 1)} ${folded(index)}`, lang));
  for (let at = 1; at < words.length; at += 1) {
    if (!isRuleWord(folded(at), lang)) continue;
    const first = joined(at - 1) && isRuleNegation(folded(at - 1), lang) ? at - 1 : at;
    const gap = (size: number) => {
      const copula = first - 1 - size;
      if (!copulaEnds(copula)) return false;
      for (let index = copula; index < first; index += 1) if (!joined(index)) return false;
      const between = words.slice(copula + 1, first).map((word) => word.folded);
      if (size === 1) return isArticle(between[0] ?? '', lang);
      return (
        size === 0 ||
        (isFunctionWord(between[0] ?? '', lang) && !isFunctionWord(between[1] ?? '', lang))
      );
    };
    if (![0, 1, 2].some(gap) || !namesSubject(words, first, lang)) continue;
    // "dobrovoľné, nie povinné": the opposite set against it is part of the rule.
    const opposite =
      sentence.slice(words[at]?.end ?? 0, words[at + 1]?.start ?? 0).trim() === ',' &&
      joined(at + 1) &&
      isRuleNegation(folded(at + 1), lang) &&
      isRuleWord(folded(at + 2), lang);
    const last = opposite ? at + 2 : at;
    // "povinná vytvárať": the rule is the action the word governs, unless it is negated.
    const next = words[last + 1];
    const governs = next !== undefined && isInfinitive(sentence.slice(next.start, next.end), lang);
    if (governs && first === at) continue;
    const from = words[first];
    const to = words[last];
    if (from === undefined || to === undefined) continue;
    const prefixes = [folded(at), folded(last)].map((word) => word.slice(0, GIVEAWAY_PREFIX));
    const rest = [...words.slice(0, first), ...words.slice(last + 1)];
    if (rest.some((word) => prefixes.some((prefix) => word.folded.startsWith(prefix)))) continue;
    const cloze = blankedCloze(sentence, from, to, terms);
    if (cloze !== undefined) return cloze;
  }
  return undefined;
}

/**
 * The cloze of a rule a sentence states where the language glues the copula to the rule word
 * (rule-words.ts: Turkish "zorunludur"), or puts its negation after it ("zorunda değildir"): that
 * predicate, with its object where the rule word takes one ("amortismana tabidir"), when it ends
 * its clause and is not the sentence's first word (the subject stays in the front).
 *
 * @example
 * gluedRuleCloze('Kart sahibi borcunun tamamını ödemek zorunda değildir.', terms)
 * // { front: 'Kart sahibi borcunun tamamını ödemek _____.', answer: 'zorunda değildir' }
 */
export function gluedRuleCloze(
  sentence: string,
  terms: DocumentTerms,
  { words, joined, folded }: SentenceWords = sentenceWords(sentence),
): Cloze | undefined {
  const lang = terms.lang;
  for (let at = 1; at < words.length; at += 1) {
    const glued = isGluedRule(folded(at), lang);
    const negated =
      !glued && isRuleWord(folded(at), lang) && joined(at) && isRuleNegation(folded(at + 1), lang);
    if (!glued && !negated) continue;
    const last = negated ? at + 1 : at;
    // "e-faturaya geçmek zorundadır": the rule is the action the word governs, unless negated.
    const before = words[at - 1];
    const governs =
      before !== undefined && isInfinitive(sentence.slice(before.start, before.end), lang);
    if (governs && !negated) continue;
    // "… için zorunludur ve …": only a list word may go on after the clause's predicate.
    const next = words[last + 1];
    if (next !== undefined && joined(last) && !isListEnd(next.folded, lang)) continue;
    const first = takesObject(folded(at), lang) && joined(at - 1) ? at - 1 : at;
    const from = words[first];
    const to = words[last];
    if (!namesSubject(words, first, lang) || from === undefined || to === undefined) continue;
    const cloze = blankedCloze(sentence, from, to, terms);
    if (cloze !== undefined) return cloze;
  }
  return undefined;
}

/**
 * The cloze of a right a sentence denies its subject: a lack word or phrase (rule-words.ts:
 * "nemajú", "kein", "have no"), at most one word more and the right ("nemajú právny nárok"),
 * blanked; never first (the subject stays in the front), nor where a word after the right goes
 * on with its name ("have no claim bonus"): only a function word or an infinitive may follow it
 * ("nemá právo ho odkúpiť").
 *
 * @example
 * rightCloze('Na výplatu dividend akcionári nemajú právny nárok.', terms)
 * // { front: 'Na výplatu dividend akcionári _____.', answer: 'nemajú právny nárok' }
 */
export function rightCloze(
  sentence: string,
  terms: DocumentTerms,
  { words, joined, folded }: SentenceWords = sentenceWords(sentence),
): Cloze | undefined {
  const lang = terms.lang;
  for (let at = 1; at < words.length - 1; at += 1) {
    // The lack word or phrase ("nemajú", "have no") ends at `lacked`.
    const pair = joined(at) && isLack(`${folded(at)} ${folded(at + 1)}`, lang);
    const lacked = pair ? at + 1 : at;
    if ((!pair && !isLack(folded(at), lang)) || !joined(lacked)) continue;
    if (!namesSubject(words, at, lang)) continue;
    const last = isRight(folded(lacked + 1), lang) ? lacked + 1 : lacked + 2;
    if (!isRight(folded(last), lang) || (last > lacked + 1 && !joined(lacked + 1))) continue;
    if (isFunctionWord(folded(lacked + 1), lang) && last > lacked + 1) continue;
    const next = words[last + 1];
    const goesOn =
      next !== undefined &&
      joined(last) &&
      !isFunctionWord(next.folded, lang) &&
      !isInfinitive(sentence.slice(next.start, next.end), lang);
    const from = words[at];
    const to = words[last];
    if (goesOn || from === undefined || to === undefined) continue;
    const cloze = blankedCloze(sentence, from, to, terms);
    if (cloze !== undefined) return cloze;
  }
  return undefined;
}

/**
 * The cloze of a right a sentence denies its subject where the right comes first (Slovak word
 * order: "… pasívne príjmy nárok nezakladajú"): the right and the lack word (rule-words.ts) after
 * it that ends the clause, blanked; never first (the subject stays in the front).
 *
 * @example
 * rightFirstCloze('Pasívne príjmy nárok nezakladajú.', terms)
 * // { front: 'Pasívne príjmy _____.', answer: 'nárok nezakladajú' }
 */
export function rightFirstCloze(
  sentence: string,
  terms: DocumentTerms,
  { words, joined, folded }: SentenceWords = sentenceWords(sentence),
): Cloze | undefined {
  const lang = terms.lang;
  for (let at = 1; at < words.length - 1; at += 1) {
    if (!isRight(folded(at), lang) || !isLack(folded(at + 1), lang) || !joined(at)) continue;
    // "nárok nemajú tí, ktorí …" goes on to say who: the lack word must end its clause.
    if (at + 2 < words.length && joined(at + 1)) continue;
    const from = words[at];
    const to = words[at + 1];
    if (!namesSubject(words, at, lang) || from === undefined || to === undefined) continue;
    const cloze = blankedCloze(sentence, from, to, terms);
    if (cloze !== undefined) return cloze;
  }
  return undefined;
}

/**
 * The cloze of a rule that denies the sentence's subject counts (rule-words.ts: "regnes ikke
 * med", "are not counted"): that predicate, blanked; never first (the subject stays in the
 * front).
 *
 * @example
 * uncountedCloze('Faste omkostninger som husleje regnes ikke med.', terms)
 * // { front: 'Faste omkostninger som husleje _____.', answer: 'regnes ikke med' }
 */
export function uncountedCloze(
  sentence: string,
  terms: DocumentTerms,
  { words, joined }: SentenceWords = sentenceWords(sentence),
): Cloze | undefined {
  const lang = terms.lang;
  for (let at = 1; at < words.length; at += 1) {
    // "are not counted" or "medregnes ikke", within one phrase.
    for (const last of [at + 2, at + 1]) {
      const phrase = words.slice(at, last + 1).map((word) => word.folded);
      if (phrase.length < last + 1 - at || !isUncounted(phrase.join(' '), lang)) continue;
      if (!phrase.slice(1).every((_, offset) => joined(at + offset))) continue;
      const from = words[at];
      const to = words[last];
      if (!namesSubject(words, at, lang) || from === undefined || to === undefined) continue;
      const cloze = blankedCloze(sentence, from, to, terms);
      if (cloze !== undefined) return cloze;
    }
  }
  return undefined;
}

/**
 * The cloze of a rule a sentence states with a verb that holds its negation (rule-words.ts:
 * Turkish "kesmez", "sayılmaz"), where the verb ends its clause: the verb and the noun before it
 * ("stopaj kesmez", "mevduat sayılmaz"), when the document names that noun again (an inflected
 * word, "tamamını dağıtmaz", is no thing a rule names), blanked; the subject stays in the front.
 *
 * @example
 * negatedVerbCloze('Konut kiralarında kiracı stopaj kesmez.', terms)
 * // { front: 'Konut kiralarında kiracı _____.', answer: 'stopaj kesmez' }
 */
export function negatedVerbCloze(
  sentence: string,
  terms: DocumentTerms,
  { words, joined, folded }: SentenceWords = sentenceWords(sentence),
): Cloze | undefined {
  const lang = terms.lang;
  for (let at = 2; at < words.length; at += 1) {
    if (!isNegatedVerb(folded(at), lang) || !joined(at - 1)) continue;
    // "… mevduat sayılmaz ve …": only a list word may go on after the clause's predicate.
    const next = words[at + 1];
    if (next !== undefined && joined(at) && !isListEnd(next.folded, lang)) continue;
    const noun = folded(at - 1);
    if (isFunctionWord(noun, lang) || endsLikeVerb(noun, lang)) continue;
    if (!namesSubject(words, at - 1, lang) || occurrences(terms, noun) < 2) continue;
    const from = words[at - 1];
    const to = words[at];
    if (from === undefined || to === undefined) continue;
    const cloze = blankedCloze(sentence, from, to, terms);
    if (cloze !== undefined) return cloze;
  }
  return undefined;
}

/** What an obligation's action names: an adjective and its noun ("certifikovaný účtovník"). */
const DUTY_GROUP_WORDS = 2;

/**
 * The cloze of what an obligation makes its subject do (rule-words.ts: Slovak "musí", "je
 * povinná" and an infinitive): the two words after the action, or after a particle ("vytvárať
 * aj rezervný fond"), when they are a whole phrase: no function word, and a function word,
 * punctuation or the end after them. A single word there is as often how the action is done
 * ("mať stále vo vozidle") as what it names; a longer phrase ("držiteľ vozidla zapísaný v …")
 * is no term.
 *
 * @example
 * dutyCloze('Spoločnosť je povinná vytvárať aj rezervný fond.', terms)
 * // { front: 'Spoločnosť je povinná vytvárať aj _____.', answer: 'rezervný fond' }
 */
export function dutyCloze(
  sentence: string,
  terms: DocumentTerms,
  { words, joined, folded }: SentenceWords = sentenceWords(sentence),
): Cloze | undefined {
  const lang = terms.lang;
  const written = (index: number) =>
    sentence.slice(words[index]?.start ?? 0, words[index]?.end ?? 0);
  for (let at = 0; at + 1 < words.length; at += 1) {
    if (!isDuty(folded(at), lang) || !joined(at) || !isInfinitive(written(at + 1), lang)) continue;
    const first = joined(at + 1) && isDutyParticle(folded(at + 2), lang) ? at + 3 : at + 2;
    const last = first + DUTY_GROUP_WORDS - 1;
    if (last >= words.length || !joined(first - 1) || !joined(first)) continue;
    if ([first, last].some((index) => isFunctionWord(folded(index), lang))) continue;
    // Only a function word or punctuation may follow: anything else goes on with the phrase.
    const next = words[last + 1];
    if (next !== undefined && joined(last) && !isFunctionWord(next.folded, lang)) continue;
    const from = words[first];
    const to = words[last];
    if (from === undefined || to === undefined) continue;
    const cloze = blankedCloze(sentence, from, to, terms);
    if (cloze !== undefined) return cloze;
  }
  return undefined;
}

/**
 * The cloze of an action a rule frees its subject of or forbids it (rule-words.ts: Slovak
 * "nemusí", "netreba", "nemôže" and an infinitive, in either order): both words, blanked, as
 * "zorunda değildir" is, when only punctuation, a function word or the end follows them; none
 * where an object follows ("nesmie prekročiť stanovené percento": the limit is the thing to
 * know) or where they open a clause after a conjunction ("môže, ale nemusí mať …": a
 * possibility, no rule).
 *
 * @example
 * negatedActionCloze('Zamestnanec priznanie podávať nemusí.', terms)
 * // { front: 'Zamestnanec priznanie _____.', answer: 'podávať nemusí' }
 */
export function negatedActionCloze(
  sentence: string,
  terms: DocumentTerms,
  { words, joined, folded }: SentenceWords = sentenceWords(sentence),
): Cloze | undefined {
  const lang = terms.lang;
  const written = (index: number) =>
    sentence.slice(words[index]?.start ?? 0, words[index]?.end ?? 0);
  for (let at = 1; at < words.length; at += 1) {
    if (!isNegatedModal(folded(at), lang)) continue;
    const first = isInfinitive(written(at - 1), lang) && joined(at - 1) ? at - 1 : at;
    const last = first === at && joined(at) && isInfinitive(written(at + 1), lang) ? at + 1 : at;
    if (first === last || !namesSubject(words, first, lang)) continue;
    const opens = isFunctionWord(folded(first - 1), lang) && !joined(first - 2);
    const object =
      last + 1 < words.length && joined(last) && !isFunctionWord(folded(last + 1), lang);
    const from = words[first];
    const to = words[last];
    if (opens || object || from === undefined || to === undefined) continue;
    const cloze = blankedCloze(sentence, from, to, terms);
    if (cloze !== undefined) return cloze;
  }
  return undefined;
}

/**
 * One cloze card per body sentence (a paragraph or a list item) that states a restricted rule,
 * hiding the word group the restriction names (restrictionCloze), who does what it says
 * (agentCloze), the rule word a copula links to its subject (ruleCloze, gluedRuleCloze), the
 * right a rule denies it (rightCloze, rightFirstCloze), the rule that it does not count
 * (uncountedCloze, negatedVerbCloze), what an obligation's action names (dutyCloze) or the
 * action a rule frees it of or forbids (negatedActionCloze). A sentence another card (`taken`) already asks or
 * explains gives none, nor does a question, a list lead, a sentence that lists items or one that
 * starts with a word pointing back.
 *
 * @example
 * restrictionCards(splitSections(parseDocument('Ödemeden yalnızca damga vergisi kesilir.').blocks), terms, 'Kıdem tazminatı', [])
 * // [{ kind: 'highlight', front: 'Ödemeden yalnızca _____ kesilir.', back: 'damga vergisi', … }]
 */
export function restrictionCards(
  sections: readonly Section[],
  terms: DocumentTerms,
  deckTitle: string,
  taken: readonly CardDraft[],
): CardDraft[] {
  // The deck's topic ("Et barn må kun have én _____" → "børneopsparing") asks nothing.
  const titleWords = new Set(foldForCompare(deckTitle).split(/[^\p{L}\p{N}]+/u));
  const isTopic = (answer: string) =>
    foldForCompare(answer)
      .split(/[^\p{L}\p{N}]+/u)
      .every((word) => titleWords.has(word));
  let explained: ReadonlySet<string> | undefined;
  const isExplained = (folded: string) => {
    // Each text once: many cards share one paragraph as their context.
    explained ??= new Set(
      [...new Set(taken.flatMap((card) => [card.context, card.back]))]
        .flatMap(splitSentences)
        .map(foldForCompare),
    );
    return explained.has(folded);
  };
  const restricts = (folded: string) =>
    holdsRestriction(folded, terms.lang) || holdsRuleWord(folded, terms.lang);
  const cards: CardDraft[] = [];
  for (const section of sections.filter(isProseSection)) {
    for (const block of section.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'bullet') continue;
      // Most blocks restrict nothing: the cheap test spares them the sentence splitting.
      if (!restricts(foldForCompare(block.text))) continue;
      for (const sentence of splitSentences(block.text)) {
        const words = wordCount(sentence);
        if (words < MIN_WORDS || words > MAX_WORDS || !endsLikeSentence(sentence)) continue;
        if (/[?:]$/u.test(sentence) || !/^\p{Lu}/u.test(sentence)) continue;
        if (isPointer(foldForCompare(/^\p{L}+/u.exec(sentence)?.[0] ?? ''), terms.lang)) continue;
        const folded = foldForCompare(sentence);
        if (!restricts(folded) || holdsSeparatedItems(sentence) || isExplained(folded)) continue;
        // The sentence's words, found and folded once for the ten shapes.
        const parts = sentenceWords(sentence);
        const cloze =
          restrictionCloze(sentence, terms, parts) ??
          agentCloze(sentence, terms, parts) ??
          ruleCloze(sentence, terms, parts) ??
          gluedRuleCloze(sentence, terms, parts) ??
          rightCloze(sentence, terms, parts) ??
          rightFirstCloze(sentence, terms, parts) ??
          uncountedCloze(sentence, terms, parts) ??
          negatedVerbCloze(sentence, terms, parts) ??
          dutyCloze(sentence, terms, parts) ??
          negatedActionCloze(sentence, terms, parts);
        if (cloze === undefined || isTopic(cloze.answer)) continue;
        cards.push(clozeCard(`restriction:${sentence}`, sentence, cloze, block));
      }
    }
  }
  return cards;
}
