// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { collectDocumentTerms } from '../../../src/domain/generator/key-terms.ts';
import { restrictionCards } from '../../../src/domain/generator/restrictions.ts';
import { splitSections } from '../../../src/domain/generator/sections.ts';
import { parseDocument } from '../../../src/domain/generator/structure.ts';
import {
  followsCopula,
  followsDuty,
  isDeniedPredicate,
  isLackedRight,
  isNegatedAction,
  isRulePredicate,
} from '../../../src/domain/generator/rule-words.ts';
import { holdsRestriction } from '../../../src/domain/generator/term-words.ts';
import { BLANK } from '../../../src/domain/generator/text.ts';
import { build, cardsOf } from './generator-test-helpers.ts';

/** [front, back] of the restriction cards of `text` read as language `lang`. */
function restrictions(text: string, lang: string, title = 'Rules'): [string, string][] {
  const doc = parseDocument(text);
  const terms = collectDocumentTerms(text, doc, lang);
  return restrictionCards(splitSections(doc.blocks), terms, title, []).map((card) => [
    card.front,
    card.back,
  ]);
}

describe('restriction cards: the word group a restriction names, per language', () => {
  it.each([
    [
      'tr',
      'Ödemeden yalnızca damga vergisi kesilir.',
      `Ödemeden yalnızca ${BLANK} kesilir.`,
      'damga vergisi',
    ],
    [
      'tr',
      'Kıdem tazminatından yalnızca damga vergisi kesilir; gelir vergisi alınmaz.',
      `Kıdem tazminatından yalnızca ${BLANK} kesilir; gelir vergisi alınmaz.`,
      'damga vergisi',
    ],
    [
      'tr',
      'Poliçede aksi yazmadıkça kasko yalnızca Türkiye sınırları içinde geçerlidir.',
      `Poliçede aksi yazmadıkça kasko yalnızca ${BLANK} içinde geçerlidir.`,
      'Türkiye sınırları',
    ],
    [
      'de',
      'Wer weniger einzahlt, bekommt die Zulagen nur anteilig.',
      `Wer weniger einzahlt, bekommt die Zulagen nur ${BLANK}.`,
      'anteilig',
    ],
    [
      'de',
      'Leistungen werden nur noch bei Abruf vergütet.',
      `Leistungen werden nur noch bei ${BLANK} vergütet.`,
      'Abruf',
    ],
    [
      'da',
      'Fradraget beregnes kun fra din folkeregisteradresse til dit arbejdssted.',
      `Fradraget beregnes kun fra ${BLANK} til dit arbejdssted.`,
      'din folkeregisteradresse',
    ],
    [
      'sk',
      'Úľavu možno v jednom mesiaci uplatniť len na jednu dohodu a len u jedného zamestnávateľa.',
      `Úľavu možno v jednom mesiaci uplatniť len na ${BLANK} a len u jedného zamestnávateľa.`,
      'jednu dohodu',
    ],
    [
      'en',
      'Each customer, or tenant, sees only its own data.',
      `Each customer, or tenant, sees only its ${BLANK}.`,
      'own data',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(restrictions(text, lang)).toEqual([[front, back]]);
  });

  it.each([
    ['en', 'Outsourcing is not only cheaper but also faster for small firms.'],
    ['en', 'Of the four statements, the balance sheet is the only one for a single day.'],
    ['en', 'A refund is paid only if the customer asks for it in writing.'],
    ['da', 'Kontoen kan kun bruges til frie midler fra din løn.'],
    ['de', 'Die Steuer gilt nicht nur für Zinsen, sondern auch für Dividenden.'],
    ['sk', 'Starostlivosť o dieťa nie je len emocionálnou záťažou pre rodičov.'],
    ['sk', 'Veriteľ sa ho môže domáhať len vtedy, ak je dlžník v omeškaní.'],
    ['sk', 'Pri anuite sa mení len pomer úroku a istiny v splátke.'],
    ['tr', 'Dar kasko poliçesinde ana teminatlardan yalnızca bir veya birkaçı yer alır.'],
  ])('%s: no card for "%s"', (lang, text) => {
    expect(restrictions(text, lang)).toEqual([]);
  });

  it("never hides the deck's topic", () => {
    expect(restrictions('Ödemeden yalnızca damga vergisi kesilir.', 'tr', 'Damga vergisi')).toEqual(
      [],
    );
  });
});

describe('holdsRestriction: a restriction word as a whole word of a folded text', () => {
  it.each([
    ['de', 'die zulage gibt es nur anteilig', true],
    ['de', 'die nurse arbeitet nachts', false],
    ['da', 'fradraget beregnes kun fra din adresse', true],
    ['da', 'kunderne kunne vaelge selv', false],
    ['en', 'only the first year counts', true],
    ['en', 'the onlyness of it', false],
    ['sk', 'plati to len pre deti', true],
    ['sk', 'kalendar je plny', false],
    ['tr', 'odemeden yalnizca damga vergisi kesilir', true],
    ['tr', 'sadecelik yok', false],
    ['tr', 'kira stopaji kiraci tarafindan odenir', true],
    ['tr', 'tarafindanlik yok', false],
    ['xx', 'only kun nur', false],
  ])('%s: %s', (lang, folded, holds) => {
    expect(holdsRestriction(folded, lang)).toBe(holds);
  });
});

describe('agent cards: who a rule makes do it, where a word after the doer marks it', () => {
  it.each([
    [
      'Kira stopajı dükkânlarda uygulanır ve kiracı tarafından ödenir.',
      `Kira stopajı dükkânlarda uygulanır ve ${BLANK} tarafından ödenir.`,
      'kiracı',
    ],
    [
      'Tazminat her tam yıl için işveren tarafından ödenir.',
      `Tazminat her tam yıl için ${BLANK} tarafından ödenir.`,
      'işveren',
    ],
    [
      'Asgari ücret, 15 kişiden oluşan Asgari Ücret Tespit Komisyonu tarafından belirlenir.',
      `Asgari ücret, 15 kişiden oluşan ${BLANK} tarafından belirlenir.`,
      'Asgari Ücret Tespit Komisyonu',
    ],
  ])('tr: %s', (text, front, back) => {
    expect(restrictions(text, 'tr')).toEqual([[front, back]]);
  });

  it.each([
    // One of two doers.
    'Bu kredi bankalar ve aracı kurumlar tarafından verilebilir.',
    // Groups the length limits cut: a phrase, and a name.
    "KKB, Türkiye'nin önde gelen dokuz bankası tarafından kuruldu.",
    'Fon, Türkiye Sermaye Piyasası Kurulu Başkanlığı tarafından denetlenir.',
  ])('tr: no card for "%s"', (text) => {
    expect(restrictions(text, 'tr')).toEqual([]);
  });

  it('reads no doer marker in a language without one', () => {
    expect(restrictions('Die Steuer wird vom Mieter tarafından gezahlt.', 'de')).toEqual([]);
  });
});

describe('restriction cards in a what-is paragraph', () => {
  // The what-is card asks the paragraph's first sentences, up to 40 words; a later sentence is
  // only its context, so the restriction card still asks it.
  it.each([
    [
      'da',
      '## Hvad er en kassekredit?\n\nEn kassekredit er en type lån i et pengeinstitut, hvor du løbende kan hæve et variabelt beløb op til et aftalt maksimum, som banken fastsætter ud fra din økonomi og dine faste indtægter hver måned. Renten er variabel og ændrer sig med markedet. Du betaler kun rente af det trukne beløb.',
      `Du betaler kun ${BLANK} af det trukne beløb.`,
      'rente',
    ],
    [
      'de',
      '## Was ist ein Dispokredit?\n\nEin Dispokredit ist ein Kredit auf dem Girokonto, den die Bank ihren Kunden automatisch bis zu einer vereinbarten Grenze einräumt, die sich meist nach dem monatlichen Gehaltseingang der letzten Monate richtet. Er kann jederzeit genutzt werden. Zinsen fallen nur für den genutzten Betrag an.',
      `Zinsen fallen nur für den ${BLANK} an.`,
      'genutzten Betrag',
    ],
    [
      'en',
      '## What is invoice discounting?\n\nInvoice discounting is a way for a business to borrow money against the invoices it has sent to its customers, so that it does not have to wait for them to pay on thirty, sixty or ninety day terms. You keep your sales ledger. Each client sees only its own ledger.',
      `Each client sees only its ${BLANK}.`,
      'own ledger',
    ],
  ])('asks a later sentence of the paragraph (%s)', (_lang, body, front, back) => {
    const deck = build(`# Title\n\n${body}\n`);
    expect(cardsOf(deck, 'highlight').map((card) => [card.front, card.back])).toContainEqual([
      front,
      back,
    ]);
  });
});

describe('rule cards: the rule word a copula links to its subject, per language', () => {
  it.each([
    [
      'en',
      'Interest on late tax is not deductible.',
      `Interest on late tax is ${BLANK}.`,
      'not deductible',
    ],
    [
      'en',
      'A kassekredit is revolving: what you repay you can draw again.',
      `A kassekredit is ${BLANK}: what you repay you can draw again.`,
      'revolving',
    ],
    [
      'da',
      'Renten på restskat er ikke fradragsberettiget.',
      `Renten på restskat er ${BLANK}.`,
      'ikke fradragsberettiget',
    ],
    [
      'da',
      'Kreditten er revolverende: når du indbetaler penge, bliver rammen tilgængelig igen.',
      `Kreditten er ${BLANK}: når du indbetaler penge, bliver rammen tilgængelig igen.`,
      'revolverende',
    ],
    [
      'de',
      'Selbstständige ohne Rentenversicherungspflicht sind nicht förderberechtigt.',
      `Selbstständige ohne Rentenversicherungspflicht sind ${BLANK}.`,
      'nicht förderberechtigt',
    ],
    [
      'de',
      'Der Messbescheid ist verbindlich – auch für die Gemeinden.',
      `Der Messbescheid ist ${BLANK} – auch für die Gemeinden.`,
      'verbindlich',
    ],
    [
      'sk',
      'Pri finančnom leasingu ide o dlhodobý prenájom.',
      `Pri finančnom leasingu ide o ${BLANK} prenájom.`,
      'dlhodobý',
    ],
    [
      'sk',
      'Poskytnúť ho je pre zamestnávateľa dobrovoľné, nie povinné.',
      `Poskytnúť ho je pre zamestnávateľa ${BLANK}.`,
      'dobrovoľné, nie povinné',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(restrictions(text, lang)).toEqual([[front, back]]);
  });

  it.each([
    // No copula before the rule word, or none after a subject.
    ['da', 'Skattefri kompensation udbetales af arbejdsgiveren hver måned.'],
    ['de', 'Das ist verbindlich für alle Gemeinden im Land.'],
    ['sk', 'Je povinný zachovávať mlčanlivosť o všetkom, čo sa dozvie.'],
    // A word of the sentence gives the rule word away.
    ['sk', 'Operatívny leasing je krátkodobý prenájom, ktorý je kratší ako životnosť veci.'],
    // The rule word governs an infinitive: the rule is the action, and one word after it no
    // phrase the action names.
    ['sk', 'Spoločnosť je povinná vytvárať rezervy.'],
    // A negation alone is no rule.
    ['en', 'The interest on late tax is not paid by the bank.'],
  ])('%s: no card for "%s"', (lang, text) => {
    expect(restrictions(text, lang)).toEqual([]);
  });
});

describe('isRulePredicate and followsCopula: what a rule card hides, and where', () => {
  it.each([
    ['da', ['ikke', 'fradragsberettiget'], true],
    ['sk', ['dobrovolne', 'nie', 'povinne'], true],
    ['de', ['verbindlich'], true],
    ['da', ['ikke'], false],
    ['en', ['not', 'paid'], false],
    ['tr', ['zorunludur'], true],
    ['tr', ['amortismana', 'tabidir'], true],
    ['tr', ['amortismana', 'zorunludur'], false],
    ['tr', ['degildir'], false],
  ])('%s: %j', (lang, words, predicate) => {
    expect(isRulePredicate(words, lang)).toBe(predicate);
  });

  it.each([
    ['sk', ['nemaju', 'pravny', 'narok'], true],
    ['de', ['kein', 'anspruch'], true],
    ['sk', ['narok'], false],
    ['en', ['have', 'no', 'legal', 'claim'], true],
    ['en', ['no', 'legal', 'claim'], false],
    ['en', ['have', 'no', 'legal', 'tax', 'claim'], false],
    ['sk', ['narok', 'nezakladaju'], true],
    ['sk', ['narok', 'na', 'davku', 'nemate'], false],
  ])('isLackedRight %s: %j', (lang, words, lacked) => {
    expect(isLackedRight(words, lang)).toBe(lacked);
  });

  it.each([
    ['da', ['regnes', 'ikke', 'med'], true],
    ['en', ['are', 'not', 'counted'], true],
    ['tr', ['stopaj', 'kesmez'], true],
    ['tr', ['kesmez'], false],
    ['tr', ['stopaj', 'keser'], false],
    ['da', ['regnes', 'med'], false],
  ])('isDeniedPredicate %s: %j', (lang, words, denied) => {
    expect(isDeniedPredicate(words, lang)).toBe(denied);
  });

  it.each([
    ['da', `Renten på restskat er ${BLANK}.`, true],
    ['sk', `Poskytnúť ho je pre zamestnávateľa ${BLANK}.`, true],
    ['sk', `Pri finančnom leasingu ide o ${BLANK} prenájom.`, true],
    ['da', `Renten på restskat ${BLANK}.`, false],
    ['en', `Interest is paid on late tax, ${BLANK}.`, false],
  ])('%s: %s', (lang, front, follows) => {
    expect(followsCopula(front, lang)).toBe(follows);
  });
});

describe('rule cards where the copula is glued to the rule word (Turkish)', () => {
  it.each([
    [
      'Kart sahibi borcunun tamamını ödemek zorunda değildir.',
      `Kart sahibi borcunun tamamını ödemek ${BLANK}.`,
      'zorunda değildir',
    ],
    [
      'Trafik sigortası bütün motorlu araçlar için zorunludur ve ruhsat sahibi yaptırır.',
      `Trafik sigortası bütün motorlu araçlar için ${BLANK} ve ruhsat sahibi yaptırır.`,
      'zorunludur',
    ],
    [
      'Bir yıldan fazla kullanılan varlıklar amortismana tabidir.',
      `Bir yıldan fazla kullanılan varlıklar ${BLANK}.`,
      'amortismana tabidir',
    ],
  ])('tr: %s', (text, front, back) => {
    expect(restrictions(text, 'tr')).toEqual([[front, back]]);
  });

  it.each([
    // A rule word before its noun states no rule of the subject.
    'Trafik sigortası zorunlu tutulan bir sigorta türüdür.',
    // The predicate first: the front would not say what it is about.
    'Zorunludur bu sigorta her araç için.',
    // An obligation to act asks the action, not that it is one.
    "Hasılatı 3 milyon TL'yi aşan işletmeler e-faturaya geçmek zorundadır.",
  ])('tr: no card for "%s"', (text) => {
    expect(restrictions(text, 'tr')).toEqual([]);
  });
});

describe('right cards: the right a rule denies its subject, per language', () => {
  it.each([
    [
      'sk',
      'Na výplatu dividend akcionári nemajú právny nárok.',
      `Na výplatu dividend akcionári ${BLANK}.`,
      'nemajú právny nárok',
    ],
    [
      'sk',
      'Po skončení zmluvy majetok zostáva prenajímateľovi a nájomca nemá právo ho odkúpiť.',
      `Po skončení zmluvy majetok zostáva prenajímateľovi a nájomca ${BLANK} ho odkúpiť.`,
      'nemá právo',
    ],
    [
      'de',
      'Aus einem Minijob allein entsteht später kein Anspruch auf Arbeitslosengeld.',
      `Aus einem Minijob allein entsteht später ${BLANK} auf Arbeitslosengeld.`,
      'kein Anspruch',
    ],
    [
      'en',
      'Shareholders have no legal claim to a dividend.',
      `Shareholders ${BLANK} to a dividend.`,
      'have no legal claim',
    ],
    [
      'da',
      'Indbetalinger til kontoen giver ikke fradrag.',
      `Indbetalinger til kontoen ${BLANK}.`,
      'giver ikke fradrag',
    ],
    // Four words state a rule too.
    ['da', 'Indbetalinger giver ikke fradrag.', `Indbetalinger ${BLANK}.`, 'giver ikke fradrag'],
    [
      'da',
      'Et barn må have én konto; flere giver ikke skattefrihed.',
      `Et barn må have én konto; flere ${BLANK}.`,
      'giver ikke skattefrihed',
    ],
    // Slovak may put the right before the word that denies it.
    [
      'sk',
      'Príjmy z prenájmu či iné pasívne príjmy nárok nezakladajú.',
      `Príjmy z prenájmu či iné pasívne príjmy ${BLANK}.`,
      'nárok nezakladajú',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(restrictions(text, lang)).toEqual([[front, back]]);
  });

  it.each([
    // The right goes on with its name.
    ['en', 'Drivers who have no claim bonus pay more for their insurance.'],
    // "no" alone says there is none, not that someone lacks it.
    ['en', 'There is no right or wrong answer to this question.'],
    // The subject comes after: the front would not say whose right it is.
    ['sk', 'Nemá naň nárok rodič, ktorému už plynie príspevok na iné dieťa.'],
    // A right granted, not denied.
    ['sk', 'Rodič má nárok na predĺžené poskytovanie príspevku v rovnakej výške.'],
    // The right first, but the clause goes on to say whose it is not.
    ['sk', 'Na príspevok nárok nemajú rodičia, ktorí poberajú materské.'],
    // A deduction given, not denied.
    ['da', 'Indbetalinger til kontoen giver fradrag i skatten.'],
  ])('%s: no card for "%s"', (lang, text) => {
    expect(restrictions(text, lang)).toEqual([]);
  });
});

describe('uncounted cards: a rule that its subject does not count', () => {
  it.each([
    [
      'da',
      'Faste omkostninger som husleje og faste lønninger regnes ikke med.',
      `Faste omkostninger som husleje og faste lønninger ${BLANK}.`,
      'regnes ikke med',
    ],
    [
      'da',
      'Ekstra indskud til betaling af skat tæller ikke med i loftet.',
      `Ekstra indskud til betaling af skat ${BLANK} i loftet.`,
      'tæller ikke med',
    ],
    [
      'en',
      'Gifts from close relatives are not counted as income.',
      `Gifts from close relatives ${BLANK} as income.`,
      'are not counted',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(restrictions(text, lang)).toEqual([[front, back]]);
  });

  it.each([
    // The predicate first: the front would not say what does not count.
    ['da', 'Regnes ikke med i opgørelsen af dækningsbidraget.'],
    // A count that is no rule.
    ['da', 'Omkostningerne regnes med i hele regnskabsåret.'],
  ])('%s: no card for "%s"', (lang, text) => {
    expect(restrictions(text, lang)).toEqual([]);
  });
});

describe('duty cards: what an obligation makes its subject do (Slovak)', () => {
  it.each([
    [
      'Spoločnosť je povinná vytvárať aj rezervný fond.',
      `Spoločnosť je povinná vytvárať aj ${BLANK}.`,
      'rezervný fond',
    ],
    [
      'Práceneschopnosť (PN) musí potvrdiť ošetrujúci lekár.',
      `Práceneschopnosť (PN) musí potvrdiť ${BLANK}.`,
      'ošetrujúci lekár',
    ],
    [
      'Osoba, ktorá podpisuje závierku, musí byť certifikovaný účtovník.',
      `Osoba, ktorá podpisuje závierku, musí byť ${BLANK}.`,
      'certifikovaný účtovník',
    ],
  ])('sk: %s', (text, front, back) => {
    expect(restrictions(text, 'sk')).toEqual([[front, back]]);
  });

  it.each([
    // One word after the action is as often how it is done as what it names.
    'Obe doklady musíte mať stále vo vozidle.',
    // A longer phrase goes on past two words.
    'PZP musí uzavrieť držiteľ vozidla zapísaný v osvedčení.',
    // A preposition after the action: no phrase it names.
    'Zmluvná pokuta sa musí dohodnúť v zmluve, a to písomne.',
  ])('sk: no card for "%s"', (text) => {
    expect(restrictions(text, 'sk')).toEqual([]);
  });

  it.each([
    ['sk', `PN musí potvrdiť ${BLANK}.`, true],
    ['sk', `Spoločnosť je povinná vytvárať aj ${BLANK}.`, true],
    ['sk', `PN musí ${BLANK}.`, false],
    ['sk', `PN musí, potvrdiť ${BLANK}.`, false],
    ['da', `Du skal betale ${BLANK}.`, false],
  ])('followsDuty %s: %s', (lang, front, follows) => {
    expect(followsDuty(front, lang)).toBe(follows);
  });
});

describe('negated action cards: the action a rule frees its subject of or forbids (Slovak)', () => {
  it.each([
    [
      'Zamestnanec s príjmami len zo závislej činnosti priznanie podávať nemusí.',
      `Zamestnanec s príjmami len zo závislej činnosti priznanie ${BLANK}.`,
      'podávať nemusí',
    ],
    [
      'Úrok z omeškania netreba dojednávať v zmluve.',
      `Úrok z omeškania ${BLANK} v zmluve.`,
      'netreba dojednávať',
    ],
    [
      'Majetok povinného v zahraničí exekútor postihnúť nemôže.',
      `Majetok povinného v zahraničí exekútor ${BLANK}.`,
      'postihnúť nemôže',
    ],
  ])('sk: %s', (text, front, back) => {
    expect(restrictions(text, 'sk')).toEqual([[front, back]]);
  });

  it.each([
    // A possibility set against "may", no rule.
    'Outsourcing zahŕňa zmluvu, ktorá môže, ale nemusí mať formu offshoringu.',
    // No action beside the word that frees from it.
    'Pri leasingu obvykle netreba ručiteľa ani potvrdenie o príjme.',
    // An object after the action: the limit is the thing to know.
    'Daňový bonus nesmie prekročiť stanovené percento základu dane.',
  ])('sk: no card for "%s"', (text) => {
    expect(restrictions(text, 'sk')).toEqual([]);
  });

  it.each([
    ['netreba dojednávať', true],
    ['podávať nemusí', true],
    ['postihnúť nemôže', true],
    ['netreba ručiteľa', false],
    ['nemusí', false],
  ])('isNegatedAction sk: %s', (answer, negated) => {
    expect(isNegatedAction(answer, 'sk')).toBe(negated);
  });
});

describe('negated verb cards: a Turkish verb with its negation inside it, and its noun', () => {
  it.each([
    [
      'Stopaj kira gelirinden kesilir. Konut kiralarında kiracı stopaj kesmez.',
      `Konut kiralarında kiracı ${BLANK}.`,
      'stopaj kesmez',
    ],
    [
      'Mevduat bankada tutulur. Repo menkul kıymete dayandığı için mevduat sayılmaz ve sigortalanmaz.',
      `Repo menkul kıymete dayandığı için ${BLANK} ve sigortalanmaz.`,
      'mevduat sayılmaz',
    ],
  ])('tr: %s', (text, front, back) => {
    expect(restrictions(text, 'tr')).toEqual([[front, back]]);
  });

  it.each([
    // An inflected word said once is no thing the rule names.
    'Şirketler kârlarının tamamını genellikle dağıtmaz.',
    // The verb does not end its clause.
    'Stopaj kira gelirinden kesilir. Kiracı stopaj kesmez mi diye sorulur.',
  ])('tr: no card for "%s"', (text) => {
    expect(restrictions(text, 'tr')).toEqual([]);
  });
});
