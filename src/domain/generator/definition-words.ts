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
