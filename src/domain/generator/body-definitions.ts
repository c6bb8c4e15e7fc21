/**
 * Definitions in the body of an article, one card per term: the sentence shapes with which
 * articles define as they go, in every supported language —
 *
 *   "X is/er/je/ist Y", "Temettü verimi, … oranıdır", "Bileşik faiz ise … kazanmasıdır"
 *   "Riziko smrti spočíva v pravdepodobnosti, že …" (the back keeps the verb)
 *   a noun and a relative clause: "X are assets that …", "X je podiel na zisku …, ktorý …"
 *   "Assets represent what the company owns", "Forsikringsværdien er, hvad …"
 *   "X (a long aside) je Y", "X, kısaca Y, … vergisidir"
 *   "… is called / kaldes / sa nazýva / heißt X", "… X denir", "… wird X genannt"
 *   "Omvendt taler man om X, når …", "Bei Unternehmen heißt der Überziehungskredit X"
 *   "Man spricht dann von X", "Der er tale om X": what the sentence before describes
 *   "Beim Operating-Leasing ist die Vertragsdauer kurz, …": what holds for a kind of thing
 *   a Slovak name in the locative, asked as its title writes it: "Pri finančnom leasingu ide o
 *   dlhodobý prenájom", "…, hovoríme o reálnom HDP"
 *   a description once more of what the sentence before defined, added to that card's back:
 *   "It is a measure of core corporate profitability", "Je to spoločnosť, ktorej …"
 *   "Unter X versteht man Y", "Ved X forstås Y", "Pod X sa rozumie Y"
 *   "X, also known as / også kaldet / auch … genannt Y, …", "Die Laufzeit, also …, …"
 *   a repeated term and an apposition after it: "… run a help desk, the first point of …",
 *   "… til eIndkomst, Skattestyrelsens register …", "… termínovaný vklad, teda vklad v banke …"
 *   "X means that …", "Dar anlamda X ise … yaptırmasını tanımlar"
 *   two names: "… kaldes price/earnings eller P/E", "… orana fiyat kazanç oranı veya F/K denir"
 *   another name of what the sentence before defined, added to that card's back: "It is also
 *   known as …", "Det er også kaldet …", "… halk arasında yıpranma payı da denir"
 *   "… explanation (term) …", "Expansion (ACR)" and "ACR (expansion)"
 *   verb-second order: "Dagegen bedeutet unechtes Factoring, dass …"
 *   a long description with a short term as its predicate: "Bonds rated … are junk bonds."
 *   a term after an article and a defining relative clause: "… en provision, som er en …",
 *   "… et likviditetsbudget, der viser de forventede …"
 *
 * Front the term, back what the sentence says it is, context the sentence.
 */
import { expansionStart } from './cloze.ts';
import {
  afterNotBut,
  alternativeNames,
  consistingVerb,
  definingVerb,
  describedAgain,
  endsNegated,
  explainPhrase,
  findNaming,
  isAtWord,
  isImpersonal,
  isInvertedSubject,
  isMeaningVerb,
  isOrWord,
  opensThatClause,
  opensWhatClause,
  isPointingWord,
  isRelativeWord,
  isShowingVerb,
  locativeName,
  opensCondition,
  opensDescribingApposition,
  pointsBack,
  ranksAmongOthers,
  synonymPhrase,
  understoodAs,
} from './naming-words.ts';
import type { CardDraft } from './ids.ts';
import { isProseSection, type Section } from './sections.ts';
import { splitSentences } from './sentences.ts';
import type { Block } from './structure.ts';
import { occurrences, type DocumentTerms } from './key-terms.ts';
import {
  endsLikeVerb,
  hasArticles,
  isArticle,
  isFunctionWord,
  isGenericWord,
  isGenitive,
  isJoinerWord,
  isListEnd,
  isPointer,
} from './term-words.ts';
import {
  capitalizeFirst,
  endsLikeSentence,
  foldForCompare,
  foldedWords,
  lastWordOf,
  replaceWholeTerm,
  trimEndOf,
  wordCount,
  wordOverlap,
  wordStems,
} from './text.ts';

const MAX_TERM_WORDS = 5;
const MAX_SENTENCE_WORDS = 80;
/** The length from which one word can be the expansion of an acronym. */
const MIN_COMPOUND = 8;
const TERM_PLACEHOLDER = '…';
const ACRONYM = String.raw`\p{Lu}[\p{Lu}\p{N}&]{1,9}`;
const WORDS = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** "(SLA)" after its expansion, and "LTV (loan to value)" before it. */
/** "SaaS", "IaaS": capitals with a few small letters between; only with matching initials. */
const MIXED_ACRONYM = String.raw`\p{Lu}\p{Ll}{1,3}\p{Lu}{1,2}`;
/**
 * "ÚPSVaR" (Úrad práce, sociálnych vecí a rodiny): capitals with the small initial of the "and"
 * between the last two parts, as Slovak writes them; only with matching initials.
 */
const AND_ACRONYM = String.raw`\p{Lu}{2,6}a\p{Lu}{1,3}`;
const ACRONYM_IN_PARENS = new RegExp(`\\((${ACRONYM}|${MIXED_ACRONYM}|${AND_ACRONYM})\\)`, 'gu');
const ACRONYM_THEN_PARENS = new RegExp(`(${ACRONYM})\\s*\\(([^()]{3,80})\\)`, 'gu');
/** "(DPS, dividends per share)": the acronym and its expansion together in parentheses. */
const ACRONYM_COMMA_EXPANSION = new RegExp(`\\((${ACRONYM}),\\s+([^(),]{3,80})\\)`, 'gu');
const ACRONYM_ONLY = new RegExp(`^(?:${ACRONYM}|${MIXED_ACRONYM})$`, 'u');
const STRICT_ACRONYM = new RegExp(`^${ACRONYM}$`, 'u');

interface Definition {
  term: string;
  back: string;
  /** The term's other name, which the card's back adds: "… kaldes price/earnings eller P/E". */
  also?: string;
  /** Whether `back` only points to what the sentence before says ("Der Vorgang …"). */
  refers?: boolean;
}

/** The term without a leading article ("The face value", "Den effektive rente"). */
function bareTerm(text: string, lang: string): string {
  const term = text.trim().replace(/^["“„«»]|["”“«»]$/gu, '');
  const first = /^[\p{L}]+\s+/u.exec(term);
  return first && isArticle(foldForCompare(first[0]), lang) ? term.slice(first[0].length) : term;
}

/**
 * Whether a predicate can define: it starts with an article or a content word, not with a
 * preposition or the like ("er på fremmarch", "er forskellig fra").
 */
function isDefiningPredicate(predicate: string, lang: string): boolean {
  // "Den årlige rente er 5.000 kr.": a number after the verb states a fact (facts.ts asks it).
  if (/^[\p{N}$€£]/u.test(predicate)) return false;
  const [first = '', second = ''] = foldForCompare(predicate).match(WORDS) ?? [];
  if (isArticle(first, lang)) return true;
  if (isFunctionWord(first, lang)) return false;
  return second === '' || !isFunctionWord(second, lang) || isJoinerWord(second, lang);
}

/** The most words of a noun group between a predicate's noun and the relative clause after it. */
const MAX_NOUN_GROUP_WORDS = 6;

/**
 * Whether a predicate is a noun and a relative clause describing it ("er penge, der …", "are
 * assets that …"), perhaps after a short group of words that completes the noun ("je podiel na
 * zisku akciovej spoločnosti, ktorý …"), said of one thing: a subject naming two ("Outsourcing
 * a offshoring sú pojmy, ktoré …") is not defined by it.
 */
function describesWithRelative(subject: string, predicate: string, lang: string): boolean {
  const group = /^[^,;:()–—]*/u.exec(predicate)?.[0] ?? '';
  const [first = '', second = ''] = foldForCompare(group).match(WORDS) ?? [];
  if (first === '' || isFunctionWord(first, lang)) return false;
  // "forskellig fra BPO, som er billigere": a clause after a name describes the name.
  const last = /\S+$/u.exec(group.trim())?.[0] ?? '';
  const relative =
    isRelativeWord(second, lang) ||
    (wordCount(group) <= MAX_NOUN_GROUP_WORDS &&
      (wordCount(group) === 1 || !/^\p{Lu}/u.test(last)) &&
      isRelativeWord(/^,\s*(\p{L}+)/u.exec(predicate.slice(group.length))?.[1] ?? '', lang));
  return relative && !(foldForCompare(subject).match(WORDS) ?? []).some((w) => isListEnd(w, lang));
}

/** A term is a short noun phrase: no clause, no pronoun, not only generic words. */
function isTerm(term: string, lang: string): boolean {
  const words = foldForCompare(term).match(WORDS) ?? [];
  if (words.length === 0 || words.length > MAX_TERM_WORDS || /[,;:!?]/u.test(term)) return false;
  if (!/\p{L}/u.test(term)) return false;
  const first = words[0] ?? '';
  const last = words.at(-1) ?? '';
  if (isFunctionWord(first, lang) || isFunctionWord(last, lang) || endsLikeVerb(last, lang)) {
    return false;
  }
  if (words.some((word) => isFunctionWord(word, lang) && !isJoinerWord(word, lang))) return false;
  return !words.every((word) => isGenericWord(word, lang));
}

/** A back with other names of its term after it: "… indtjeningen pr. aktie (P/E)". */
function withNames(back: string, names: string): string {
  return `${trimEndOf(back.trim(), '.,;:–-')} (${names})`;
}

function tidyBack(text: string, lang: string): string {
  const back = trimEndOf(text.trim().replace(/^[,:;–-]\s*/u, ''), ',;:–-');
  return capitalizeFirst(/[.!?…]["”»]?$/u.test(back) ? back : `${back}.`, lang);
}

/** The words of `text` up to the first punctuation: the term after "is called". */
function leadingPhrase(text: string, lang: string): string {
  const words = (/^[^,.;:!?()]+/u.exec(text)?.[0] ?? '').trim().split(/\s+/u);
  while (words.length > 0 && isFunctionWord(foldForCompare(words.at(-1) ?? ''), lang)) words.pop();
  return words.join(' ');
}

/**
 * Turkish dative endings, and the locative after a possessive ("halk arasında"): the word
 * before "X denir" says what X is given to, or where it is used.
 */
const TURKISH_DATIVE = /(?:[aeıiuü]n|[ıiuüoö]y|l[ae]r)[ae]$|[ıiuü]n[dt][ae]$/u;
/**
 * A dative after a consonant ("tutara", "döneme", "düşüşe"), which many nouns also end in
 * ("politika", "fatura"): tried only when the strict endings leave a Turkish term too long.
 */
const TURKISH_DATIVE_AFTER_CONSONANT = /[^aeıioöuü\s][ae]$/u;
/** A Turkish term before "denir" longer than this holds part of its explanation. */
const MAX_TURKISH_NAMED_WORDS = 3;

/** Where the term before a naming phrase starts: it stops at punctuation, a function word or `ends`. */
function namedTermStart(words: readonly string[], lang: string, ends?: RegExp): number {
  let start = words.length;
  while (start > 0 && words.length - start < MAX_TERM_WORDS) {
    const word = foldForCompare(words[start - 1] ?? '');
    if (/[,;:]$/u.test(word) || isFunctionWord(word, lang)) break;
    if (start < words.length && ends?.test(word) === true) break;
    start -= 1;
  }
  return start;
}

/**
 * "… wird offenes Factoring genannt", "… orana politika faizi denir": the term before. A
 * Turkish term ends where the dative before it does ("… ödediği tutara katkı payı denir");
 * none when no dative leaves a term of at most three words.
 */
function termBeforeNaming(before: string, lang: string): Definition | undefined {
  const words = before.trim().split(/\s+/u);
  let start = namedTermStart(words, lang, lang === 'tr' ? TURKISH_DATIVE : undefined);
  if (lang === 'tr' && words.length - start > MAX_TURKISH_NAMED_WORDS) {
    const broad = namedTermStart(words, lang, TURKISH_DATIVE_AFTER_CONSONANT);
    start = Math.max(start, broad);
    // "Bu kurala yıllık ücretli iznin satılmazlığı denir": a dative right before the words
    // bounds the term, which may then be as long as any other.
    const bounded = start > 0 && TURKISH_DATIVE_AFTER_CONSONANT.test(words[start - 1] ?? '');
    if (words.length - start > MAX_TURKISH_NAMED_WORDS && !bounded) return undefined;
  }
  let term = words.slice(start).join(' ');
  // "… orana fiyat kazanç oranı veya F/K denir": two names of one thing; the first is asked,
  // the other goes with the back.
  let also: string | undefined;
  if (start > 1 && isOrWord(words[start - 1] ?? '', lang)) {
    const ends = lang === 'tr' ? TURKISH_DATIVE : undefined;
    const first = namedTermStart(words.slice(0, start - 1), lang, ends);
    if (first < start - 1) {
      also = term;
      term = words.slice(first, start - 1).join(' ');
      start = first;
    }
  }
  let rest = words.slice(0, start);
  // The verb in front of the term ("wird", "werden") and a Turkish "ise" belong to neither side.
  if (lang !== 'tr') rest = rest.slice(0, -1);
  while (rest.length > 0 && isFunctionWord(foldForCompare(rest.at(-1) ?? ''), lang)) {
    rest = rest.slice(0, -1);
  }
  // "… vergi dışı tutuluyor; buna asgari ücret istisnası deniyor": the clause before the
  // pointing word is what it names.
  if (rest.length > 1 && isPointingWord(rest.at(-1) ?? '', lang)) {
    rest = rest.slice(0, -1);
    rest[rest.length - 1] = (rest.at(-1) ?? '').replace(/[;,:]$/u, '');
  }
  // "Ters repo bunun tersidir: bir menkul kıymetin … alınması işlemine ters repo denir": the
  // words after the colon say what the term is; the lead before it points back.
  const back = rest.join(' ');
  const colon = back.lastIndexOf(': ');
  const explained = colon < 0 ? '' : back.slice(colon + 2);
  const said = wordCount(explained) >= MIN_PREDICATE_WORDS ? explained : back;
  // "… sözcüğünden gelir; halk arasında yıpranma payı da denir": the clause of the name says
  // only where it is used; what it names, the sentence before says.
  const semicolon = back.lastIndexOf('; ');
  if (semicolon >= 0 && wordCount(back.slice(semicolon + 2)) < MIN_PREDICATE_WORDS) {
    return { term, back: said, also, refers: true };
  }
  if (also === undefined || wordCount(said) >= MIN_PREDICATE_WORDS) {
    return { term, back: said, also };
  }
  // "Der Vorgang wird auch als Backsourcing oder Wiedereinlagerung bezeichnet": two names of
  // what the short subject points to, which the sentence before says.
  const first = foldForCompare(/^\p{L}+/u.exec(said)?.[0] ?? '');
  const refers = isArticle(first, lang) || isPointingWord(first, lang);
  return refers ? { term, back: said, also, refers } : undefined;
}

/**
 * "Bei Unternehmen heißt der Überziehungskredit Kontokorrentkredit …", "For selskaber hedder
 * den foreløbige betaling acontoskat.": the subject is the article and the words up to its noun
 * (German: the first capitalised word; Danish, which writes nouns in lower case: all but the
 * last word), the name is the one word after it; the back is the subject and the words before
 * the verb, which say where the name is used.
 */
function invertedName(before: string, after: string, lang: string): Definition | undefined {
  const clause = (/^[^,.;:!?()]+/u.exec(after)?.[0] ?? '').trim().split(/\s+/u);
  const end = clause.findIndex(
    (word, index) => index > 1 && isJoinerWord(foldForCompare(word), lang),
  );
  const words = end < 0 ? clause : clause.slice(0, end);
  const noun =
    lang === 'de' ? words.findIndex((word, index) => index > 0 && /^\p{Lu}/u.test(word)) : -1;
  const nameAt = lang === 'de' ? noun + 1 : words.length - 1;
  if (nameAt < 2 || nameAt !== words.length - 1) return undefined;
  const where = before.trim();
  const opener = /^\p{L}+/u.exec(where)?.[0] ?? '';
  const lowered = isFunctionWord(foldForCompare(opener), lang)
    ? opener.toLowerCase() + where.slice(opener.length)
    : where;
  return { term: words[nameAt] ?? '', back: `${words.slice(0, nameAt).join(' ')} ${lowered}` };
}

/**
 * What a pointer or relative word ending the words before a naming phrase names: "Kørsel … inden
 * for 12 måneder – det kaldes 60-dages-reglen" (after a dash or semicolon, the clause before it),
 * "… og et særligt kontingent til efterlønsordningen, som kaldes efterlønsbidraget" (after a
 * comma, the noun group before it from its article; '' when there is none to read). Undefined
 * when the words end in neither.
 */
function pointedAt(before: string, lang: string): string | undefined {
  const match = /^(.*?)\s*([,;–—-])\s+(\p{L}+)$/u.exec(before.trim());
  if (!match) return undefined;
  const [, clause = '', mark = '', word = ''] = match;
  const folded = foldForCompare(word);
  if (mark !== ',' && isPointer(folded, lang)) return clause;
  if (mark !== ',' || !isRelativeWord(folded, lang)) return undefined;
  const words = clause.split(/\s+/u);
  const start = words.findLastIndex((word) => isArticle(foldForCompare(word), lang));
  return start < 0 || words.length - start > MAX_NOUN_GROUP_WORDS
    ? ''
    : words.slice(start).join(' ');
}

function namedTerm(sentence: string, lang: string): Definition | undefined {
  const naming = findNaming(sentence, lang);
  if (!naming) return undefined;
  if (naming.side === 'after') {
    // "Bei Unternehmen heißt der Überziehungskredit Kontokorrentkredit": an article after the
    // verb starts the inverted subject, and the name follows it.
    const phrase = sentence.slice(naming.before.length, sentence.length - naming.after.length);
    const first = foldForCompare(/^\p{L}+/u.exec(naming.after)?.[0] ?? '');
    if (/^\s*(?:hei(?:ßt|ßen)|hedder)\s*$/u.test(phrase) && isArticle(first, lang)) {
      return invertedName(naming.before, naming.after, lang);
    }
    const after = afterNotBut(naming.after, lang);
    const term = leadingPhrase(after, lang);
    // "… it is called the unit contribution margin: selling price per unit minus …": the
    // words after the colon say what the term is; the words before it only lead up to it.
    const following = after.slice(after.indexOf(term) + term.length);
    const explained = /^\s*:\s+(\S.*)$/u.exec(following);
    const before = naming.before.replace(/^.*\bals\s+/iu, '');
    // "Bonds with lower ratings pay more interest and are known as …": the words before the
    // name end in a conjunction, a clause cut in two that says what the subject does.
    if (isJoinerWord(foldForCompare(lastWordOf(before.trim())), lang)) return undefined;
    // "Omvendt taler man om et kurstab, når aktien sælges …": with no description before it,
    // the condition after the term says when it applies.
    const condition = /^\s*,\s*(\S.*)$/u.exec(following)?.[1] ?? '';
    const when = wordCount(before) < MIN_PREDICATE_WORDS && opensCondition(condition, lang);
    const pointed = pointedAt(before, lang);
    if (pointed === '') return undefined;
    // "Because many customers share the same installation, SaaS is called a multi-tenant
    // model": the subject of the name is the short group after the comma, and the clause before
    // it, opened by a conjunction, says why: "SaaS, because …"; any other clause is no answer
    // ("Salaries, rent and insurance are called …" lists).
    const [, clause = '', subject = ''] = /^(.*),\s+([^,]+)$/u.exec(before.trim()) ?? [];
    const listed = foldedWords(subject).some((word) => isListEnd(word, lang));
    let said = pointed ?? before;
    if (
      pointed === undefined &&
      subject !== '' &&
      wordCount(subject) <= MAX_TERM_WORDS &&
      !listed
    ) {
      const opener = foldForCompare(/^\p{L}+/u.exec(clause)?.[0] ?? '');
      if (!isFunctionWord(opener, lang)) return undefined;
      said = `${subject}, ${clause.charAt(0).toLowerCase()}${clause.slice(1)}`;
    }
    const back = explained?.[1] ?? (when ? condition : said);
    // "… kaldes price/earnings eller P/E": the first name is asked, the other goes with the back.
    const [name = term, ...others] = alternativeNames(term, lang);
    const also = others.length === 0 ? undefined : others.map((other) => bareTerm(other, lang));
    // "It is also known as the price multiple …", "Man spricht dann von einem Guthabenkonto.":
    // the sentence before says what "it" is, or what the impersonal subject names.
    const one = wordCount(before) === 1 ? before.trim() : '';
    const refers = isPointer(foldForCompare(one), lang) || (!when && isImpersonal(one, lang));
    return { term: name, back, also: also?.join(', '), refers };
  }
  return termBeforeNaming(naming.before, lang);
}

/**
 * "It is also known as the price multiple or the earnings multiple, and …": a pronoun, its verb
 * and a synonym phrase of two words or more ("auch" alone opens any statement) name once more
 * what the sentence before defined.
 */
function pointerSynonymTerm(sentence: string, lang: string): Definition | undefined {
  const match = /^(\p{L}+)\s+\p{L}+\s+(\S.*)$/u.exec(sentence);
  if (!match || !isPointer(foldForCompare(match[1] ?? ''), lang)) return undefined;
  const rest = match[2] ?? '';
  const phrase = synonymPhrase(rest, lang);
  if (phrase?.includes(' ') !== true) return undefined;
  const named = leadingPhrase(rest.slice(phrase.length).trim(), lang);
  const [name = '', ...others] = alternativeNames(named, lang).map((one) => bareTerm(one, lang));
  return { term: name, back: '', also: others.join(', ') || undefined, refers: true };
}

/** The fewest words of an apposition that describes a term: "the PEG ratio" only names one. */
const MIN_DESCRIBING_WORDS = 4;
/** The most words of an apposition inside a sentence, a relative clause after it aside. */
const MAX_APPOSITION_WORDS = 12;
/**
 * Whether `apposition` (its explaining phrase, if any, removed) can say what a term is: a noun
 * group of a few words, with no figure (a fact: "also insgesamt 26,375 %"), no pronoun ("the
 * other because it is …"), no list ("en afdeling eller en periode") and no verb at its end.
 */
function isDescription(apposition: string, lang: string, least: number): boolean {
  const words = apposition.match(WORDS) ?? [];
  if (words.length < least || words.length > MAX_APPOSITION_WORDS) return false;
  if (/\d/u.test(apposition) || isFunctionWord(foldForCompare(words.at(-1) ?? ''), lang)) {
    return false;
  }
  // "IT problems": a word in capitals is a name, not the pronoun "it".
  return !words.some((word, index) => {
    const folded = foldForCompare(word);
    return isListEnd(folded, lang) || (index > 0 && folded === word && isPointer(folded, lang));
  });
}

/**
 * "X, also known as Y, is Z" → X: Z (also known as Y); "X, also Y, …" → X: Y; "En
 * franchisemanual, den detaljerede beskrivelse af konceptet, fortæller …" → X: Y, when X opens
 * with an article too or the document repeats it ("Today, the company, …" names no term).
 */
function appositionTerm(sentence: string, terms: DocumentTerms): Definition | undefined {
  const lang = terms.lang;
  const match = /^([^,]{2,60}),\s+([^,]{3,100}),\s+(\S.*)$/u.exec(sentence);
  if (!match) return undefined;
  const [, term = '', apposition = '', rest = ''] = match;
  const bare = bareTerm(term, lang);
  if (wordCount(bare) > 3) return undefined;
  const explains = explainPhrase(apposition, lang);
  if (explains) return { term, back: apposition.slice(explains.length) };
  const named = bare !== term.trim() || occurrences(terms, foldForCompare(bare)) >= 2;
  const describes =
    opensDescribingApposition(apposition, lang) &&
    isDescription(apposition, lang, MIN_DESCRIBING_WORDS);
  if (named && describes && /^\p{Ll}/u.test(rest)) return { term, back: apposition };
  const synonym = synonymPhrase(apposition, lang);
  if (!synonym) return undefined;
  const verb = definingVerb(rest, lang);
  const said = (verb === undefined ? rest : rest.slice(verb.length)).trim().replace(/[.!?]$/u, '');
  return { term, back: `${said} (${apposition})` };
}

/** A predicate this long goes on past what the relative clause says the term is. */
const MAX_RELATIVE_WORDS = 12;
/** A comma and the word after it: where a relative clause may follow a term. */
const COMMA_THEN_WORD = /,\s+(\p{L}+)\s+/gu;
/** The two words before a comma: a term, or an article and a term. */
const TWO_WORDS_AT_END = /(?<!\p{L})(\p{L}+)\s+(\p{L}[\p{L}-]*)$/u;

/**
 * "… betaler nogle en provision, som er en procentsats af kassekredittens maksimum og …" → X:
 * Y: a term after an article, then a relative clause with the defining verb ("som er", "which
 * is", "der viser"), its predicate a noun group after an article, up to the first comma; a term
 * the document repeats, or a compound.
 */
function relativeTerm(sentence: string, terms: DocumentTerms): Definition | undefined {
  const lang = terms.lang;
  for (const comma of sentence.matchAll(COMMA_THEN_WORD)) {
    if (!isRelativeWord(foldForCompare(comma[1] ?? ''), lang)) continue;
    const words = TWO_WORDS_AT_END.exec(sentence.slice(0, comma.index));
    if (words === null) continue;
    const [, word = '', last = ''] = words;
    // "en provision": the article right before a one-word term, or before a two-word one.
    const article = /(\p{L}+)\s*$/u.exec(sentence.slice(0, words.index))?.[1] ?? '';
    const term = isArticle(foldForCompare(word), lang)
      ? last
      : isArticle(foldForCompare(article), lang)
        ? `${word} ${last}`
        : '';
    const rest = sentence.slice(comma.index + comma[0].length);
    // "som er en procentsats …" says what the term is, "der viser de forventede …" what it shows.
    const first = /^\p{L}+/u.exec(rest)?.[0] ?? '';
    const defining = definingVerb(rest, lang);
    const verb = defining ?? (isShowingVerb(first, lang) ? first : undefined);
    if (term === '' || verb === undefined || !isTerm(term, lang)) return undefined;
    // A short word said once ("et tal, som viser …") is no term the document names.
    if (term.length < MIN_COMPOUND && occurrences(terms, foldForCompare(term)) < 2)
      return undefined;
    const predicate = /^[^,;:.!?]*/u.exec(rest.slice(verb.length).trim())?.[0].trim() ?? '';
    if (wordCount(predicate) > MAX_RELATIVE_WORDS || !isDefiningPredicate(predicate, lang)) {
      return undefined;
    }
    if (!isArticle(foldForCompare(/^\p{L}+/u.exec(predicate)?.[0] ?? ''), lang)) return undefined;
    return { term, back: defining === undefined ? `${verb} ${predicate}` : predicate };
  }
  return undefined;
}

/**
 * "Variable omkostninger (også kaldet stykomkostninger) er de omkostninger, …": the sentence
 * without its parenthesis defines X, and the synonym (or a long aside) goes with the explanation.
 */
function parenthesisSynonymTerm(sentence: string, lang: string): Definition | undefined {
  const match = /^([^()]{2,60}?)\s*\(([^()]{3,80})\)\s+(\S.*)$/u.exec(sentence);
  if (!match) return undefined;
  const [, term = '', synonym = '', rest = ''] = match;
  // "Hrubý domáci produkt (HDP, v medzinárodných prameňoch GDP …) je …": an aside too long to
  // stay in the term goes with the explanation too; a short one ("EBITDA («ee-bit-dah»)")
  // stays in the term, which "X is Y" reads.
  const aside = wordCount(`${term} ${synonym}`) > MAX_TERM_WORDS;
  if (!aside && synonymPhrase(synonym, lang) === undefined) return undefined;
  const definition = subjectTerm(`${term} ${rest}`, lang);
  if (definition?.term !== term) return undefined;
  return { term, back: `${definition.back.trim().replace(/[.!?]$/u, '')} (${synonym})` };
}

/** "Als Nennwert bezeichnet man den Betrag, den …". */
function alsTerm(sentence: string): Definition | undefined {
  const match = /^Als\s+(.{2,60}?)\s+bezeichnet man\s+(.+)$/u.exec(sentence);
  return match ? { term: match[1] ?? '', back: match[2] ?? '' } : undefined;
}

/**
 * Verb-second order: "Dagegen bedeutet unechtes Factoring, dass …": the term after the verb and
 * the "that" clause after its comma. Without that clause the words after the verb are what the
 * subject before it means ("Outsourcing znamená vyčlenenie … služieb, procesov a činností …").
 */
function verbSecondTerm(sentence: string, lang: string): Definition | undefined {
  const match =
    /^(?:\S+\s+){1,4}?(?:bedeutet|betyder|znamená|means)\s+([^,]{2,60}),\s+(\S.*)$/iu.exec(
      sentence,
    );
  const back = match?.[2] ?? '';
  return match && opensThatClause(back, lang) ? { term: match[1] ?? '', back } : undefined;
}

/** The capitalised name after a sentence's opening word, and the word after it in lower case. */
const OPENING_NAME =
  /^(\p{L}+)\s+(\p{Lu}[\p{L}\p{N}-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*)*)\s+(\p{Ll}\p{L}*)/u;

/**
 * "Beim Operating-Leasing ist die Vertragsdauer kurz, …", "Beim Offshore-Outsourcing übernimmt
 * dagegen ein fremder Dienstleister die Arbeit.": a sentence that opens with a contracted
 * preposition and a name says what holds for that kind of thing; the back is the sentence. The
 * name must be one the document repeats ("Beim Abschluss …" is a moment, said once), or a name
 * of two parts, which names a kind ("Operating-Leasing", "Captive Offshoring"); an article or a
 * joiner after it makes it an action with its object ("Beim Kauf einer Aktie", "Beim Kauf von
 * Aktien"), not a kind.
 */
function atTerm(sentence: string, terms: DocumentTerms): Definition | undefined {
  const lang = terms.lang;
  const match = OPENING_NAME.exec(sentence);
  if (!match || !isAtWord(match[1] ?? '', lang)) return undefined;
  const term = match[2] ?? '';
  const next = foldForCompare(match[3] ?? '');
  if (isArticle(next, lang) || isJoinerWord(next, lang)) return undefined;
  if (wordCount(sentence) - wordCount(term) <= MIN_OPENING_TERM_REST) return undefined;
  if (!isTerm(term, lang)) return undefined;
  const kind = /[\s-]\p{L}/u.test(term);
  return kind || occurrences(terms, foldForCompare(term)) >= 2
    ? { term, back: sentence }
    : undefined;
}

/**
 * The words of `heading` that write `name`, whose words are inflected, in their base form:
 * "finančnom leasingu" under "Finančný leasing" → "Finančný leasing"; the words must share
 * their stems one by one.
 */
function headingForm(name: string, heading: string): string | undefined {
  const stems = name.split(/\s+/u).map((word) => wordStems(word).join(' '));
  const words = heading.split(/\s+/u).map((word) => trimEndOf(word, ',;:.!?'));
  for (let start = 0; start + stems.length <= words.length; start += 1) {
    const run = words.slice(start, start + stems.length);
    if (run.every((word, index) => wordStems(word).join(' ') === stems[index])) {
      return run.join(' ');
    }
  }
  return undefined;
}

/**
 * "Pri finančnom leasingu ide o dlhodobý prenájom.", "Ak sa prepočíta v stálych cenách
 * základného roka, hovoríme o reálnom HDP.": a name in the locative, asked in the base form
 * one of the paragraph's titles writes; none when no title names it.
 */
function locativeTerm(
  sentence: string,
  lang: string,
  titles: readonly string[],
): Definition | undefined {
  const found = titles.length === 0 ? undefined : locativeName(sentence, lang);
  // "… ide o dlhodobý prenájom": a noun and its adjective say what the name is.
  if (!found || wordCount(found.back) < 2) return undefined;
  for (const title of titles) {
    const term = headingForm(found.name, title);
    if (term !== undefined) return { term, back: found.back };
  }
  return undefined;
}

/** "X is Y", and the reverse "<long description> is <short term>." */
function subjectTerm(
  sentence: string,
  lang: string,
  isRepeated: (folded: string) => boolean = () => false,
): Definition | undefined {
  // The verb is among the first 15 words; two more tell whether a predicate follows it.
  const words: number[] = [];
  for (const match of sentence.matchAll(/\S+/gu)) {
    words.push(match.index);
    if (words.length === 17) break;
  }
  for (let index = 1; index <= Math.min(words.length - 2, 14); index += 1) {
    const at = words[index] ?? 0;
    const rest = sentence.slice(at);
    const consists = consistingVerb(rest, lang);
    const verb = consists ?? definingVerb(rest, lang);
    if (verb === undefined) continue;
    const subject = sentence.slice(0, at).trim();
    if (/[,;:]$/u.test(subject)) return undefined;
    // "Riziko smrti spočíva v pravdepodobnosti, že …": the back keeps the verb, which says how
    // the predicate makes up the term.
    if (consists !== undefined) {
      const short = wordCount(subject) <= MAX_TERM_WORDS && !isInvertedSubject(subject, lang);
      return short ? { term: subject, back: rest } : undefined;
    }
    const predicate = rest.slice(verb.length).trim();
    const shortTerm = bareTerm(predicate.replace(/[.!?]$/u, ''), lang);
    // "Dôležitou novinkou Zákonníka práce od 1. 5. 2018 sú tzv. trináste … platy": a
    // description with a figure states a fact about the term, which a fact card asks.
    if (wordCount(subject) > MAX_TERM_WORDS && isTerm(shortTerm, lang) && !/\d/u.test(subject)) {
      // "Det får du ved at se på nøgletal, og et af de vigtigste er X", "Zmluva sa uzatvára na
      // dobu neurčitú, poistná doba je jeden rok": the subject of "er" is only the last clause,
      // which describes nothing; "… a zhodnotenie nie je garantované" denies, not names.
      return /[,;]/u.test(subject) || endsNegated(subject, lang)
        ? undefined
        : { term: shortTerm, back: subject };
    }
    const short =
      wordCount(subject) <= MAX_TERM_WORDS &&
      !isInvertedSubject(subject, lang) &&
      !ranksAmongOthers(predicate, lang);
    // "A co-managed model means that the company keeps …": the clause after "that" is the
    // answer ("that" would open the back like a pointer to something said before).
    if (short && isMeaningVerb(verb, lang) && opensThatClause(predicate, lang)) {
      return { term: subject, back: predicate.replace(/^\p{L}+\s+/u, '') };
    }
    // "Outsourcing er, når en virksomhed …", "… is when a company …": the condition says when
    // a term the document names again applies, which is what it is ("The best time is when …"
    // names no term).
    const defines =
      isDefiningPredicate(predicate, lang) ||
      (verb.endsWith(',') && opensThatClause(predicate, lang)) ||
      opensWhatClause(predicate, lang) ||
      (opensCondition(predicate, lang) && isRepeated(foldForCompare(bareTerm(subject, lang)))) ||
      describesWithRelative(subject, predicate, lang);
    return short && defines ? { term: subject, back: predicate } : undefined;
  }
  return undefined;
}

/**
 * A verbal noun and its copula, or a phrase meaning "means", ending a Turkish definition; or a
 * verbal noun that the term "describes" ("… bir firmaya yaptırmasını tanımlar").
 */
const VERBAL_NOUN_COPULA =
  /(?:m[ae]s[ıi][dt][ıi]r|m[ae]s[ıi]n[ıi] tanımlar|ifade eder|anlamına gelir|demektir)\.?$/u;
/** "… yaptırmasını tanımlar" (describes having … done): the verbal noun and the full stop. */
const DESCRIBES = /(m[ae]s[ıi])n[ıi] tanımlar(\.?)$/u;

/**
 * Turkish: "Temettü verimi, … oranıdır.", "Bileşik faiz ise … kazanmasıdır." and "Arka ofis BPO,
 * … ifade eder." The shape is
 * common in any statement, so the term must be one the document repeats.
 */
function turkishTerm(sentence: string, terms: DocumentTerms): Definition | undefined {
  if (!/(?:[dt][ıiuü]r|ifade eder|anlamına gelir|demektir|tanımlar)\.?$/u.test(sentence)) {
    return undefined;
  }
  const match = /^([^,]{2,60}?)(,|\s+ise)\s+(\S.*)$/u.exec(sentence);
  const term = match?.[1] ?? '';
  // "Otomatik katılım ise işverenin … dahil etmesidir.": "ise" and a verbal noun before the
  // copula define the subject even when the document names it once.
  const contrasted = match?.[2] !== ',' && VERBAL_NOUN_COPULA.test(sentence);
  const found =
    match && (contrasted || occurrences(terms, foldForCompare(bareTerm(term, 'tr'))) >= 2)
      ? { term, back: match[3] ?? '' }
      : repeatedSubject(sentence, terms);
  // "… bir firmaya yaptırmasını tanımlar": the verbal noun the term describes is the answer.
  return found && { term: found.term, back: found.back.replace(DESCRIBES, '$1$2') };
}

/** Fewest words the rest of a sentence needs to say what its subject is. */
const MIN_PREDICATE_WORDS = 3;

/**
 * "Dış kaynak kullanımı en basit haliyle … tedarik edilmesidir.": without a comma the subject
 * is the longest opening word group (up to four words, one word only when long) that the
 * document repeats elsewhere, and the sentence must end in a verbal noun and its copula.
 */
function repeatedSubject(sentence: string, terms: DocumentTerms): Definition | undefined {
  // Only a verbal noun before the copula ("tedarik edilmesidir", "kazanmasıdır") says what the
  // subject is; "… önemlidir", "… vardır" state something about it.
  if (!VERBAL_NOUN_COPULA.test(sentence)) {
    return undefined;
  }
  const words = sentence.split(/\s+/u);
  const phraseEnd = words.findIndex((word) => word.endsWith(','));
  for (let count = Math.min(4, words.length - MIN_PREDICATE_WORDS); count >= 1; count -= 1) {
    const subject = words.slice(0, count).join(' ');
    const folded = foldForCompare(subject);
    if (/[,;:()]/u.test(subject) || (count === 1 && folded.length < 6)) continue;
    // "KDV'nin temel mantığı, …", "Vadeli hesabın en önemli özelliği, …": a genitive that ends
    // the words, or follows them before the comma that ends the subject, makes them the
    // possessor of the subject or a part of it ("Ters repo bunun tersidir: …" has no comma).
    const next = count < phraseEnd ? foldForCompare(words[count] ?? '') : '';
    if (isGenitive(foldForCompare(words[count - 1] ?? ''), 'tr') || isGenitive(next, 'tr')) {
      continue;
    }
    if (!isTerm(subject, 'tr') || occurrences(terms, folded) < 2) continue;
    return { term: subject, back: words.slice(count).join(' ') };
  }
  return undefined;
}

/**
 * "… the last coupon date (accrued interest) is added" → accrued interest: the words before,
 * when they are the sentence's subject, which the words after the parenthesis go on from. A
 * parenthesis that ends a clause names what its last words are ("… financed either by borrowing
 * money (debt), by …", "… v osvedčení o evidencii vozidla (technickom preukaze), najneskôr …"),
 * and one of several glosses the items of a list ("… mit Noten von AAA (höchste Bonität) bis D
 * (Zahlungsausfall)"): the clause before says nothing of what the term is.
 */
function parenthesisTerm(sentence: string): Definition | undefined {
  const match = /^(\S.{10,}?)\s*\(([^()]{2,40})\)/u.exec(sentence);
  if (!match) return undefined;
  const [, before = '', inside = ''] = match;
  // "… vardır: düzenleyen (keşideci), …": the words after a colon are a list's item, not the
  // explanation of the term in parentheses.
  if (!/^\p{Ll}/u.test(inside) || /\d/u.test(inside) || /[,:;]/u.test(before)) return undefined;
  const after = sentence.slice(match[0].length);
  if (!/^\s+\p{L}/u.test(after) || after.includes('(')) return undefined;
  // "výskumu a vývoja (výskumu a vývoja)": a translation or repetition, not a term.
  if (wordOverlap(inside, before) === 1) return undefined;
  return { term: inside, back: before };
}

const MIN_DOES_WORDS = 4;
const MAX_DOES_WORDS = 30;

/**
 * What the rest of a sentence after "Expansion (ACR)" says the thing does, when it says it in
 * the same clause ("With Infrastructure as a Service (IaaS), the customer rents servers …",
 * "Platform as a Service (PaaS) adds the operating system …"); undefined when the rest defines
 * it with "is" (a definition of its own) or is too short or long to be one answer.
 */
function whatItDoes(rest: string, lang: string): string | undefined {
  const clause = rest.replace(/^\s*,?\s*/u, '').replace(/[.!?…]+$/u, '');
  const words = wordCount(clause);
  if (words < MIN_DOES_WORDS || words > MAX_DOES_WORDS || !/^\p{Ll}/u.test(clause)) {
    return undefined;
  }
  // "betyder, at …": the verb may stand before a comma.
  // A relative or subordinate clause ("som involverer …", "because …") is no answer on its own.
  const first = foldForCompare(/^\p{L}+/u.exec(clause)?.[0] ?? '');
  if (isFunctionWord(first, lang) && !isArticle(first, lang)) return undefined;
  return definingVerb(clause.replace(',', ' '), lang) === undefined ? clause : undefined;
}

/**
 * Whether `words` are the acronym's own words in another order: each opens with one of its
 * letters, but they do not spell it in its order ("vozidlo s evidenčným číslom (EČV)", the
 * vehicle with a registration number, where "EČV" is the number: "evidenčné číslo vozidla").
 * A translation opens with other letters ("zmluva o úrovni služieb (SLA)"); an expansion spells
 * the acronym in order, perhaps with letters left out ("tüketici fiyat endeksi (TÜFE)").
 */
function isReordered(words: readonly string[], acronym: string, lang: string): boolean {
  const letters = foldForCompare(acronym);
  const initials = words
    .map(foldForCompare)
    .filter((word) => !isFunctionWord(word, lang))
    .map((word) => word.charAt(0));
  if (!initials.every((initial) => letters.includes(initial))) return false;
  let at = 0;
  for (const initial of initials) {
    at = letters.indexOf(initial, at);
    if (at < 0) return true;
    at += 1;
  }
  return false;
}

/**
 * "Service-level agreement (SLA)" → SLA; "LTV (loan to value)" → LTV. When the sentence goes
 * on to say what the thing does, the back says it too: "IaaS" → "Infrastructure as a Service:
 * the customer rents servers and storage …". In a list item (`item`) a translated expansion,
 * whose initials do not spell the acronym, counts only when it opens the item ("Belåningsgrad
 * (LTV): …"); inside the item it is as often a description cut short ("en çok üyeye sahip
 * işveren konfederasyonu (TİSK)").
 */
function acronymTerms(sentence: string, lang: string, item = false): Definition[] {
  const found: Definition[] = [];
  // Each shape below holds a parenthesis: most sentences are not searched for them at all.
  if (!sentence.includes('(')) return found;
  for (const match of sentence.matchAll(ACRONYM_IN_PARENS)) {
    const acronym = match[1] ?? '';
    const before = sentence.slice(0, match.index);
    const start = expansionStart(before, acronym);
    // "En servicemålsaftale (SLA)": the article before the expansion is no part of it.
    const expansion = start === undefined ? '' : bareTerm(before.slice(start), lang);
    const first = foldForCompare(expansion.split(/\s+/u)[0] ?? '');
    // Without matching initials only a short name at the sentence start is the expansion.
    const initials = (expansion.match(/[\p{L}\p{N}]+/gu) ?? []).map((word) => word.charAt(0));
    const matches = foldForCompare(initials.join('')).includes(foldForCompare(acronym));
    const strict = STRICT_ACRONYM.test(acronym);
    if (
      expansion !== '' &&
      !isFunctionWord(first, lang) &&
      (matches || (strict && wordCount(expansion) <= 5))
    ) {
      // Only where the expansion opens the sentence ("With …", "Beim …") does the rest say
      // what the thing does; after a verb it is the object of another subject.
      const opens = start !== undefined && wordCount(before.slice(0, start)) <= 2;
      const rest = opens
        ? whatItDoes(sentence.slice(match.index + match[0].length), lang)
        : undefined;
      found.push({ term: acronym, back: rest ? `${expansion}: ${rest}` : expansion });
      continue;
    }
    if (!strict) continue;
    // A translated expansion has as many words as the acronym has letters, as a rule: the
    // words right before it, back to a function word; a joiner between two of its words
    // ("zmluva o úrovni služieb (SLA)") belongs to it.
    const last: string[] = [];
    let content = 0;
    for (const word of before.trim().split(/\s+/u).reverse()) {
      if (content === acronym.length || !/^\p{L}/u.test(word) || /[,;:]$/u.test(word)) break;
      const folded = foldForCompare(word);
      const joiner = content > 0 && isJoinerWord(folded, lang);
      if (isFunctionWord(folded, lang) && !joiner) break;
      last.unshift(word);
      if (!joiner) content += 1;
    }
    while (last.length > 0 && isJoinerWord(foldForCompare(last[0] ?? ''), lang)) last.shift();
    if (item && last.join(' ') !== before.trim()) continue;
    if (isReordered(last, acronym, lang)) continue;
    if (content >= Math.min(2, acronym.length)) found.push({ term: acronym, back: last.join(' ') });
  }
  for (const match of sentence.matchAll(ACRONYM_THEN_PARENS)) {
    const [, acronym = '', inside = ''] = match;
    // "SLA (Service Level Agreement - dohoda o úrovni služieb)": the expansion, then after a
    // dash or comma its translation, which the back keeps.
    const expansion = inside.split(/\s[-–]\s|,\s/u)[0] ?? '';
    const initials = (expansion.match(WORDS) ?? []).map((word) => word.charAt(0)).join('');
    if (foldForCompare(initials) === foldForCompare(acronym)) {
      found.push({ term: acronym, back: inside });
    }
  }
  for (const [, acronym = '', expansion = ''] of sentence.matchAll(ACRONYM_COMMA_EXPANSION)) {
    const initials = (expansion.match(WORDS) ?? []).map((word) => word.charAt(0)).join('');
    if (foldForCompare(initials) === foldForCompare(acronym)) {
      found.push({ term: acronym, back: expansion });
    }
  }
  return found;
}

/**
 * The apposition that opens `after` (the words after a term and its comma), if it explains the
 * term: it opens with an explaining phrase ("teda", "i.e.") or an article ("the first point of
 * contact …"), and a relative clause right after it belongs to it ("teda vklad v banke, ktorý
 * klient nemôže vybrať …").
 */
function explainingApposition(after: string, lang: string): string | undefined {
  const [first = '', next = ''] = after.replace(/[.!?]$/u, '').split(/,\s+/u);
  const explains = explainPhrase(first, lang);
  const apposition = explains ? first.slice(explains.length).trim() : first;
  if (!explains && !opensDescribingApposition(first, lang)) return undefined;
  if (!isDescription(apposition, lang, explains ? 2 : MIN_DESCRIBING_WORDS)) return undefined;
  const relative = isRelativeWord(/^\p{L}+/u.exec(next)?.[0] ?? '', lang);
  return relative ? `${apposition}, ${next}` : apposition;
}

/**
 * "Many MSPs also run a help desk, the first point of contact for employees with IT problems.",
 * "Najbežnejšou formou sporenia je termínovaný vklad, teda vklad v banke, ktorý …": a term
 * inside the sentence and the apposition after its comma. The words before a comma end a term
 * only by chance, so the term must be one the document repeats.
 */
function innerAppositionTerm(sentence: string, terms: DocumentTerms): Definition | undefined {
  const lang = terms.lang;
  for (const comma of sentence.matchAll(/,\s+/gu)) {
    const words = sentence.slice(0, comma.index).trim().split(/\s+/u);
    const start = namedTermStart(words, lang);
    if (start === 0) continue;
    const term = words.slice(start).join(' ');
    if (!isTerm(term, lang)) continue;
    // Counting the term in the whole document costs more than reading the apposition.
    const back = explainingApposition(sentence.slice(comma.index + comma[0].length), lang);
    if (back && occurrences(terms, foldForCompare(term)) >= 2) return { term, back };
  }
  return undefined;
}

/** Fewest words after a sentence's opening term, its verb included, that can define it. */
const MIN_OPENING_TERM_REST = 4;

/**
 * Whether `found` was read from a sentence that opens with its term and says too little after
 * it to define it: "Splátkový predaj je ďalšou alternatívou." ("Ein Dispokredit ist ein
 * automatischer Kredit." says enough). An acronym names one thing, whose kind is what it is:
 * "HDP je tokový ukazovateľ."
 */
function isTooShortAfterTerm(sentence: string, found: Definition): boolean {
  return (
    !ACRONYM_ONLY.test(found.term) &&
    foldForCompare(sentence).startsWith(foldForCompare(found.term)) &&
    wordCount(sentence) - wordCount(found.term) < MIN_OPENING_TERM_REST
  );
}

function sentenceDefinitions(
  sentence: string,
  terms: DocumentTerms,
  titles: readonly string[],
): Definition[] {
  const lang = terms.lang;
  // A question asks what something is ("Hvorfor er likviditet vigtigt?"); it defines nothing.
  const shaped = sentence.endsWith('?')
    ? undefined
    : (understoodAs(sentence, lang) ??
      alsTerm(sentence) ??
      appositionTerm(sentence, terms) ??
      (lang === 'tr' ? undefined : parenthesisSynonymTerm(sentence, lang)) ??
      pointerSynonymTerm(sentence, lang) ??
      namedTerm(sentence, lang) ??
      verbSecondTerm(sentence, lang) ??
      atTerm(sentence, terms) ??
      locativeTerm(sentence, lang, titles) ??
      (lang === 'tr'
        ? turkishTerm(sentence, terms)
        : subjectTerm(sentence, lang, (folded) => occurrences(terms, folded) >= 2)) ??
      parenthesisTerm(sentence) ??
      innerAppositionTerm(sentence, terms) ??
      relativeTerm(sentence, terms));
  const kept = shaped === undefined || isTooShortAfterTerm(sentence, shaped) ? [] : [shaped];
  return [...kept, ...acronymTerms(sentence, lang)];
}

/**
 * "It is a measure of …", "Je to spoločnosť, ktorej …": what a sentence opening with a pronoun
 * and its copula says once more of the term the sentence before defined: a noun group after an
 * article, where the language has articles. Not a cleft sentence ("It is the bank that decides
 * …", "Det er barnet, der ejer kontoen") nor a statement ("It is vulnerable to manipulation").
 */
function descriptionAgain(sentence: string, lang: string): string | undefined {
  const predicate = describedAgain(sentence, lang);
  // "Je to výhodné.": a word or two state something of the term rather than describe it.
  if (predicate === undefined || wordCount(predicate) < MIN_PREDICATE_WORDS) return undefined;
  const first = foldForCompare(/^\p{L}+/u.exec(predicate)?.[0] ?? '');
  if (hasArticles(lang) && !isArticle(first, lang)) return undefined;
  if (!isDefiningPredicate(predicate, lang) && !describesWithRelative('', predicate, lang)) {
    return undefined;
  }
  const group = foldForCompare(/^[^,;:]*/u.exec(predicate)?.[0] ?? '').match(WORDS) ?? [];
  return group.slice(1).some((word) => isRelativeWord(word, lang)) ? undefined : predicate;
}

/**
 * A back this short that opens with a function word other than an article ("I daglig tale") is
 * a phrase, not an explanation ("Ein automatischer Kredit" is one).
 */
const MAX_PHRASE_WORDS = 3;

/**
 * A back that explains nothing by itself: it opens with a word pointing elsewhere ("Sie …",
 * "This …"; an article such as Danish "Det" may open a description), or it is a short phrase
 * opening with a function word ("I daglig tale" of "I daglig tale kaldes begge dele …").
 */
function isNoExplanation(back: string, lang: string): boolean {
  const first = foldForCompare(/^\p{L}+/u.exec(back)?.[0] ?? '');
  // "Bunun tersidir: bir menkul kıymetin …": the words after the colon explain.
  const pointer =
    (isPointingWord(first, lang) || isPointer(first, lang)) && !isArticle(first, lang);
  if (pointer && !back.includes(': ')) return true;
  return (
    wordCount(back) <= MAX_PHRASE_WORDS && isFunctionWord(first, lang) && !isArticle(first, lang)
  );
}

/** The back with the term itself blanked, so it reads as a definition instead of a give-away. */
function withoutTerm(back: string, term: string): string {
  return replaceWholeTerm(back, term, TERM_PLACEHOLDER);
}

/**
 * Definition cards for the terms the body sentences of the prose sections define.
 *
 * @example
 * bodyDefinitionCards(splitSections(parseDocument('Arbejde i hjemlandet kaldes onshoring.\n').blocks), terms, new Set())
 * // [{ kind: 'definition', front: 'onshoring', back: 'Arbejde i hjemlandet.', … }]
 */
export function bodyDefinitionCards(
  sections: readonly Section[],
  terms: DocumentTerms,
  excluded: ReadonlySet<Block>,
): CardDraft[] {
  const lang = terms.lang;
  const cards: CardDraft[] = [];
  // A paragraph's titles: its section's heading, and a title line right above it that a plain
  // text document writes as a paragraph of its own ("Finančný leasing").
  const blocks = sections.filter(isProseSection).flatMap((section) =>
    section.blocks.map((block, index) => {
      const above = section.blocks[index - 1];
      const line = above?.kind === 'paragraph' && !endsLikeSentence(above.text) ? above.text : '';
      return { block, titles: [section.heading?.text ?? '', line].filter((text) => text !== '') };
    }),
  );
  for (const { block, titles } of blocks) {
    if ((block.kind !== 'paragraph' && block.kind !== 'bullet') || excluded.has(block)) continue;
    // A list item is read only for the acronyms it expands, each in parentheses: most items
    // have none and are not split into sentences at all.
    if (block.kind === 'bullet' && !block.text.includes('(')) continue;
    const sentences = splitSentences(block.text);
    // The card of the sentence before, which a sentence naming "it" once more adds a name to.
    let previous: CardDraft | undefined;
    sentences.forEach((sentence, index) => {
      const earlier = previous;
      previous = undefined;
      if (wordCount(sentence) > MAX_SENTENCE_WORDS) return;
      // "EBITDA … is an acronym for … It is a measure of core corporate profitability: …": the
      // card of the sentence before says it too.
      const again =
        earlier && block.kind === 'paragraph' ? descriptionAgain(sentence, lang) : undefined;
      if (earlier && again !== undefined) {
        const more = capitalizeFirst(withoutTerm(again, earlier.front), lang);
        earlier.back = tidyBack(`${trimEndOf(earlier.back, '.')}. ${more}`, lang);
        previous = earlier;
        return;
      }
      // A list item is read for the acronyms it expands ("- Cross-check with ROIC (return on
      // invested capital), …"); its other shapes are a list's, asked as list items.
      const defined =
        block.kind === 'bullet'
          ? acronymTerms(sentence, lang, true)
          : sentenceDefinitions(sentence, terms, titles);
      for (const found of defined) {
        const term = bareTerm(found.term, lang);
        const acronym = ACRONYM_ONLY.test(term);
        if (!isTerm(term, lang) && !acronym) continue;
        // "Amortisman, … azaltılmasıdır. … halk arasında yıpranma payı da denir.": another name
        // of what the sentence before defined goes with that card's back.
        if (found.refers === true && earlier) {
          const names = [term, found.also].filter((name) => name !== undefined).join(', ');
          earlier.back = tidyBack(withNames(earlier.back, names), lang);
          continue;
        }
        // "Dieser Grundsatz heißt Equal Pay": what the term is, the sentence before says.
        const before = index > 0 ? sentences[index - 1] : undefined;
        const pointing = found.refers === true || pointsBack(found.back, lang);
        if (pointing && before === undefined) continue;
        const said = pointing && before ? before : found.back;
        const named = found.also ? withNames(said, found.also) : said;
        const back = tidyBack(withoutTerm(named, term), lang);
        // One word says nothing, unless it is the compound an acronym stands for ("SLA" →
        // "servicemålsaftale").
        if (wordCount(back) < (acronym && back.length >= MIN_COMPOUND ? 1 : 2)) continue;
        if (foldForCompare(back).includes(foldForCompare(term))) continue;
        if (!pointing && isNoExplanation(back, lang)) continue;
        const card: CardDraft = {
          kind: 'definition',
          anchor: `body:${term}`,
          front: term,
          back,
          context: pointing && before ? `${before} ${sentence}` : sentence,
          lines: [block.from, block.to],
        };
        cards.push(card);
        previous ??= card;
      }
    });
  }
  return cards;
}
