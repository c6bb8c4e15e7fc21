/**
 * The phrases with which articles define a term, per language, for the definition extractors:
 * what stands before a quoted term ("known as", "betragtes som", "sa nazýva"), what follows it
 * (Turkish and German put the verb after: "… olarak kabul edilir", "… genannt") and the verbs
 * that link a term to its definition ("is", "je", "znamená", "bedeutet"). All phrases are matched
 * on folded text (lower case, no diacritics).
 */
import { escapeRegExp, foldForCompare } from './text.ts';

function alternation(phrases: readonly string[]): string {
  return [...new Set(phrases.map(foldForCompare))]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
}

const BEFORE_QUOTE = [
  'called',
  'termed',
  'dubbed',
  'named',
  'known as',
  'referred to as',
  'considered',
  'considered to be',
  'regarded as',
  'defined as',
  'described as',
  'so-called',
  'betragtes som',
  'anses som',
  'anses for',
  'omtales som',
  'omtales ofte som',
  'kendt som',
  'kaldet',
  'kaldes',
  'benævnes',
  'defineres som',
  'såkaldt',
  'såkaldte',
  'kalt',
  'kalles',
  'kjent som',
  'betraktes som',
  'kallas',
  'kallad',
  'känd som',
  'betraktas som',
  'genannt',
  'sogenannte',
  'sogenannten',
  'sogenannter',
  'so genannte',
  'so genannten',
  'bekannt als',
  'bezeichnet als',
  'gilt als',
  'gelten als',
  'heißt',
  'nennt man',
  'spricht man von',
  'sa nazýva',
  'sa označuje ako',
  'nazývaný',
  'nazývaná',
  'nazývané',
  'nazývame',
  'označovaný ako',
  'označovaná ako',
  'označované ako',
  'známy ako',
  'známa ako',
  'známe ako',
  'považuje za',
  'považovaný za',
  'považovaná za',
  'takzvaný',
  'takzvaná',
  'takzvané',
  'tzv.',
  'se nazývá',
  'nazývá',
  'označován jako',
  'označována jako',
  'známý jako',
  'známá jako',
  'považován za',
  'považována za',
  'appelé',
  'appelée',
  'connu sous le nom de',
  'qualifié de',
  'dénommé',
  'considéré comme',
  'llamado',
  'llamada',
  'conocido como',
  'conocida como',
  'denominado',
  'denominada',
  'se denomina',
  'chiamato',
  'chiamata',
  'noto come',
  'nota come',
  'chamado',
  'chamada',
  'conhecido como',
  'conhecida como',
  'genoemd',
  'bekend als',
  'beschouwd als',
  'zogenaamde',
  'nazywany',
  'nazywana',
  'zwany',
  'zwana',
  'znany jako',
  'znana jako',
  'określany jako',
];

const AFTER_QUOTE = [
  'olarak kabul edilir',
  'olarak kabul edilecektir',
  'olarak kabul ediliyor',
  'olarak bilinen',
  'olarak bilinir',
  'olarak adlandırılır',
  'olarak adlandırılan',
  'olarak anılır',
  'olarak anılan',
  'olarak tanımlanır',
  'olarak nitelendirilir',
  'olarak değerlendirilir',
  'denir',
  'denilir',
  'deniyor',
  'denilen',
  'denmektedir',
  'adı verilir',
  'adı verilen',
  'diye adlandırılır',
  'diye bilinen',
  'genannt',
  'bezeichnet',
  'betrachtet',
  'angesehen',
  'sa nazýva',
  'se nazývá',
  'kaldes',
  'kallas',
  'kalles',
];

/** Verbs that make a sentence-initial term its subject: `"X" is …`, `"X" je …`. */
const SUBJECT_VERBS = [
  'is',
  'are',
  'means',
  'refers to',
  'describes',
  'stands for',
  'ist',
  'sind',
  'bedeutet',
  'bezeichnet',
  'steht für',
  'er',
  'betyder',
  'refererer til',
  'henviser til',
  'betyr',
  'är',
  'je',
  'sú',
  'jsou',
  'znamená',
  'označuje',
  'predstavuje',
  'představuje',
  'est',
  'désigne',
  'signifie',
  'es',
  'significa',
  'se refiere a',
  'è',
  'indica',
  'é',
  'jest',
  'oznacza',
  'betekent',
  'verwijst naar',
];

/** Copulas carry no meaning of their own: "BPO je podnik" defines BPO as "podnik". */
const COPULAS = [
  'is',
  'are',
  'ist',
  'sind',
  'er',
  'är',
  'je',
  'sú',
  'jsou',
  'est',
  'es',
  'è',
  'é',
  'jest',
  'zijn',
];

const BEFORE_RE = new RegExp(`(?:^|[^\\p{L}])(?:${alternation(BEFORE_QUOTE)})\\s*$`, 'u');
const AFTER_RE = new RegExp(`^[\\s,]*(?:${alternation(AFTER_QUOTE)})(?![\\p{L}])`, 'u');
const SUBJECT_RE = new RegExp(`^[\\s,]*(?:${alternation(SUBJECT_VERBS)})(?![\\p{L}])`, 'u');
const COPULA_RE = new RegExp(`^(?:${COPULAS.map(escapeRegExp).join('|')})\\s+`, 'iu');

/**
 * Whether the text right before a quoted term introduces it as a name ("… known as").
 *
 * @example
 * introducesTerm('BPO betragtes som ') // true
 */
export function introducesTerm(before: string): boolean {
  return BEFORE_RE.test(foldForCompare(before.slice(-60)));
}

/**
 * Whether the text right after a quoted term names it ("… olarak kabul edilir", "… denir").
 *
 * @example
 * namesTermAfter(' olarak kabul edilir.') // true
 */
export function namesTermAfter(after: string): boolean {
  return AFTER_RE.test(foldForCompare(after.slice(0, 60)));
}

/**
 * Whether the text after a sentence-initial term defines it ("… is", "… znamená").
 *
 * @example
 * definesSubject(' je nebeské teleso') // true
 */
export function definesSubject(after: string): boolean {
  return SUBJECT_RE.test(foldForCompare(after.slice(0, 40)));
}

/**
 * Drops a leading copula: "je podnik, ktorý …" → "podnik, ktorý …".
 *
 * @example
 * dropCopula('is the outsourcing of work') // 'the outsourcing of work'
 */
export function dropCopula(text: string): string {
  return text.replace(COPULA_RE, '');
}

/**
 * How body sentences name a term, per language: the phrase before the term ("… is called X"),
 * the phrase after it ("… X denir", "wird X genannt"), and the apposition that gives a synonym
 * ("X, also known as Y, …"). Matched case-insensitively on the sentence itself.
 */
interface NamingWords {
  before: readonly string[];
  after: readonly string[];
  synonym: readonly string[];
  /** An apposition that explains the term: "Die Laufzeit, also die Zeit bis …, …". */
  explain: readonly string[];
  /** Verbs after a sentence-initial term that define it: "X is …", "X znamená …". */
  defining: readonly string[];
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
    synonym: ['also known as', 'also called', 'also referred to as', 'or'],
    explain: ['i.e.', 'that is', 'meaning'],
    defining: ['is', 'are', 'means', 'refers to', 'stands for'],
  },
  da: {
    before: ['kaldes det', 'kaldes', 'taler man om', 'betegnes som', 'omtales som', 'kaldes for'],
    after: [],
    synonym: ['også kaldet', 'også kendt som', 'også benævnt'],
    explain: ['altså', 'dvs.', 'det vil sige'],
    defining: ['er', 'betyder', 'refererer til', 'henviser til'],
  },
  de: {
    before: ['spricht man von', 'nennt man', 'heißt', 'heißen', 'bezeichnet man als'],
    after: ['genannt', 'bezeichnet'],
    synonym: ['auch', 'auch als', 'oder'],
    explain: ['also', 'd. h.', 'das heißt'],
    defining: ['ist', 'sind', 'bedeutet', 'bezeichnet', 'steht für'],
  },
  sk: {
    before: ['sa nazýva', 'sa nazývajú', 'sa označuje ako', 'sa označujú ako', 'nazývame'],
    after: [],
    synonym: ['tiež nazývaný', 'tiež nazývaná', 'tiež známy ako', 'známa aj ako', 'alebo'],
    explain: ['teda', 't. j.', 'čiže'],
    defining: ['je', 'sú', 'znamená', 'označuje', 'predstavuje'],
  },
  tr: {
    before: [],
    after: ['da denir', 'de denir', 'denir', 'adı verilir', 'olarak adlandırılır'],
    synonym: ['diğer adıyla', 'yani'],
    explain: ['yani'],
    defining: [],
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
        defining:
          words.defining.length > 0
            ? new RegExp(`^(?:${list(words.defining)})\\s+`, 'iu')
            : undefined,
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
 * The phrase an explaining apposition starts with ("also", "teda"), if any, in `lang`.
 *
 * @example
 * explainPhrase('also die Zeit bis zur Rückzahlung', 'de') // 'also'
 */
export function explainPhrase(apposition: string, lang: string): string | undefined {
  return NAMING_RE.get(lang)?.explain.exec(apposition)?.[0].trim();
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
