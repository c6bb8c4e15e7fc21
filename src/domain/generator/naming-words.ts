/**
 * How body sentences name a term, per language: the phrase before the term ("… is called X"),
 * the phrase after it ("… X denir", "wird X genannt"), the apposition that gives a synonym
 * ("X, also known as Y, …") or an explanation ("Die Laufzeit, also …, …"), and the verbs that
 * define a sentence-initial term ("X is …", "X znamená …"). Used by body-definitions.ts; the
 * phrases around quoted terms are in definition-words.ts.
 */
import { isFunctionWord } from './term-words.ts';
import { escapeRegExp, foldForCompare } from './text.ts';

/** One language's naming phrases, matched case-insensitively on the sentence itself. */
interface NamingWords {
  before: readonly string[];
  after: readonly string[];
  synonym: readonly string[];
  /** An apposition that explains the term: "Die Laufzeit, also die Zeit bis …, …". */
  explain: readonly string[];
  /**
   * Definite articles that open an apposition describing the term before it: "a help desk, the
   * first point of contact …", "En franchisemanual, den detaljerede beskrivelse …". German
   * "der", "die", "das" open relative clauses as often, so German has none.
   */
  apposition: readonly string[];
  /**
   * Endings of a name's genitive that opens such an apposition: "til eIndkomst,
   * Skattestyrelsens register over lønindkomster".
   */
  genitive: readonly string[];
  /** Verbs after a sentence-initial term that define it: "X is …", "X znamená …". */
  defining: readonly string[];
  /** Verbs of a relative clause that say what a term shows: "et likviditetsbudget, der viser …". */
  showing: readonly string[];
  /** The word between two names of one thing: "… kaldes price/earnings eller P/E". */
  or: readonly string[];
  /** Demonstratives that point back to the sentence before: "Dieser Grundsatz heißt Equal Pay". */
  pointing: readonly string[];
  /** Pronouns that stand for the subject of a question: "Wie hoch ist sie?", "Hvad koster det?". */
  pronouns: readonly string[];
  /**
   * The words around the term of "Unter X versteht man Y" (opening word, phrase after the
   * term): the definition follows the phrase.
   */
  understood: readonly (readonly [string, string])[];
  /** The word that opens a "that" clause after a defining verb: "X betyder, at …". */
  that: readonly string[];
  /**
   * Defining verbs whose "that" clause says what the term means without a comma before it, as
   * English writes it: "A co-managed model means that the company keeps its own IT team …".
   */
  meaning: readonly string[];
  /**
   * Relative pronouns: after the first noun of a predicate they describe it ("Current assets are
   * assets that …", "Likvide midler er penge, der …", "Emitent je dlžník, ktorý …").
   */
  relative: readonly string[];
  /** The word that opens a "what" clause after a defining verb: "Assets represent what …". */
  what: readonly string[];
  /**
   * Words that open a condition after a named term, which then says when the term applies:
   * "Omvendt taler man om et kurstab, når aktien sælges til en lavere kurs …".
   */
  when: readonly string[];
  /**
   * Words with which the writer points a name out, even once: before it ("a so-called transfer
   * price", "die sogenannte Factoringgebühr") or, in Turkish, after it ("royalty adı verilen").
   */
  soCalled: readonly string[];
  soCalledAfter: readonly string[];
  /**
   * "… kaldes det ikke outsourcing, men derimod udlicitering": the negation before the wrong
   * name and the words before the right one.
   */
  not: readonly string[];
  but: readonly string[];
  /**
   * The impersonal subject of a naming phrase ("Man spricht dann von einem Guthabenkonto", "Der
   * er tale om en kassekredit"): with no condition after the name, what it names is what the
   * sentence before describes.
   */
  impersonal: readonly string[];
  /**
   * A contracted preposition that opens a sentence about a kind of thing, named right after
   * it: "Beim Operating-Leasing ist die Vertragsdauer kurz, …".
   */
  at: readonly string[];
  /**
   * Where a name stands in the locative, as Slovak writes it after a preposition: an opening
   * preposition and the phrase that defines after the name ("Pri finančnom leasingu ide o
   * dlhodobý prenájom"), and a naming phrase before the name ("…, hovoríme o reálnom HDP").
   */
  locativeAt: readonly (readonly [string, string])[];
  locativeNaming: readonly string[];
  /**
   * A pronoun and its copula opening a sentence that describes once more what the sentence
   * before defined: "It is a measure of core corporate profitability", "Je to spoločnosť, …".
   */
  again: readonly string[];
  /**
   * Verbs that say what a sentence-initial term consists in, which its back keeps: "Riziko smrti
   * spočíva v pravdepodobnosti, že …" ("består af", "consists of" list its parts instead).
   */
  consisting: readonly string[];
  /**
   * Superlatives that open a relative clause after a predicate's noun, which then ranks the
   * subject among others instead of saying what it is: "Danmark er det land i Nordeuropa, der
   * oftest anvender outsourcing", "… the country that most often uses …".
   */
  ranking: readonly string[];
}

const NAMING: Readonly<Record<string, NamingWords>> = {
  en: {
    before: [
      'is called',
      'are called',
      'is known as',
      'are known as',
      'is referred to as',
      'is termed',
    ],
    after: [],
    synonym: ['also known as', 'also called', 'also referred to as', 'abbreviated', 'or'],
    explain: ['i.e.', 'that is', 'meaning'],
    apposition: ['the'],
    genitive: ["'s", '’s'],
    defining: ['is', 'are', 'means', 'refers to', 'stands for', 'represent', 'represents'],
    showing: ['shows'],
    or: ['or'],
    pointing: ['this', 'these', 'that'],
    pronouns: ['it', 'they'],
    understood: [
      ['by', 'we mean'],
      ['by', 'is meant'],
    ],
    that: ['that'],
    meaning: ['means'],
    relative: ['that', 'which', 'who', 'whose'],
    what: ['what'],
    when: ['when', 'if'],
    soCalled: ['so-called'],
    soCalledAfter: [],
    not: ['not'],
    but: ['but rather', 'but'],
    impersonal: [],
    at: [],
    locativeAt: [],
    locativeNaming: [],
    again: ['it is'],
    consisting: ['consists in'],
    ranking: ['most', 'least'],
  },
  da: {
    before: [
      'kaldes det',
      'kaldes',
      'taler man om',
      'betegnes som',
      'omtales som',
      'kaldes for',
      'hedder',
      'er tale om',
      'er der tale om',
      'er først tale om',
    ],
    after: [],
    synonym: ['også kaldet', 'også kendt som', 'også benævnt', 'forkortet'],
    explain: ['altså', 'dvs.', 'det vil sige'],
    apposition: ['den', 'det'],
    genitive: ['s'],
    defining: ['er', 'betyder', 'refererer til', 'henviser til', 'repræsenterer'],
    showing: ['viser'],
    or: ['eller'],
    pointing: ['denne', 'dette', 'disse', 'det'],
    pronouns: ['det', 'den', 'de'],
    understood: [
      ['ved', 'forstås'],
      ['ved', 'forstår man'],
    ],
    that: ['at'],
    meaning: [],
    relative: ['der', 'som'],
    what: ['hvad'],
    when: ['når', 'hvis'],
    soCalled: ['såkaldte', 'såkaldt'],
    soCalledAfter: [],
    not: ['ikke'],
    but: ['men derimod', 'men'],
    impersonal: ['man', 'der'],
    at: [],
    locativeAt: [],
    locativeNaming: [],
    again: ['det er'],
    consisting: ['består i'],
    ranking: ['oftest', 'mest', 'flest', 'mindst'],
  },
  de: {
    before: [
      'spricht man von',
      'spricht man dann von',
      'spricht dann von',
      'nennt man',
      'heißt',
      'heißen',
      'bezeichnet man als',
    ],
    after: ['genannt', 'bezeichnet'],
    synonym: ['auch', 'auch als', 'kurz', 'oder'],
    explain: ['also', 'd. h.', 'das heißt'],
    apposition: [],
    genitive: ['s'],
    defining: ['ist', 'sind', 'bedeutet', 'bezeichnet', 'steht für'],
    showing: [],
    or: ['oder'],
    pointing: ['dieser', 'diese', 'dieses', 'diesen'],
    pronouns: ['sie', 'er', 'es'],
    understood: [
      ['unter', 'versteht man'],
      ['unter', 'wird verstanden'],
    ],
    that: ['dass'],
    meaning: [],
    relative: ['der', 'die', 'das', 'den', 'dem', 'deren', 'dessen'],
    what: ['was'],
    when: ['wenn', 'sobald'],
    soCalled: ['sogenannte', 'sogenannten', 'sogenannter', 'sogenanntes', 'sog.'],
    soCalledAfter: [],
    not: ['nicht'],
    but: ['sondern'],
    impersonal: ['man'],
    at: ['beim'],
    locativeAt: [],
    locativeNaming: [],
    again: ['es ist'],
    consisting: ['besteht darin'],
    ranking: ['am häufigsten', 'am meisten', 'am wenigsten'],
  },
  sk: {
    before: [
      'sa nazýva',
      'sa nazývajú',
      'sa označuje ako',
      'sa označujú ako',
      'nazývame',
      'sa hovorí',
    ],
    after: [],
    synonym: [
      'tiež nazývaný',
      'tiež nazývaná',
      'tiež známy ako',
      'známa aj ako',
      'skrátene',
      'alebo',
    ],
    explain: ['teda', 't. j.', 'čiže'],
    apposition: [],
    genitive: [],
    defining: ['je', 'sú', 'znamená', 'označuje', 'predstavuje', 'predstavujú'],
    showing: [],
    or: ['alebo'],
    pointing: ['tento', 'táto', 'toto', 'tieto', 'tejto', 'tomto', 'tomuto', 'tomu'],
    pronouns: ['to', 'ho', 'ju', 'on', 'ona', 'ono'],
    understood: [
      ['pod', 'sa rozumie'],
      ['pod', 'rozumieme'],
    ],
    that: ['že'],
    meaning: [],
    relative: [
      'ktorý',
      'ktorá',
      'ktoré',
      'ktorí',
      'ktorého',
      'ktorej',
      'ktorú',
      'ktorým',
      'ktorou',
    ],
    what: ['čo'],
    when: ['keď', 'ak'],
    soCalled: ['tzv.', 'takzvaný', 'takzvaná', 'takzvané'],
    soCalledAfter: [],
    not: ['nie'],
    but: ['ale', 'lež'],
    impersonal: [],
    at: [],
    locativeAt: [['pri', 'ide o']],
    locativeNaming: ['hovoríme o'],
    again: ['je to'],
    consisting: ['spočíva v', 'spočívajú v'],
    ranking: ['najčastejšie', 'najviac', 'najmenej'],
  },
  tr: {
    before: [],
    after: [
      'da denir',
      'de denir',
      'denir',
      'deniyor',
      'adı verilir',
      'adı veriliyor',
      'olarak adlandırılır',
    ],
    synonym: ['diğer adıyla', 'kısaca', 'yani'],
    explain: ['yani'],
    apposition: [],
    genitive: [],
    defining: [],
    showing: [],
    or: ['veya', 'ya da'],
    pointing: ['bu', 'buna', 'bunlara'],
    pronouns: ['bu', 'bunu', 'o', 'onu'],
    understood: [],
    that: [],
    meaning: [],
    relative: [],
    what: [],
    when: [],
    soCalled: [],
    soCalledAfter: ['adı verilen', 'denilen'],
    not: [],
    but: [],
    impersonal: [],
    at: [],
    locativeAt: [],
    locativeNaming: [],
    again: [],
    consisting: [],
    ranking: [],
  },
};

const NAMING_RE = new Map(
  Object.entries(NAMING).map(([lang, words]) => {
    const list = (phrases: readonly string[]) =>
      [...phrases]
        .sort((a, b) => b.length - a.length)
        .map(escapeRegExp)
        .join('|');
    return [
      lang,
      {
        before:
          words.before.length > 0
            ? new RegExp(`\\s(?:${list(words.before)})\\s+`, 'iu')
            : undefined,
        after:
          words.after.length > 0
            ? new RegExp(`\\s(?:${list(words.after)})(?=[\\s.,;!]|$)`, 'iu')
            : undefined,
        synonym: new RegExp(`^(?:${list(words.synonym)})\\s+`, 'iu'),
        explain: new RegExp(`^(?:${list(words.explain)})\\s+`, 'iu'),
        // "betyder, at …", "bedeutet, dass …": the verb may stand before a comma.
        defining:
          words.defining.length > 0
            ? new RegExp(`^(?:${list(words.defining)}),?\\s+`, 'iu')
            : undefined,
        notBut:
          words.not.length > 0
            ? new RegExp(
                `^(?:${list(words.not)})\\s+[^,.;]{2,60}?,?\\s+(?:${list(words.but)})\\s+(\\S.*)$`,
                'iu',
              )
            : undefined,
        locativeAt: words.locativeAt.map(
          ([opening, phrase]) =>
            new RegExp(
              `^${escapeRegExp(opening)}\\s+([^,;:]{2,60}?)\\s+${escapeRegExp(phrase)}\\s+(\\S.*)$`,
              'iu',
            ),
        ),
        locativeNaming:
          words.locativeNaming.length > 0
            ? new RegExp(
                `^(.+?),?\\s+(?:${list(words.locativeNaming)})\\s+([^,;:.!?]{2,60})[.!?]?$`,
                'iu',
              )
            : undefined,
        consisting:
          words.consisting.length > 0
            ? new RegExp(`^(?:${list(words.consisting)})\\s+`, 'iu')
            : undefined,
        again:
          words.again.length > 0
            ? new RegExp(`^(?:${list(words.again)})\\s+(\\S.*)$`, 'iu')
            : undefined,
        understood: words.understood.map(
          ([opening, phrase]) =>
            new RegExp(
              `^${escapeRegExp(opening)}\\s+(.{2,60}?),?\\s+${escapeRegExp(phrase)}\\s+(\\S.*)$`,
              'iu',
            ),
        ),
      },
    ];
  }),
);

/**
 * Where `sentence` names a term with a phrase of `lang`: the text before the phrase, the phrase
 * and the text after it; `side` says on which side the term stands.
 *
 * @example
 * findNaming('Arbejde i hjemlandet kaldes onshoring.', 'da')
 * // { side: 'after', before: 'Arbejde i hjemlandet', after: 'onshoring.' }
 */
export function findNaming(
  sentence: string,
  lang: string,
): { side: 'before' | 'after'; before: string; after: string } | undefined {
  const patterns = NAMING_RE.get(lang);
  if (!patterns) return undefined;
  // "… is called X" puts the term after the phrase; "… X denir" puts it before.
  for (const [side, pattern] of [
    ['after', patterns.before],
    ['before', patterns.after],
  ] as const) {
    const match = pattern?.exec(sentence);
    if (match) {
      return {
        side,
        before: sentence.slice(0, match.index),
        after: sentence.slice(match.index + match[0].length),
      };
    }
  }
  return undefined;
}

/**
 * The right name after "not X, but" in `lang` ("ikke outsourcing, men derimod udlicitering." →
 * "udlicitering."), or `after` itself when it starts with no negation.
 *
 * @example
 * afterNotBut('ikke outsourcing, men derimod udlicitering.', 'da') // 'udlicitering.'
 */
export function afterNotBut(after: string, lang: string): string {
  return NAMING_RE.get(lang)?.notBut?.exec(after)?.[1] ?? after;
}

/** Whether the first word of `text` is one of `words`. */
function opensWith(text: string, words: readonly string[] = []): boolean {
  return words.includes((/^\p{L}+/u.exec(text)?.[0] ?? '').toLowerCase());
}

/**
 * Whether `predicate` is the "that" clause of "X betyder, at …" / "X bedeutet, dass …", which
 * says what X means.
 *
 * @example
 * opensThatClause('at en virksomhed lader andre stå for det', 'da') // true
 */
export function opensThatClause(predicate: string, lang: string): boolean {
  return opensWith(predicate, NAMING[lang]?.that);
}

/**
 * Whether the defining verb `verb` of `lang` takes a "that" clause saying what the term means
 * without a comma ("means that …").
 *
 * @example
 * isMeaningVerb('means', 'en') // true
 */
export function isMeaningVerb(verb: string, lang: string): boolean {
  return (NAMING[lang]?.meaning ?? []).includes(verb.toLowerCase());
}

/** The most words of a name a so-called phrase points out. */
const MAX_SO_CALLED_WORDS = 3;
const NAME = String.raw`[\p{L}\p{N}][\p{L}\p{N}'’-]*`;

/**
 * A so-called phrase's pattern, with the phrase alone under the same flags: a text the phrase
 * does not occur in is not searched with the pattern, whose name before the phrase ("royalty adı
 * verilen") is tried at every letter of the text.
 */
interface SoCalledPattern {
  phrase: RegExp;
  pattern: RegExp;
}

function soCalledPattern(phrase: string, source: string): SoCalledPattern {
  return { phrase: new RegExp(escapeRegExp(phrase), 'iu'), pattern: new RegExp(source, 'giu') };
}

/** Per language, the patterns whose first group holds the name a so-called phrase points out. */
const SO_CALLED_RE = new Map(
  Object.entries(NAMING).map(([lang, words]) => [
    lang,
    [
      ...words.soCalled.map((phrase) =>
        soCalledPattern(
          phrase,
          `(?<!\\p{L})${escapeRegExp(phrase)}\\s+(${NAME}(?:\\s+${NAME}){0,${String(MAX_SO_CALLED_WORDS - 1)}})`,
        ),
      ),
      ...words.soCalledAfter.map((phrase) =>
        soCalledPattern(phrase, `(?<!\\p{L})(${NAME})\\s+${escapeRegExp(phrase)}(?!\\p{L})`),
      ),
    ],
  ]),
);

/**
 * The names the writer points out in `text` ("a so-called transfer price" → "transfer price",
 * "royalty adı verilen bir pay" → "royalty"), folded: up to three words after the phrase, up to
 * punctuation or a function word, or the one word before a Turkish phrase.
 *
 * @example
 * soCalledTerms('Der Factor verlangt die sogenannte Factoringgebühr, sowie Zinsen.', 'de')
 * // ['factoringgebuhr']
 */
export function soCalledTerms(text: string, lang: string): string[] {
  const found: string[] = [];
  for (const { phrase, pattern } of SO_CALLED_RE.get(lang) ?? []) {
    if (!phrase.test(text)) continue;
    for (const match of text.matchAll(pattern)) {
      const words = foldForCompare(match[1] ?? '').split(/\s+/u);
      const end = words.findIndex((word) => isFunctionWord(word, lang));
      const name = (end < 0 ? words : words.slice(0, end)).join(' ');
      if (/\p{L}/u.test(name)) found.push(name);
    }
  }
  return found;
}

/**
 * Whether `clause` opens with a condition word of `lang` ("når", "wenn", "when").
 *
 * @example
 * opensCondition('når aktien sælges til en lavere kurs', 'da') // true
 */
export function opensCondition(clause: string, lang: string): boolean {
  return opensWith(clause, NAMING[lang]?.when);
}

/**
 * Whether `predicate` is the "what" clause of "X represents what …" / "X er, hvad …", which
 * says what X is.
 *
 * @example
 * opensWhatClause('what the company owns', 'en') // true
 */
export function opensWhatClause(predicate: string, lang: string): boolean {
  return opensWith(predicate, NAMING[lang]?.what);
}

/** The relative pronouns of each language, folded as the words compared with them are. */
const RELATIVES = new Map(
  Object.entries(NAMING).map(([lang, words]) => [
    lang,
    new Set(words.relative.map(foldForCompare)),
  ]),
);

/**
 * Whether `word` is the impersonal subject of `lang` ("man").
 *
 * @example
 * isImpersonal('Man', 'de') // true
 */
export function isImpersonal(word: string, lang: string): boolean {
  return opensWith(word, NAMING[lang]?.impersonal);
}

/**
 * Whether `word` is a contracted preposition of `lang` that opens a sentence about the kind of
 * thing named after it ("Beim").
 *
 * @example
 * isAtWord('Beim', 'de') // true
 */
export function isAtWord(word: string, lang: string): boolean {
  return opensWith(word, NAMING[lang]?.at);
}

/**
 * Whether `text` ends with the negation of `lang` ("… a zhodnotenie nie" before "je").
 *
 * @example
 * endsNegated('Investičné riziko nesie poistník a zhodnotenie nie', 'sk') // true
 */
export function endsNegated(text: string, lang: string): boolean {
  const last = foldForCompare(text.match(/\p{L}+$/u)?.[0] ?? '');
  return NAMING[lang]?.not.some((word) => foldForCompare(word) === last) ?? false;
}

/**
 * Whether `word` opens a relative clause in `lang` ("that", "der", "ktorý").
 *
 * @example
 * isRelativeWord('ktorý', 'sk') // true
 */
export function isRelativeWord(word: string, lang: string): boolean {
  return RELATIVES.get(lang)?.has(foldForCompare(word)) ?? false;
}

/**
 * Whether a relative clause in `predicate` opens with a superlative of `lang`, ranking the
 * subject among others ("det land i Nordeuropa, der oftest anvender outsourcing").
 *
 * @example
 * ranksAmongOthers('det land i Nordeuropa, der oftest anvender outsourcing', 'da') // true
 */
export function ranksAmongOthers(predicate: string, lang: string): boolean {
  const ranking = NAMING[lang]?.ranking ?? [];
  const words = predicate.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.some((word, index) => {
    if (!isRelativeWord(word, lang)) return false;
    const after = ` ${words.slice(index + 1, index + 3).join(' ')} `;
    return ranking.some((phrase) => after.startsWith(` ${phrase} `));
  });
}

/**
 * The term and the definition of "Unter X versteht man Y", "Ved X forstås Y", "Pod X sa rozumie
 * Y" in `lang`, if `sentence` has that shape.
 *
 * @example
 * understoodAs('Unter Outsourcing versteht man die Auslagerung von Leistungen.', 'de')
 * // { term: 'Outsourcing', back: 'die Auslagerung von Leistungen.' }
 */
export function understoodAs(
  sentence: string,
  lang: string,
): { term: string; back: string } | undefined {
  for (const pattern of NAMING_RE.get(lang)?.understood ?? []) {
    const match = pattern.exec(sentence);
    if (match) return { term: match[1] ?? '', back: match[2] ?? '' };
  }
  return undefined;
}

/**
 * The name a sentence of `lang` writes in the locative and what the sentence says of it: "Pri
 * finančnom leasingu ide o dlhodobý prenájom." (the predicate after the name), "Ak sa prepočíta
 * v stálych cenách, hovoríme o reálnom HDP." (the clause before the name).
 *
 * @example
 * locativeName('Pri finančnom leasingu ide o dlhodobý prenájom.', 'sk')
 * // { name: 'finančnom leasingu', back: 'dlhodobý prenájom.' }
 */
export function locativeName(
  sentence: string,
  lang: string,
): { name: string; back: string } | undefined {
  const patterns = NAMING_RE.get(lang);
  for (const pattern of patterns?.locativeAt ?? []) {
    const match = pattern.exec(sentence);
    if (match) return { name: match[1] ?? '', back: match[2] ?? '' };
  }
  const match = patterns?.locativeNaming?.exec(sentence);
  return match ? { name: match[2] ?? '', back: match[1] ?? '' } : undefined;
}

/**
 * What a sentence of `lang` opening with a pronoun and its copula says once more of what the
 * sentence before defined ("It is a measure of …" → "a measure of …"), if it opens so.
 *
 * @example
 * describedAgain('Je to spoločnosť, ktorej základné imanie tvoria vklady.', 'sk')
 * // 'spoločnosť, ktorej základné imanie tvoria vklady.'
 */
export function describedAgain(sentence: string, lang: string): string | undefined {
  return NAMING_RE.get(lang)?.again?.exec(sentence)?.[1];
}

/**
 * The phrase an explaining apposition starts with ("also", "teda"), if any, in `lang`.
 *
 * @example
 * explainPhrase('also die Zeit bis zur Rückzahlung', 'de') // 'also'
 */
export function explainPhrase(apposition: string, lang: string): string | undefined {
  return NAMING_RE.get(lang)?.explain.exec(apposition)?.[0].trim();
}

/**
 * Whether an apposition opens with a definite article of `lang`, or a name's genitive, that
 * makes it describe the term before it ("the first point of contact for …").
 *
 * @example
 * opensDescribingApposition('den detaljerede beskrivelse af konceptet', 'da') // true
 */
export function opensDescribingApposition(apposition: string, lang: string): boolean {
  if (opensWith(apposition, NAMING[lang]?.apposition)) return true;
  // A name's genitive and a noun in lower case: "Skattestyrelsens register over …".
  const [name = '', noun = ''] = apposition.split(/\s+/u);
  return (
    /^\p{Lu}/u.test(name) &&
    /^\p{Ll}/u.test(noun) &&
    (NAMING[lang]?.genitive ?? []).some((ending) => name.endsWith(ending))
  );
}

/**
 * The synonym phrase an apposition starts with ("also known as"), if any, in `lang`.
 *
 * @example
 * synonymPhrase('også kaldet boligobligationer', 'da') // 'også kaldet'
 */
export function synonymPhrase(apposition: string, lang: string): string | undefined {
  return NAMING_RE.get(lang)?.synonym.exec(apposition)?.[0].trim();
}

/**
 * The defining verb `text` starts with in `lang` ("is", "znamená"), if any.
 *
 * @example
 * definingVerb('er en metode', 'da') // 'er'
 */
export function definingVerb(text: string, lang: string): string | undefined {
  return NAMING_RE.get(lang)?.defining?.exec(text)?.[0].trim();
}

/**
 * The verb `text` starts with in `lang` that says what a term consists of ("spočíva v"), if any.
 *
 * @example
 * consistingVerb('spočíva v pravdepodobnosti, že …', 'sk') // 'spočíva v'
 */
export function consistingVerb(text: string, lang: string): string | undefined {
  return NAMING_RE.get(lang)?.consisting?.exec(text)?.[0].trim();
}

/**
 * Whether a word is a verb with which a relative clause says what a term shows ("viser").
 *
 * @example
 * isShowingVerb('viser', 'da') // true
 */
export function isShowingVerb(word: string, lang: string): boolean {
  return (NAMING[lang]?.showing ?? []).includes(word.toLowerCase());
}

/**
 * The names of one thing in `phrase`, split at the word of `lang` for "or": "price/earnings
 * eller P/E" → ["price/earnings", "P/E"].
 *
 * @example
 * alternativeNames('price/earnings eller P/E', 'da') // ['price/earnings', 'P/E']
 */
export function alternativeNames(phrase: string, lang: string): string[] {
  const words = NAMING[lang]?.or ?? [];
  if (words.length === 0) return [phrase];
  const split = new RegExp(`\\s+(?:${words.map(escapeRegExp).join('|')})\\s+`, 'iu');
  return phrase.split(split);
}

/**
 * Whether `word` is the word of `lang` for "or" between two names ("veya", "eller").
 *
 * @example
 * isOrWord('veya', 'tr') // true
 */
export function isOrWord(word: string, lang: string): boolean {
  return (NAMING[lang]?.or ?? []).includes(word.toLowerCase());
}

/**
 * Whether `word` is a demonstrative that points back to what was said ("dieser", "buna").
 *
 * @example
 * isPointingWord('buna', 'tr') // true
 */
export function isPointingWord(word: string, lang: string): boolean {
  return (NAMING[lang]?.pointing ?? []).includes(word.toLowerCase());
}

/**
 * Whether a word is a pronoun standing for a question's subject ("sie" in "Wie hoch ist sie?").
 *
 * @example
 * isSubjectPronoun('det', 'da') // true
 */
export function isSubjectPronoun(word: string, lang: string): boolean {
  return (NAMING[lang]?.pronouns ?? []).includes(word.toLowerCase());
}

/**
 * Whether `back` only points to the sentence before ("Dieser Grundsatz", "This principle"): a
 * demonstrative and a word or two, which say nothing on their own.
 *
 * @example
 * pointsBack('Dieser Grundsatz', 'de') // true
 */
export function pointsBack(back: string, lang: string): boolean {
  const words = back.toLowerCase().match(/\p{L}+/gu) ?? [];
  return words.length <= 3 && (NAMING[lang]?.pointing ?? []).includes(words[0] ?? '');
}

/**
 * Subjects that are really the predicate of an inverted sentence, per language: Slovak puts the
 * predicate noun in the instrumental case first ("Najbežnejšou formou sporenia je termínovaný
 * vklad" — the most common form of saving IS a term deposit), so "X je Y" there does not define X.
 */
const INVERTED_SUBJECT: Readonly<Record<string, RegExp>> = {
  sk: /^\p{L}+(?:ou|ím|ým)\s+\p{L}+(?:ou|om)(?:\s|$)/iu,
};

/**
 * Whether `subject`, before a defining verb, is an inverted predicate rather than a term.
 *
 * @example
 * isInvertedSubject('Najbežnejšou formou sporenia', 'sk') // true
 * isInvertedSubject('Daň z príjmov', 'sk') // false
 */
export function isInvertedSubject(subject: string, lang: string): boolean {
  return INVERTED_SUBJECT[lang]?.test(subject) ?? false;
}
