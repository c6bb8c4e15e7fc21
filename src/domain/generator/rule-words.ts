/**
 * The words of a rule a document states about its subject, one table per language: what a rule
 * makes a thing ("voluntary", "fradragsberettiget", "steuerfrei", "dlhodobý"), the verbs that
 * link a subject to it ("is", "er", "ist", "je", "ide o") and the negations that turn it into
 * its opposite ("not", "ikke", "nicht", "nie"). The rule word is what a learner must recall:
 * "Renten på restskat er ikke fradragsberettiget" asks "ikke fradragsberettiget". So is a right a
 * rule denies ("nárok", "Anspruch" after "nemajú", "kein"). Entries are
 * folded once at load time; inflected forms are listed where the language inflects the word.
 * Turkish glues the copula to the rule word, which ends its clause ("ödemek zorunda değildir",
 * "amortismana tabidir").
 */
import { foldedTables, phrases, words } from './term-words.ts';
import { BLANK, escapeRegExp, foldForCompare } from './text.ts';

interface RuleWordTable {
  /** Verbs (or verb phrases) that link a subject to what it is: "is", "bleibt", "ide o". */
  copulas: readonly string[];
  /** Negations before a rule word: "not deductible", "ikke fradragsberettiget". */
  negations: readonly string[];
  /** What a rule makes a thing: voluntary or mandatory, taxed or free of tax, long or short. */
  rules: readonly string[];
  /**
   * Endings of an infinitive, which a rule word beside it governs: in "Spoločnosť je povinná
   * vytvárať aj rezervný fond" (Turkish "… e-faturaya geçmek zorundadır") the rule is what the
   * company must do, not that it must; only "need not" ("ödemek zorunda değildir") is the rule.
   */
  infinitives: readonly string[];
  /** What a rule grants a person: "right", "nárok", "Anspruch". */
  rights: readonly string[];
  /**
   * Words or two-word phrases that deny the right after them, a negated "have" or a negative
   * article: "have no right", "nemajú právny nárok", "kein Anspruch" (a bare "no" denies as
   * often a right as it says there is no right answer).
   */
  lacks: readonly string[];
  /**
   * Endings that glue the copula to a rule word where the language does so: Turkish
   * "zorunlu-dur", "muaf-tır" (the rule word then ends its clause, with no copula before it).
   */
  copulaEndings: readonly string[];
  /** Rule words that take the word before them as their object: "amortismana tabidir". */
  objects: readonly string[];
  /**
   * Predicates that deny a thing counts towards what the sentence is about: "Faste omkostninger
   * … regnes ikke med", "are not counted". The thing is the sentence's subject; the rule is
   * what a learner must recall about it.
   */
  uncounted: readonly string[];
  /**
   * Endings of a verb with its negation inside it, where the language puts it there: Turkish
   * "sayıl-maz", "kes-mez" ("Konut kiralarında kiracı stopaj kesmez"). With the noun before it
   * ("stopaj kesmez", "mevduat sayılmaz") it is the rule, as "amortismana tabidir" is.
   */
  negatedVerbEndings: readonly string[];
  /**
   * Words that oblige the subject to the action after them, where the language marks an
   * infinitive ("infinitives"): "Spoločnosť je povinná vytvárať aj rezervný fond", "PN musí
   * potvrdiť ošetrujúci lekár". What the action names is what a learner must recall.
   */
  duties: readonly string[];
  /** Particles between an obligation's action and what it names: "vytvárať aj rezervný fond". */
  dutyParticles: readonly string[];
  /**
   * Negated modal verbs, which free the subject of the action beside them or forbid it, an
   * infinitive before or after: "priznanie podávať nemusí", "ho netreba dojednávať", "exekútor
   * postihnúť nemôže" (as Turkish "ödemek zorunda değildir").
   */
  negatedModals: readonly string[];
}

const TABLES: Readonly<Record<string, RuleWordTable>> = {
  en: {
    copulas: phrases('is, are, was, were, remains, remain'),
    negations: words('not never'),
    rules: words(`
      voluntary mandatory compulsory optional deductible tax-deductible tax-free tax-exempt
      taxable exempt binding non-binding revolving long-term short-term refundable
      non-refundable irrevocable transferable non-transferable
    `),
    infinitives: words(''),
    rights: words('right claim entitlement'),
    lacks: phrases('have no, has no, had no'),
    copulaEndings: words(''),
    objects: words(''),
    uncounted: phrases('does not count, do not count, is not counted, are not counted'),
    negatedVerbEndings: words(''),
    duties: words(''),
    dutyParticles: words(''),
    negatedModals: words(''),
  },
  da: {
    copulas: phrases('er, var, bliver, forbliver'),
    negations: words('ikke aldrig'),
    rules: words(`
      frivillig frivilligt frivillige obligatorisk obligatoriske valgfri valgfrit valgfrie
      lovpligtig lovpligtigt lovpligtige skattefri skattefrit skattefrie skattepligtig
      skattepligtigt skattepligtige fradragsberettiget fradragsberettigede bindende
      revolverende langfristet langfristede kortfristet kortfristede uopsigelig uopsigeligt
    `),
    infinitives: words(''),
    // "Indbetalinger giver ikke fradrag": a deduction or a tax exemption is what a rule grants.
    rights: words('ret krav fradrag skattefrihed'),
    lacks: phrases('har ingen, har ikke, giver ikke, giver ingen'),
    copulaEndings: words(''),
    objects: words(''),
    uncounted: phrases('tæller ikke med, tælles ikke med, regnes ikke med, medregnes ikke'),
    negatedVerbEndings: words(''),
    duties: words(''),
    dutyParticles: words(''),
    negatedModals: words(''),
  },
  de: {
    copulas: phrases('ist, sind, war, waren, bleibt, bleiben'),
    negations: words('nicht nie'),
    rules: words(`
      freiwillig verpflichtend steuerfrei steuerpflichtig abzugsfähig absetzbar
      förderberechtigt verbindlich unverbindlich revolvierend langfristig kurzfristig kündbar
      unkündbar befristet unbefristet pfändbar unpfändbar übertragbar beitragsfrei
      sozialversicherungsfrei sozialversicherungspflichtig versicherungspflichtig
    `),
    infinitives: words(''),
    rights: words('anspruch recht'),
    lacks: phrases('kein, keine, keinen'),
    copulaEndings: words(''),
    objects: words(''),
    uncounted: phrases(''),
    negatedVerbEndings: words(''),
    duties: words(''),
    dutyParticles: words(''),
    negatedModals: words(''),
  },
  sk: {
    // "ide o" (it is a matter of): "Pri finančnom leasingu ide o dlhodobý prenájom."
    copulas: phrases('je, sú, bol, bola, bolo, boli, zostáva, zostávajú, ide o'),
    negations: words('nie'),
    rules: words(`
      dobrovoľný dobrovoľná dobrovoľné dobrovoľní povinný povinná povinné povinní nepovinný
      nepovinná nepovinné dlhodobý dlhodobá dlhodobé krátkodobý krátkodobá krátkodobé záväzný
      záväzná záväzné nezáväzný nezáväzná nezáväzné oslobodený oslobodená oslobodené
      oslobodení zdaniteľný zdaniteľná zdaniteľné nezdaniteľný nezdaniteľná nezdaniteľné
      revolvingový revolvingová revolvingové
    `),
    infinitives: words('ť'),
    rights: words('nárok právo'),
    // "nárok nezakladajú": the right may stand before the verb that denies it.
    lacks: phrases(`
      nemá, nemajú, nemáte, nemáme, nemám, nemal, nemala, nemali, nezakladá, nezakladajú
    `),
    copulaEndings: words(''),
    objects: words(''),
    uncounted: phrases(''),
    negatedVerbEndings: words(''),
    duties: words('musí musia musíte musíme musím povinný povinná povinné povinní'),
    dutyParticles: words('aj'),
    negatedModals: words(`
      nemusí nemusia nemusíte nemusíme nemusím netreba nemôže nemôžu nemôžete nesmie nesmú
      nesmiete nemožno
    `),
  },
  tr: {
    copulas: phrases(''),
    // After the rule word: "ödemek zorunda değildir" (is not obliged to pay).
    negations: words('değildir'),
    rules: words('zorunlu zorunda muaf tabi ihtiyari bağlayıcı'),
    infinitives: words('mek mak'),
    rights: words(''),
    lacks: words(''),
    copulaEndings: words('dır dir dur dür tır tir tur tür'),
    objects: words('tabi muaf'),
    uncounted: phrases(''),
    negatedVerbEndings: words('maz mez'),
    duties: words(''),
    dutyParticles: words(''),
    negatedModals: words(''),
  },
};

function foldedPerLanguage(
  pick: (table: RuleWordTable) => readonly string[],
): Map<string, ReadonlySet<string>> {
  return foldedTables(TABLES, pick);
}

const COPULAS = foldedPerLanguage((table) => table.copulas);
const NEGATIONS = foldedPerLanguage((table) => table.negations);
const RULES = foldedPerLanguage((table) => table.rules);
const RIGHTS = foldedPerLanguage((table) => table.rights);
const LACKS = foldedPerLanguage((table) => table.lacks);
const OBJECTS = foldedPerLanguage((table) => table.objects);
const UNCOUNTED = foldedPerLanguage((table) => table.uncounted);
const DUTIES = foldedPerLanguage((table) => table.duties);
const DUTY_PARTICLES = foldedPerLanguage((table) => table.dutyParticles);
const NEGATED_MODALS = foldedPerLanguage((table) => table.negatedModals);
const NEGATED_VERB_ENDINGS = new Map(
  Object.entries(TABLES).map(([lang, table]) => [
    lang,
    table.negatedVerbEndings.map(foldForCompare),
  ]),
);
const COPULA_ENDINGS = new Map(
  Object.entries(TABLES).map(([lang, table]) => [lang, table.copulaEndings.map(foldForCompare)]),
);
/** Not folded: folding makes the Slovak "-ť" a "-t" many other words end with. */
const INFINITIVES = new Map(
  Object.entries(TABLES).map(([lang, table]) => [lang, table.infinitives]),
);

/**
 * Whether a (folded) word is a rule word of `lang` ("voluntary", "skattefri"); a language
 * without a table has none.
 *
 * @example
 * isRuleWord('fradragsberettiget', 'da') // true
 */
export function isRuleWord(word: string, lang: string): boolean {
  return RULES.get(lang)?.has(word) ?? false;
}

/**
 * Whether a (folded) word is a rule word with the copula glued to it in `lang` (Turkish
 * "zorunludur", "tabidir").
 *
 * @example
 * isGluedRule('zorunludur', 'tr') // true
 * isGluedRule('zorunlu', 'tr') // false
 */
export function isGluedRule(word: string, lang: string): boolean {
  return (COPULA_ENDINGS.get(lang) ?? []).some(
    (ending) => word.endsWith(ending) && isRuleWord(word.slice(0, -ending.length), lang),
  );
}

/**
 * Whether a (folded) rule word, bare or with its copula, takes the word before it as its object
 * in `lang` ("amortismana tabidir").
 *
 * @example
 * takesObject('tabidir', 'tr') // true
 */
export function takesObject(word: string, lang: string): boolean {
  return [...(OBJECTS.get(lang) ?? [])].some((rule) => word.startsWith(rule));
}

/**
 * Whether a (folded) word or two-word phrase links a subject to what it is in `lang` ("er",
 * "ist", Slovak "ide o").
 *
 * @example
 * isCopula('sind', 'de') // true
 * isCopula('ide o', 'sk') // true
 */
export function isCopula(phrase: string, lang: string): boolean {
  return COPULAS.get(lang)?.has(phrase) ?? false;
}

/**
 * Whether a (folded) word negates the rule word after it in `lang` ("ikke", "nicht").
 *
 * @example
 * isRuleNegation('ikke', 'da') // true
 */
export function isRuleNegation(word: string, lang: string): boolean {
  return NEGATIONS.get(lang)?.has(word) ?? false;
}

/**
 * Whether a word, as written, ends like an infinitive in `lang` (Slovak "vytvárať", Turkish
 * "geçmek"), which a rule word beside it governs.
 *
 * @example
 * isInfinitive('vytvárať', 'sk') // true
 * isInfinitive('obrat', 'sk') // false
 */
export function isInfinitive(word: string, lang: string): boolean {
  const lower = word.toLowerCase();
  return (INFINITIVES.get(lang) ?? []).some((ending) => lower.endsWith(ending));
}

/**
 * Whether a (folded) word or two-word phrase denies the right after it in `lang` ("nemaju",
 * "kein", "have no").
 *
 * @example
 * isLack('nemaju', 'sk') // true
 * isLack('no', 'en') // false
 */
export function isLack(phrase: string, lang: string): boolean {
  return LACKS.get(lang)?.has(phrase) ?? false;
}

/**
 * Whether a (folded) word is a right a rule grants in `lang` ("narok", "anspruch").
 *
 * @example
 * isRight('pravo', 'sk') // true
 */
export function isRight(word: string, lang: string): boolean {
  return RIGHTS.get(lang)?.has(word) ?? false;
}

/**
 * Whether the (folded) words of an answer deny a right in `lang`: a lack word or phrase, at most
 * one word more and the right ("nemaju pravny narok", "kein anspruch", "have no legal claim"), or
 * the right first and the word that denies it last ("narok nezakladaju").
 *
 * @example
 * isLackedRight(['nemaju', 'pravny', 'narok'], 'sk') // true
 * isLackedRight(['narok', 'nezakladaju'], 'sk') // true
 * isLackedRight(['narok'], 'sk') // false
 */
export function isLackedRight(answer: readonly string[], lang: string): boolean {
  const lack = isLack(answer.slice(0, 2).join(' '), lang) ? 2 : 1;
  const rest = answer.length - lack;
  // "nárok nezakladajú": the right before the word that denies it.
  const rightFirst =
    answer.length === 2 && isRight(answer[0] ?? '', lang) && isLack(answer[1] ?? '', lang);
  return (
    rightFirst ||
    (rest >= 1 &&
      rest <= 2 &&
      isLack(answer.slice(0, lack).join(' '), lang) &&
      isRight(answer.at(-1) ?? '', lang))
  );
}

/**
 * Whether (folded) words are a predicate of `lang` that denies a thing counts ("regnes ikke
 * med", "are not counted").
 *
 * @example
 * isUncounted('regnes ikke med', 'da') // true
 */
export function isUncounted(phrase: string, lang: string): boolean {
  return UNCOUNTED.get(lang)?.has(phrase) ?? false;
}

/**
 * Whether a (folded) word is a verb with its negation inside it in `lang` (Turkish "sayılmaz",
 * "kesmez"); a language that negates with a word of its own has none.
 *
 * @example
 * isNegatedVerb('kesmez', 'tr') // true
 * isNegatedVerb('keser', 'tr') // false
 */
export function isNegatedVerb(word: string, lang: string): boolean {
  return (NEGATED_VERB_ENDINGS.get(lang) ?? []).some(
    (ending) => word.length > ending.length + 1 && word.endsWith(ending),
  );
}

/**
 * Whether a (folded) word obliges the subject to the action after it in `lang` ("musí",
 * "povinná").
 *
 * @example
 * isDuty('musi', 'sk') // true
 */
export function isDuty(word: string, lang: string): boolean {
  return DUTIES.get(lang)?.has(word) ?? false;
}

/**
 * Whether a (folded) word is a particle that may stand between an obligation's action and what it
 * names in `lang` ("vytvárať aj rezervný fond").
 *
 * @example
 * isDutyParticle('aj', 'sk') // true
 */
export function isDutyParticle(word: string, lang: string): boolean {
  return DUTY_PARTICLES.get(lang)?.has(word) ?? false;
}

/**
 * Whether a (folded) word is a negated modal verb of `lang`, which frees the subject of the
 * action beside it or forbids it ("nemusí", "netreba", "nemôže").
 *
 * @example
 * isNegatedModal('netreba', 'sk') // true
 */
export function isNegatedModal(word: string, lang: string): boolean {
  return NEGATED_MODALS.get(lang)?.has(word) ?? false;
}

/**
 * Whether an answer, as written, is an action a rule frees its subject of or forbids it in
 * `lang`: a negated modal and an infinitive, in either order ("podávať nemusí", "netreba
 * dojednávať", "postihnúť nemôže").
 *
 * @example
 * isNegatedAction('netreba dojednávať', 'sk') // true
 * isNegatedAction('netreba zmluvu', 'sk') // false
 */
export function isNegatedAction(answer: string, lang: string): boolean {
  // Most languages have none: spare every candidate answer the split.
  if (!NEGATED_MODALS.get(lang)?.size) return false;
  const pair = answer.trim().split(/\s+/u);
  if (pair.length !== 2) return false;
  const [first = '', second = ''] = pair;
  const negated = (word: string) => isNegatedModal(foldForCompare(word), lang);
  return (
    (negated(first) && isInfinitive(second, lang)) || (isInfinitive(first, lang) && negated(second))
  );
}

/**
 * Whether the blank of a cloze front follows an obligation and its action in `lang`, with at
 * most a particle between and no punctuation: "Spoločnosť je povinná vytvárať aj _____".
 *
 * @example
 * followsDuty('PN musí potvrdiť _____.', 'sk') // true
 * followsDuty('PN musí _____.', 'sk') // false
 */
export function followsDuty(front: string, lang: string): boolean {
  // Most languages have none: spare every candidate front the pattern.
  if (!DUTIES.get(lang)?.size) return false;
  const at = front.indexOf(BLANK);
  const last = /(?:\p{L}+\s+){2,3}$/u.exec(front.slice(Math.max(0, at - 80), at))?.[0] ?? '';
  const before = last.trim().split(/\s+/u);
  const action = isDutyParticle(foldForCompare(before.at(-1) ?? ''), lang) ? -2 : -1;
  const duty = before.at(action - 1) ?? '';
  return isInfinitive(before.at(action) ?? '', lang) && isDuty(foldForCompare(duty), lang);
}

/**
 * Whether the (folded) words of an answer are a rule that denies its subject something in
 * `lang`: a predicate that it does not count ("regnes ikke med"), or a noun and the verb with
 * the negation inside it that governs it (Turkish "stopaj kesmez", "mevduat sayılmaz").
 *
 * @example
 * isDeniedPredicate(['stopaj', 'kesmez'], 'tr') // true
 * isDeniedPredicate(['kesmez'], 'tr') // false
 */
export function isDeniedPredicate(answer: readonly string[], lang: string): boolean {
  if (isUncounted(answer.join(' '), lang)) return true;
  return answer.length === 2 && isNegatedVerb(answer[1] ?? '', lang);
}

/**
 * Whether a folded text holds a rule word (bare or with its copula glued to it), a right, an
 * obligation, a negated modal, a predicate that denies a thing counts or a verb with its
 * negation inside it of `lang` as one of its words: the cheap test before a block is split into sentences.
 *
 * @example
 * holdsRuleWord('renten pa restskat er ikke fradragsberettiget.', 'da') // true
 */
export function holdsRuleWord(folded: string, lang: string): boolean {
  return HOLDS_RULE_WORD.get(lang)?.test(folded) ?? false;
}

/**
 * One pattern per language for {@link holdsRuleWord}: a rule word with or without a copula
 * ending, a right, an obligation, a negated modal, a predicate that denies a thing counts or a
 * negated verb, between characters that are no letter, digit or hyphen; tested once per block
 * instead of splitting every block into words.
 */
const HOLDS_RULE_WORD = new Map(
  Object.keys(TABLES).map((lang) => {
    const either = (set: Iterable<string>) => [...set].map(escapeRegExp).join('|');
    const endings = either(COPULA_ENDINGS.get(lang) ?? []);
    const rules = `(?:${either(RULES.get(lang) ?? [])})${endings === '' ? '' : `(?:${endings})?`}`;
    const rights = either(RIGHTS.get(lang) ?? []);
    const uncounted = [...(UNCOUNTED.get(lang) ?? [])]
      .map((phrase) => phrase.split(' ').map(escapeRegExp).join('\\s+'))
      .join('|');
    const negatedVerbs = either(NEGATED_VERB_ENDINGS.get(lang) ?? []);
    const alternatives = [
      rules,
      rights,
      either(DUTIES.get(lang) ?? []),
      either(NEGATED_MODALS.get(lang) ?? []),
      uncounted,
      negatedVerbs === '' ? '' : `\\p{L}{2,}(?:${negatedVerbs})`,
    ].filter((one) => one !== '' && one !== '(?:)');
    return [
      lang,
      new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, 'u'),
    ];
  }),
);

/**
 * Whether the (folded) words of an answer are a rule predicate of `lang`: a rule word, negated
 * or not, and the opposite it is set against ("dobrovoľné, nie povinné"); where the language glues
 * the copula to it, the rule word with its copula or its negation after it, and its object.
 *
 * @example
 * isRulePredicate(['ikke', 'fradragsberettiget'], 'da') // true
 * isRulePredicate(['ikke'], 'da') // false
 */
export function isRulePredicate(answer: readonly string[], lang: string): boolean {
  if (COPULA_ENDINGS.get(lang)?.length) {
    // "zorunludur", "zorunda değildir", and with its object "amortismana tabidir".
    const glued = (words: readonly string[]) =>
      (words.length === 1 && isGluedRule(words[0] ?? '', lang)) ||
      (words.length === 2 &&
        isRuleWord(words[0] ?? '', lang) &&
        isRuleNegation(words[1] ?? '', lang));
    return glued(answer) || (glued(answer.slice(1)) && takesObject(answer[1] ?? '', lang));
  }
  const rest = isRuleNegation(answer[0] ?? '', lang) ? answer.slice(1) : answer;
  if (!isRuleWord(rest[0] ?? '', lang)) return false;
  if (rest.length === 1) return true;
  return (
    rest.length === 3 && isRuleNegation(rest[1] ?? '', lang) && isRuleWord(rest[2] ?? '', lang)
  );
}

/**
 * The most words between a copula and the blank: an article, or a preposition and its noun
 * ("je pre zamestnávateľa _____").
 */
const MAX_COPULA_GAP = 2;

/**
 * Whether the blank of a cloze front follows a copula of `lang` closely: where a rule predicate
 * stands (isRulePredicate), said once or not; any blank where the language glues the copula to
 * the rule word.
 *
 * @example
 * followsCopula('Renten på restskat er _____.', 'da') // true
 * followsCopula('Renten på restskat _____.', 'da') // false
 */
export function followsCopula(front: string, lang: string): boolean {
  const at = front.indexOf(BLANK);
  if (at < 0) return false;
  // The copula glued to the rule word is in the blank.
  if (COPULA_ENDINGS.get(lang)?.length) return true;
  const before = foldForCompare(front.slice(0, at))
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((word) => word !== '');
  const near = before.slice(-(MAX_COPULA_GAP + 2));
  return near.some(
    (word, index) =>
      index >= near.length - MAX_COPULA_GAP - 1 &&
      (isCopula(word, lang) || isCopula(`${near[index - 1] ?? ''} ${word}`, lang)),
  );
}
