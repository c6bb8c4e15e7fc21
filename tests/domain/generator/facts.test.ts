// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bodyDefinitionCards } from '../../../src/domain/generator/body-definitions.ts';
import {
  factCards,
  findCountMeasure,
  findLimitCount,
  findMeasure,
  findShare,
} from '../../../src/domain/generator/facts.ts';
import { collectDocumentTerms, isMeasure } from '../../../src/domain/generator/key-terms.ts';
import { splitSections } from '../../../src/domain/generator/sections.ts';
import { parseDocument } from '../../../src/domain/generator/structure.ts';
import { BLANK } from '../../../src/domain/generator/text.ts';

/** [front, back] of the fact cards of `text` read as language `lang`. */
function facts(text: string, lang: string): [string, string][] {
  const doc = parseDocument(text);
  const terms = collectDocumentTerms(text, doc, lang);
  return factCards(splitSections(doc.blocks), terms).map((card) => [card.front, card.back]);
}

describe('measures: a number with its unit, per language', () => {
  it.each([
    ['en', 'Small businesses often pay $150 per user for full support.', '$150'],
    ['en', 'The provider keeps the systems available 99.9 % of the time.', '99.9 %'],
    ['en', 'A critical incident is answered within 15 minutes by the provider.', '15 minutes'],
    ['da', 'Man kan højst indbetale 63.100 kr. om året med fradrag.', '63.100 kr.'],
    ['da', 'Gevinster på en aktiesparekonto beskattes med 17 % hvert år.', '17 %'],
    ['da', 'Får du pengene kontant, betaler du en afgift på 30 pct. af beløbet.', '30 pct.'],
    ['da', 'Pensionen udbetales over mindst 10 og højst 30 år til ejeren.', '30 år'],
    ['de', 'Die Höchstüberlassungsdauer beträgt 18 Monate im selben Betrieb.', '18 Monate'],
    ['de', 'Die Royalty beträgt meist 4-8 % vom Umsatz des Partners.', '4-8 %'],
    ['de', 'Viele Banken bieten Sparpläne oft schon ab 25 Euro im Monat an.', '25 Euro'],
    ['sk', 'Registrácia je povinná po prekročení obratu 50 000 eur za rok.', '50 000 eur'],
    ['sk', 'Hypotéka môže byť najviac do 90 % hodnoty nehnuteľnosti.', '90 %'],
    ['tr', 'Devlet, katkı paylarının yüzde 30 kadarını ek olarak öder.', 'yüzde 30'],
    ['tr', 'Yıllık hasılatı 3 milyon TL olan işletmeler geçmek zorundadır.', '3 milyon TL'],
    ['tr', "Kart limitinizin en fazla %30'unu kullanmanız önerilir.", '%30'],
    ['tr', 'Ödeme geçmişi kredi notunun % 35 kadarını belirler.', '% 35'],
    ['tr', 'İşyerinde en az 1 yıllık çalışmaları varsa tazminata hak kazanır.', '1 yıllık'],
    // A Turkish unit with its case ending.
    ['tr', 'Bir bölümü 10 günden az olmamak üzere izin bölünebilir.', '10 günden'],
    ['tr', 'Kart aidatı her yıl 12 ayda bir tahsil edilir.', '12 ayda'],
    // A unit that ends a compound naming what is counted.
    [
      'da',
      'Alle lønmodtagere optjener 2,08 feriedage for hver måned, de er ansat.',
      '2,08 feriedage',
    ],
    ['de', 'Vollzeitbeschäftigte haben gesetzlich 24 Urlaubstage im Jahr.', '24 Urlaubstage'],
  ])('%s: %s → %s', (lang, sentence, measure) => {
    expect(findMeasure(sentence, lang)).toBe(measure);
    expect(isMeasure(measure, lang)).toBe(true);
  });

  it.each([
    ['sk', 'Od roku 2026 sa mení výška nezdaniteľnej časti.'],
    ['en', 'The company was founded in 1998 by three engineers.'],
    ['de', 'Die 3 wichtigsten Begriffe stehen im Glossar.'],
    ['da', 'Der findes 5 typer af pension i Danmark.'],
    ['tr', 'Bu 3 adım her yatırımcı için geçerlidir.'],
    // A case ending only on a unit: "adımda" is no unit.
    ['tr', 'Bu 3 adımda her yatırımcı için işlem tamamlanır.'],
    // "Etagen" ends in "tagen" with too few letters before it to be a compound of it.
    ['de', 'Das Bürohaus hat 4 Etagen und einen großen Keller.'],
  ])('%s: no measure in "%s" (a bare number is a year or a count)', (lang, sentence) => {
    expect(findMeasure(sentence, lang)).toBeUndefined();
  });
});

describe('measures with a count written as a word, per language', () => {
  it.each([
    ['de', 'Der Schuldner kann innerhalb von zwei Wochen Widerspruch einlegen.', 'zwei Wochen'],
    ['da', 'Kassekreditten løber typisk op til fem år hos banken.', 'fem år'],
    ['sk', 'Ochranná lehota trvá osem mesiacov po skončení poistenia.', 'osem mesiacov'],
    ['tr', 'Çalışan, ilk iki ay içinde cayma hakkını kullanabilir.', 'iki ay'],
    ['tr', 'Asgari ücret en geç iki yılda bir yeniden belirlenir.', 'iki yılda'],
    ['en', 'The tenant must give notice three months before leaving.', 'three months'],
    ['sk', 'Rozhodnutie o neprijatí nesmie byť staršie ako dvanásť mesiacov.', 'dvanásť mesiacov'],
    ['sk', 'Dôchodok sa vypláca najdlhšie dvadsať rokov od podania žiadosti.', 'dvadsať rokov'],
    // A count word in the genitive or locative: "do troch rokov".
    ['sk', 'Príspevok sa vypláca rodičovi dieťaťa do troch rokov veku.', 'troch rokov'],
    ['tr', 'Genç işçilere verilecek yıllık izin yirmi günden az olamaz.', 'yirmi günden'],
    // A salary ends a compound as a unit: "Monatsgehälter".
    [
      'de',
      'Finanzexperten empfehlen etwa drei Monatsgehälter als Notgroschen.',
      'drei Monatsgehälter',
    ],
    // Two counts joined by "or" or a range word are one measure, hidden whole.
    [
      'de',
      'Als Limit werden dabei oft zwei oder drei Monatsgehälter vereinbart.',
      'zwei oder drei Monatsgehälter',
    ],
    [
      'en',
      'The tenant must give notice two or three months before leaving.',
      'two or three months',
    ],
    ['da', 'Kassekreditten løber typisk to til tre år hos banken i Danmark.', 'to til tre år'],
  ])('%s: %s → %s', (lang, sentence, measure) => {
    expect(facts(sentence, lang)).toEqual([[sentence.replace(measure, BLANK), measure]]);
    expect(isMeasure(measure, lang)).toBe(true);
  });

  it.each([
    ['de', 'Die drei wichtigsten Begriffe stehen im Glossar der Bank.'],
    ['en', 'The four basic financial statements are read together each year.'],
    ['da', 'Der er fem typer af pension i Danmark for lønmodtagere.'],
  ])('%s: no measure in "%s" (a count of things)', (lang, sentence) => {
    expect(facts(sentence, lang)).toEqual([]);
  });

  it.each([
    ['de', 'Es gilt eine drei-Monate-Frist.'],
    ['da', 'Fristen er fem.år efter salget.'],
  ])('%s: a count joined to a word by no space is no measure: "%s"', (lang, sentence) => {
    expect(findCountMeasure(sentence, lang)).toBeUndefined();
  });
});

describe('a fraction written as a word is a measure', () => {
  it.each([
    [
      'sk',
      'Približne pätina všetkých investícií na Slovensku sa financuje prostredníctvom leasingu.',
      'pätina',
    ],
    ['da', 'Næsten en tredjedel af den danske outsourcing ender i Asien.', 'tredjedel'],
    ['de', 'Etwa ein Drittel der Anträge wird im ersten Jahr abgelehnt.', 'Drittel'],
  ])('%s: %s → %s', (lang, sentence, measure) => {
    expect(facts(sentence, lang)).toEqual([[sentence.replace(measure, BLANK), measure]]);
  });

  it('en: "third" is no fraction to ask ("third party")', () => {
    expect(
      facts('About a third of the invoices go to a third party for collection.', 'en'),
    ).toEqual([]);
  });
});

describe('fact cards from body sentences', () => {
  it.each([
    [
      'de',
      'Die Höchstüberlassungsdauer beträgt 18 Monate; danach endet der Einsatz beim Entleiher.',
      `Die Höchstüberlassungsdauer beträgt ${BLANK}; danach endet der Einsatz beim Entleiher.`,
      '18 Monate',
    ],
    [
      'da',
      'En aktiesparekonto er en konto, hvor gevinster beskattes med 17 % hvert år.',
      `En aktiesparekonto er en konto, hvor gevinster beskattes med ${BLANK} hvert år.`,
      '17 %',
    ],
    [
      'sk',
      'Vklady v bankách chráni Fond ochrany vkladov do 100 000 eur na jedného vkladateľa.',
      `Vklady v bankách chráni Fond ochrany vkladov do ${BLANK} na jedného vkladateľa.`,
      '100 000 eur',
    ],
    [
      'tr',
      'Devlet, ödenen katkı paylarının yüzde 30 kadarı ek bir ödeme yapar.',
      `Devlet, ödenen katkı paylarının ${BLANK} kadarı ek bir ödeme yapar.`,
      'yüzde 30',
    ],
    [
      'en',
      'Most providers answer a critical incident within 15 minutes, day and night.',
      `Most providers answer a critical incident within ${BLANK}, day and night.`,
      '15 minutes',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(facts(text, lang)).toEqual([[front, back]]);
  });

  it.each([
    [
      'de',
      'Voraussetzungen:\n\n- Mindestens ein Zehntel der Beschäftigten hat einen Entgeltausfall von mehr als 10 Prozent.\n- Der Arbeitsausfall ist vorübergehend.',
      `Mindestens ein Zehntel der Beschäftigten hat einen Entgeltausfall von mehr als ${BLANK}.`,
      '10 Prozent',
    ],
    [
      'da',
      'Sådan beregnes renten:\n\n- Betaler du efter 1. juli, betaler du et fast procenttillæg på 3,7 %.\n- Renten kan ikke trækkes fra.',
      `Betaler du efter 1. juli, betaler du et fast procenttillæg på ${BLANK}.`,
      '3,7 %',
    ],
  ])('%s: a list item that states a measure: %s', (lang, text, front, back) => {
    expect(facts(text, lang)).toEqual([[front, back]]);
  });

  it('asks nothing of FAQ answers, questions, short fragments or sentences without a measure', () => {
    const text = [
      'Die Firma hat 3 Standorte in Europa und Asien.',
      'Kostet es 20 Euro?',
      'Nur 5 Euro.',
      '## FAQ',
      '### Wie viel kostet es?',
      'Der Tarif kostet meist 20 Euro im Monat für jeden Nutzer.',
    ].join('\n\n');
    expect(facts(text, 'de')).toEqual([]);
  });
});

describe('a naming sentence that points back ("Dieser Grundsatz heißt Equal Pay")', () => {
  it.each([
    [
      'de',
      'Nach neun Monaten bekommt die Kraft den gleichen Lohn. Dieser Grundsatz heißt Equal Pay.',
      'Equal Pay',
      'Nach neun Monaten bekommt die Kraft den gleichen Lohn.',
    ],
    [
      'en',
      'After nine months the worker earns the same wage. This principle is called equal pay.',
      'equal pay',
      'After nine months the worker earns the same wage.',
    ],
    [
      'da',
      'Efter ni måneder får vikaren samme løn. Dette princip kaldes ligeløn.',
      'ligeløn',
      'Efter ni måneder får vikaren samme løn.',
    ],
    [
      'sk',
      'Po deviatich mesiacoch dostane rovnakú mzdu. Tento princíp sa nazýva rovnaká odmena.',
      'rovnaká odmena',
      'Po deviatich mesiacoch dostane rovnakú mzdu.',
    ],
  ])('%s: the sentence before is the back', (lang, text, front, back) => {
    const doc = parseDocument(text);
    const terms = collectDocumentTerms(text, doc, lang);
    const cards = bodyDefinitionCards(splitSections(doc.blocks), terms, new Set());
    expect(cards.map((card) => [card.front, card.back])).toContainEqual([front, back]);
    expect(cards.some((card) => /^(dieser|this|dette|tento)\b/iu.test(card.back))).toBe(false);
  });

  it('gives no card when nothing comes before the pointing sentence', () => {
    const text = 'Dieser Grundsatz heißt Equal Pay.';
    const doc = parseDocument(text);
    const terms = collectDocumentTerms(text, doc, 'de');
    expect(bodyDefinitionCards(splitSections(doc.blocks), terms, new Set())).toEqual([]);
  });
});

describe('a range is hidden whole, both bounds with the word joining them', () => {
  it.each([
    ['de', 'Der Bausparer spart meist 40 bis 50 Prozent der Bausparsumme an.', '40 bis 50 Prozent'],
    ['en', 'The factor advances 80 to 90 percent of the invoice value.', '80 to 90 percent'],
    ['da', 'Gebyret ligger typisk på 1 til 2 procent af lånet.', '1 til 2 procent'],
    ['sk', 'Poplatok býva od 1 do 3 % z výšky úveru.', '1 do 3 %'],
    ['tr', 'Yıllık kart aidatı 100 ile 200 TL arasında değişir.', '100 ile 200 TL'],
  ])('%s: %s → %s', (lang, sentence, measure) => {
    expect(findMeasure(sentence, lang)).toBe(measure);
    expect(isMeasure(measure, lang)).toBe(true);
  });

  it.each([
    ['de', '40 und 50 Prozent'],
    ['en', '2 of 5 percent'],
  ])('%s: "%s" is no range (the word joins no range)', (lang, answer) => {
    expect(isMeasure(answer, lang)).toBe(false);
  });

  it.each([
    [
      'da',
      'Prisen afregnes typisk med mellem 50 og 150 kr. pr. medarbejder om måneden.',
      `Prisen afregnes typisk med mellem ${BLANK} pr. medarbejder om måneden.`,
      '50 og 150 kr.',
    ],
    [
      'da',
      'Renten på en kassekredit ligger typisk mellem 3 % og 15 %.',
      `Renten på en kassekredit ligger typisk mellem ${BLANK}.`,
      '3 % og 15 %',
    ],
    [
      'en',
      'Most sectors land between 10 and 25% on their EBITDA margin.',
      `Most sectors land between ${BLANK} on their EBITDA margin.`,
      '10 and 25%',
    ],
    [
      'de',
      'Die Gebühr liegt meist zwischen 1 und 3 Prozent der Kreditsumme.',
      `Die Gebühr liegt meist zwischen ${BLANK} der Kreditsumme.`,
      '1 und 3 Prozent',
    ],
    [
      'sk',
      'Poplatok sa zvyčajne pohybuje medzi 2 a 4 % z výšky úveru.',
      `Poplatok sa zvyčajne pohybuje medzi ${BLANK} z výšky úveru.`,
      '2 a 4 %',
    ],
    [
      'tr',
      'Repoda vade bankaya göre 1 gün ile 90 gün arasında belirlenebilir.',
      `Repoda vade bankaya göre ${BLANK} arasında belirlenebilir.`,
      '1 gün ile 90 gün',
    ],
  ])(
    '%s: a range opened by "between" or with a unit on both bounds: %s',
    (lang, text, front, back) => {
      expect(facts(`${text}\n`, lang)).toEqual([[front, back]]);
    },
  );

  it('does not join two measures with an "and" that opens no range (en)', () => {
    const text = 'The fee is 10 and 25% of the rest is paid by the bank later.\n';
    expect(facts(text, 'en')).toEqual([
      [`The fee is 10 and ${BLANK} of the rest is paid by the bank later.`, '25%'],
    ]);
  });
});

describe('a legal citation is hidden whole, with its subsection and its law', () => {
  it.each([
    [
      'sk',
      'Podľa § 130 ods. 2 sa trinásty plat vypláca v mesiaci jún, teda vo výplate za máj.',
      `Podľa ${BLANK} sa trinásty plat vypláca v mesiaci jún, teda vo výplate za máj.`,
      '§ 130 ods. 2',
    ],
    [
      'de',
      'Gesetzlich ist die Berufsunfähigkeit in § 172 Abs. 2 des Versicherungsvertragsgesetzes definiert.',
      `Gesetzlich ist die Berufsunfähigkeit in ${BLANK} des Versicherungsvertragsgesetzes definiert.`,
      '§ 172 Abs. 2',
    ],
    [
      'de',
      'Ein Minijob ist eine geringfügige Beschäftigung im Sinne des § 8 SGB IV.',
      `Ein Minijob ist eine geringfügige Beschäftigung im Sinne des ${BLANK}.`,
      '§ 8 SGB IV',
    ],
    [
      'sk',
      'Daňový bonus upravuje § 33 zákona o dani z príjmov.',
      `Daňový bonus upravuje ${BLANK} zákona o dani z príjmov.`,
      '§ 33',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(facts(`${text}\n`, lang)).toEqual([[front, back]]);
  });

  it('asks no citation a second number continues ("§ 6 ods. 1 a 2")', () => {
    expect(facts('SZČO s príjmami z podnikania podľa § 6 ods. 1 a 2 zákona.\n', 'sk')).toEqual([]);
  });
});

describe('a fact sentence that starts with a pointing word', () => {
  it.each([
    [
      'de',
      'Verzugszinsen zahlt der Schuldner für die Dauer des Verzugs. Sie liegen für Verbraucher 5 Prozentpunkte über dem Basiszinssatz.',
      `Verzugszinsen zahlt der Schuldner für die Dauer des Verzugs. Sie liegen für Verbraucher ${BLANK} über dem Basiszinssatz.`,
    ],
    [
      'en',
      'Invoice discounting keeps the sales ledger with the business. It is offered from a turnover of £500,000 upwards.',
      `Invoice discounting keeps the sales ledger with the business. It is offered from a turnover of ${BLANK} upwards.`,
    ],
    [
      'da',
      'Loftet over omkostninger gælder for alle forbrugslån. Det ligger på 35 % af lånebeløbet om året.',
      `Loftet over omkostninger gælder for alle forbrugslån. Det ligger på ${BLANK} af lånebeløbet om året.`,
    ],
    [
      'de',
      'Die Rentenversicherung zahlt eine Erwerbsminderungsrente. Dafür müssen Arbeitnehmer täglich weniger als 6 Stunden arbeiten können.',
      `Die Rentenversicherung zahlt eine Erwerbsminderungsrente. Dafür müssen Arbeitnehmer täglich weniger als ${BLANK} arbeiten können.`,
    ],
  ])('%s: takes the sentence before as what it is about', (lang, text, front) => {
    expect(facts(text, lang).map(([cardFront]) => cardFront)).toEqual([front]);
  });

  it.each([
    ['de', 'Sie liegen für Verbraucher 5 Prozentpunkte über dem Basiszinssatz.'],
    ['en', 'The fee is 2 % of the invoice. It is 2 % of the invoice for most small firms.'],
  ])(
    '%s: asks nothing without a sentence before, or when that one holds the answer',
    (lang, text) => {
      expect(facts(text, lang).filter(([front]) => /^(Sie|It) /u.test(front))).toEqual([]);
    },
  );
});

describe('a year, a range of numbers or a large number without a unit', () => {
  it.each([
    [
      'tr',
      'Kredi Kayıt Bürosu 1995 yılında dokuz banka tarafından kuruldu.',
      `Kredi Kayıt Bürosu ${BLANK} yılında dokuz banka tarafından kuruldu.`,
      '1995',
    ],
    [
      'tr',
      'Kredi notu 1 ile 1900 arasında bir değer alır.',
      `Kredi notu ${BLANK} arasında bir değer alır.`,
      '1 ile 1900',
    ],
    [
      'tr',
      'En ideal kredi notu 1200 ve üstüdür.',
      `En ideal kredi notu ${BLANK} ve üstüdür.`,
      '1200',
    ],
    [
      'en',
      'The word outsourcing first appeared in the dictionary in 1979.',
      `The word outsourcing first appeared in the dictionary in ${BLANK}.`,
      '1979',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(facts(`${text}\n`, lang)).toEqual([[front, back]]);
  });

  it.each([
    ['de', 'Die Bank wurde von 9 Banken gemeinsam gegründet.'],
    ['en', '(Lacity, M.C. Hirschheim, R, 1993.)'],
    ['sk', 'Firmy s viac ako 50 zamestnancami to robia často.'],
  ])('%s: nothing in "%s"', (lang, text) => {
    expect(facts(`${text}\n`, lang)).toEqual([]);
  });
});

describe('a date is hidden whole, and its points end no sentence', () => {
  it.each([
    [
      'da',
      'Loftet over omkostningerne gælder i Danmark fra den 1. juli 2020.',
      `Loftet over omkostningerne gælder i Danmark fra den ${BLANK}.`,
      '1. juli 2020',
    ],
    [
      'de',
      'Ab dem 1. Januar 2025 gilt die Grundsteuer nach den neuen Grundsteuerwerten.',
      `Ab dem ${BLANK} gilt die Grundsteuer nach den neuen Grundsteuerwerten.`,
      '1. Januar 2025',
    ],
    [
      'sk',
      'Dôležitou novinkou Zákonníka práce od 1. 5. 2018 sú tzv. trináste a štrnáste platy.',
      `Dôležitou novinkou Zákonníka práce od ${BLANK} sú tzv. trináste a štrnáste platy.`,
      '1. 5. 2018',
    ],
    [
      'sk',
      'Daňové priznanie podáva daňovník do 31. marca nasledujúceho roka.',
      `Daňové priznanie podáva daňovník do ${BLANK} nasledujúceho roka.`,
      '31. marca',
    ],
    [
      'tr',
      'Yeni tarife 1 Ocak 2025 tarihinden itibaren bütün işverenler için geçerlidir.',
      `Yeni tarife ${BLANK} tarihinden itibaren bütün işverenler için geçerlidir.`,
      '1 Ocak 2025',
    ],
    [
      'en',
      'The new standard applies to every listed company from 1 January 2026.',
      `The new standard applies to every listed company from ${BLANK}.`,
      '1 January 2026',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(facts(`${text}\n`, lang)).toEqual([[front, back]]);
  });

  it('keeps a sentence whole across the point of an ordinal (de)', () => {
    const text =
      'Berufseinsteigerbonus: Wer vor dem 25. Geburtstag einen Riester-Vertrag abschließt, bekommt einmalig 200 Euro zusätzlich.\n';
    expect(facts(text, 'de')).toEqual([
      [
        `Berufseinsteigerbonus: Wer vor dem 25. Geburtstag einen Riester-Vertrag abschließt, bekommt einmalig ${BLANK} zusätzlich.`,
        '200 Euro',
      ],
    ]);
  });

  it('keeps a sentence whole across the points of its date, and the measure first', () => {
    const text = 'Der Vertrag muss am 31. Januar 2023 seit mindestens 24 Monaten bestehen.\n';
    expect(facts(text, 'de')).toEqual([
      [`Der Vertrag muss am 31. Januar 2023 seit mindestens ${BLANK} bestehen.`, '24 Monaten'],
    ]);
  });

  it.each([
    ['de', 'Die Reihenfolge ist fest: Schritt 1. Schritt 2 folgt erst nach der Prüfung im Amt.'],
    ['en', 'He was one of 5 may be a count and not a date in this sentence.'],
  ])('%s: no date in "%s"', (lang, text) => {
    expect(facts(`${text}\n`, lang)).toEqual([]);
  });
});

describe('a day of the month written after the month is hidden, its suffix kept (tr)', () => {
  it('asks the day of a deadline', () => {
    const text =
      "Kesilen stopaj, muhtasar beyanname ile bildirilir ve ertesi ayın 26'sına kadar ödenir.\n";
    expect(facts(text, 'tr')).toEqual([
      [
        `Kesilen stopaj, muhtasar beyanname ile bildirilir ve ertesi ayın ${BLANK}'sına kadar ödenir.`,
        '26',
      ],
    ]);
  });

  it.each([
    ['tr', "Bu belge 26'ncı sayfada ve sonraki bütün sayfalarda yer alır."],
    ['tr', "Kira ödemesi ayın ortasında ve 15'inde hiçbir zaman yapılmaz."],
  ])('%s: no day in "%s"', (lang, text) => {
    expect(facts(`${text}\n`, lang)).toEqual([]);
  });
});

describe('a figure an earlier sentence of the paragraph hid is the known part of the next one', () => {
  it.each([
    [
      'da',
      'Ferieåret løber fra 1. september til 31. august. Den ferie, du optjener i et ferieår, kan du holde i ferieafholdelsesperioden, der løber fra 1. september til 31. december året efter.',
      [
        [`Ferieåret løber fra ${BLANK} til 31. august.`, '1. september'],
        [
          `Den ferie, du optjener i et ferieår, kan du holde i ferieafholdelsesperioden, der løber fra 1. september til ${BLANK} året efter.`,
          '31. december',
        ],
      ],
    ],
    [
      'en',
      'The basic plan costs 12 % of the fee for the first year. The premium plan costs 12 % of the fee and a further 40 dollars per year.',
      [
        [`The basic plan costs ${BLANK} of the fee for the first year.`, '12 %'],
        [`The premium plan costs 12 % of the fee and a further ${BLANK} per year.`, '40 dollars'],
      ],
    ],
  ])('%s', (lang, text, cards) => {
    expect(facts(`${text}\n`, lang)).toEqual(cards);
  });
});

describe('a share, a part out of a whole, is hidden whole', () => {
  it.each([
    [
      'da',
      'Samlet set skal 4 ud af 5 boligejere betale mindre i skat; resten får en varig skatterabat.',
      `Samlet set skal ${BLANK} boligejere betale mindre i skat; resten får en varig skatterabat.`,
      '4 ud af 5',
    ],
    [
      'en',
      'In the survey, 3 out of 4 small firms used an outside payroll provider.',
      `In the survey, ${BLANK} small firms used an outside payroll provider.`,
      '3 out of 4',
    ],
    [
      'de',
      'Im Jahr 2021 wurden vier von fünf Anträgen auf eine BU-Rente bewilligt.',
      `Im Jahr 2021 wurden ${BLANK} Anträgen auf eine BU-Rente bewilligt.`,
      'vier von fünf',
    ],
    [
      'sk',
      'Podľa prieskumu až 2 z 3 firiem využívajú externú mzdovú službu.',
      `Podľa prieskumu až ${BLANK} firiem využívajú externú mzdovú službu.`,
      '2 z 3',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(facts(`${text}\n`, lang)).toEqual([[front, back]]);
  });

  it.each([
    ['da', 'Reformen ændrer 5 ud af 4 regler for boligejere.'],
    ['de', 'Das Büro ist von 8 bis 12 Uhr für alle Kunden geöffnet.'],
    ['en', 'He was one of 5 people who signed the contract.'],
  ])('%s: no share in "%s"', (lang, text) => {
    expect(findShare(text, lang)).toBeUndefined();
  });
});

describe('bylines, link bars and table rows state no fact', () => {
  it.each([
    [
      'tr',
      'Diğer araçlar: Faiz hesaplama | Kredi hesaplama | Emeklilik hesaplama © 2026 Hesap Rehberi.',
    ],
    ['da', 'Skrevet af Redaktionen · Opdateret: 29. oktober 2024 · Læsetid: 6 min.'],
  ])('%s: nothing in "%s"', (lang, text) => {
    expect(facts(`${text}\n`, lang)).toEqual([]);
  });
});

describe('a sentence over or under rows of cells written without a separator row', () => {
  it.each([
    [
      'sk',
      [
        'Úľavy platia vždy najviac do výšky 500 eur:',
        'Úľava | 13. plat | 14. plat',
        'daň z príjmov | oslobodený | oslobodený',
        'zdravotné odvody | oslobodený | oslobodený',
        'Ak je plat vyšší ako 500 eur, do vymeriavacieho základu sa zahrnie len časť nad 500 eur.',
      ],
      [
        [`Úľavy platia vždy najviac do výšky ${BLANK}.`, '500 eur'],
        [
          `Ak je plat vyšší ako ${BLANK}, do vymeriavacieho základu sa zahrnie len časť nad ${BLANK}.`,
          '500 eur',
        ],
      ],
    ],
    [
      'de',
      [
        'Die Pauschalen gelten bis zu einem Verdienst von 538 Euro:',
        'Abgabe | Minijob | Midijob',
        'Rentenversicherung | pauschal | anteilig',
        'Krankenversicherung | pauschal | anteilig',
        'Wer mehr als 2000 Euro verdient, zahlt die vollen Beiträge.',
      ],
      [
        [`Die Pauschalen gelten bis zu einem Verdienst von ${BLANK}.`, '538 Euro'],
        [`Wer mehr als ${BLANK} verdient, zahlt die vollen Beiträge.`, '2000 Euro'],
      ],
    ],
  ])('%s: each sentence is asked on its own, not run through the rows', (lang, lines, cards) => {
    expect(facts(`${lines.join('\n')}\n`, lang)).toEqual(cards);
  });
});

describe('a count bounded by a limit word is hidden with what it counts', () => {
  it.each([
    [
      'en',
      'Under double-entry bookkeeping every transaction is recorded in at least two accounts.',
      `Under double-entry bookkeeping every transaction is recorded in at least ${BLANK}.`,
      'two accounts',
    ],
    [
      'de',
      'Der Aufsichtsrat einer Aktiengesellschaft besteht aus mindestens drei Mitgliedern.',
      `Der Aufsichtsrat einer Aktiengesellschaft besteht aus mindestens ${BLANK}.`,
      'drei Mitgliedern',
    ],
    [
      'da',
      'Et anpartsselskab med en bestyrelse skal have mindst tre bestyrelsesmedlemmer.',
      `Et anpartsselskab med en bestyrelse skal have mindst ${BLANK}.`,
      'tre bestyrelsesmedlemmer',
    ],
    [
      'sk',
      'Spoločnosť s ručením obmedzeným môže mať najviac 50 spoločníkov.',
      `Spoločnosť s ručením obmedzeným môže mať najviac ${BLANK}.`,
      '50 spoločníkov',
    ],
    // A function word may stand between the limit and the count: "najviac v troch".
    [
      'sk',
      'Fyzická osoba môže byť jediným spoločníkom najviac v troch spoločnostiach.',
      `Fyzická osoba môže byť jediným spoločníkom najviac v ${BLANK}.`,
      'troch spoločnostiach',
    ],
    [
      'tr',
      'Bir markanın franchise verebilmesi için en az 5 işletmeye sahip olması beklenir.',
      `Bir markanın franchise verebilmesi için en az ${BLANK} sahip olması beklenir.`,
      '5 işletmeye',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(facts(text, lang)).toEqual([[front, back]]);
  });

  it.each([
    // No limit word: a small count is an aside.
    ['sk', 'Spoločnosť s ručením obmedzeným má dnes 50 spoločníkov.'],
    ['tr', 'Markanın kendi bünyesinde 5 işletmesi bulunmaktadır.'],
    // The word after the count is a function word: no thing is counted.
    ['en', 'Every transaction is recorded in at least two of the ledgers.'],
  ])('%s: no bounded count in "%s"', (lang, sentence) => {
    expect(findLimitCount(sentence, lang)).toBeUndefined();
  });
});

describe('a count after a comparison in a condition is hidden with what it counts', () => {
  it.each([
    [
      'en',
      'You can claim the allowance if you drive more than 24 km to work and back.',
      `You can claim the allowance if you drive more than ${BLANK} to work and back.`,
      '24 km',
    ],
    [
      'de',
      'Die Pauschale gilt, wenn Sie mehr als 20 km zur Arbeit fahren müssen.',
      `Die Pauschale gilt, wenn Sie mehr als ${BLANK} zur Arbeit fahren müssen.`,
      '20 km',
    ],
    [
      'da',
      'Du har ret til det, hvis du har mere end 24 km frem og tilbage mellem hjem og arbejde.',
      `Du har ret til det, hvis du har mere end ${BLANK} frem og tilbage mellem hjem og arbejde.`,
      '24 km',
    ],
    [
      'sk',
      'Daň sa platí, ak má firma viac ako 50 zamestnancov v pracovnom pomere.',
      `Daň sa platí, ak má firma viac ako ${BLANK} v pracovnom pomere.`,
      '50 zamestnancov',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(facts(text, lang)).toEqual([[front, back]]);
  });

  it.each([
    // A comparison that says which firms, outside any condition, is an aside.
    ['sk', 'Firmy s viac ako 50 zamestnancami musia viesť podvojné účtovníctvo.'],
    ['da', 'Virksomheder med mere end 50 ansatte skal have en bestyrelse.'],
    // The condition is another clause: the comparison is not in it.
    ['en', 'If you agree, firms with more than 50 staff pay the levy.'],
  ])('%s: no bounded count in "%s"', (lang, sentence) => {
    expect(findLimitCount(sentence, lang)).toBeUndefined();
  });
});

describe('a measure the rest of the sentence gives away leaves the next one', () => {
  it('de: asks the second measure when the first recurs inflected', () => {
    expect(
      facts(
        'Zudem müssen sie mindestens 5 Jahre versichert sein und davon 3 Jahre in den letzten 5 Jahren Beiträge gezahlt haben.',
        'de',
      ),
    ).toEqual([
      [
        `Zudem müssen sie mindestens 5 Jahre versichert sein und davon ${BLANK} in den letzten 5 Jahren Beiträge gezahlt haben.`,
        '3 Jahre',
      ],
    ]);
  });
});

describe('a measure whose number the rest of the sentence states is given away', () => {
  it.each([
    [
      'de',
      'Wegen der Verdienstgrenze spricht man vom 538-Euro-Job; lange lag die Grenze bei 450 Euro, weshalb noch oft vom 450-Euro-Job die Rede ist.',
    ],
    [
      'tr',
      'Örneğin 100.000 TL yatırılırsa brüt faiz 100.000 × 0,25 × (90 / 365) olarak hesaplanır.',
    ],
    ['sk', 'Ak odpracujete 120 hodín v júli a 120 v auguste, podmienku spĺňate.'],
  ])('%s: hides no measure the front reads out elsewhere', (lang, text) => {
    expect(facts(text, lang)).toEqual([]);
  });

  it('da: keeps a short number that recurs with another meaning', () => {
    expect(
      facts('Du skal have arbejdet i 2 år, og satsen stiger med 2 procentpoint om året.', 'da'),
    ).toContainEqual([
      `Du skal have arbejdet i ${BLANK}, og satsen stiger med 2 procentpoint om året.`,
      '2 år',
    ]);
  });
});

describe('a law named by its number is hidden whole, with its name', () => {
  it.each([
    [
      "Bonoya ilişkin hükümler 6102 sayılı Türk Ticaret Kanunu'nun 776. ve devamı maddelerinde düzenlenmiştir.",
      `Bonoya ilişkin hükümler ${BLANK}'nun 776. ve devamı maddelerinde düzenlenmiştir.`,
      '6102 sayılı Türk Ticaret Kanunu',
    ],
    [
      'Katılım bankaları bu adı 5411 sayılı Bankacılık Kanunu ile almıştır.',
      `Katılım bankaları bu adı ${BLANK} ile almıştır.`,
      '5411 sayılı Bankacılık Kanunu',
    ],
  ])('tr: %s', (text, front, back) => {
    expect(facts(text, 'tr')).toEqual([[front, back]]);
  });
});

describe('a law cited by its number, year and collection is hidden whole (sk)', () => {
  it.each([
    [
      'Podmienky upravuje živnostenský zákon (zákon č. 455/1991 Zb.). Fyzická osoba, ktorá prevádzkuje živnosť, sa nazýva živnostník.',
      [[`Podmienky upravuje živnostenský zákon (zákon č. ${BLANK}).`, '455/1991 Zb.']],
    ],
    [
      'Podrobnosti upravujú zákon č. 462/2003 Z. z. o náhrade príjmu a zákon č. 461/2003 Z. z. o sociálnom poistení.',
      [
        [
          `Podrobnosti upravujú zákon č. ${BLANK} o náhrade príjmu a zákon č. 461/2003 Z. z. o sociálnom poistení.`,
          '462/2003 Z. z.',
        ],
      ],
    ],
    [
      'Povinné zmluvné poistenie (PZP) je poistenie zodpovednosti za škodu. Upravuje ho zákon č. 381/2001 Z. z. Bolo zavedené na ochranu obetí dopravných nehôd.',
      [
        [
          `Povinné zmluvné poistenie (PZP) je poistenie zodpovednosti za škodu. Upravuje ho zákon č. ${BLANK}`,
          '381/2001 Z. z.',
        ],
      ],
    ],
  ])('%s', (text, cards) => {
    expect(facts(`${text}\n`, 'sk')).toEqual(cards);
  });

  it('asks no fraction or ratio without a collection after it', () => {
    expect(facts('Pomer dlhu k majetku bol vlani 1/2000 podľa výkazu firmy.\n', 'sk')).toEqual([]);
  });
});

describe("a law's article cited by its number is hidden whole (tr)", () => {
  it('asks the article, with its point and its word', () => {
    const text =
      "Türk Ticaret Kanunu'nun 89. maddesi cari hesabı bir sözleşme olarak tanımlar: taraflar alacaklarını tek tek istemekten vazgeçer.\n";
    expect(facts(text, 'tr')).toEqual([
      [
        `Türk Ticaret Kanunu'nun ${BLANK} cari hesabı bir sözleşme olarak tanımlar: taraflar alacaklarını tek tek istemekten vazgeçer.`,
        '89. maddesi',
      ],
    ]);
  });

  it('asks no ordinal before another word ("14. günü")', () => {
    expect(facts('Ödeme her ayın 14. günü hesaptan otomatik olarak çekilir.\n', 'tr')).toEqual([]);
  });
});

describe('a pronoun object second in a Slovak sentence points back to the sentence before', () => {
  it('asks the fact with the sentence that names what the pronoun stands for', () => {
    const text =
      'Exekučné konanie sa začína dňom, keď bol exekútorovi doručený návrh na vykonanie exekúcie. Exekútor ho do 15 dní predloží súdu a požiada o poverenie.\n';
    expect(facts(text, 'sk')).toEqual([
      [
        `Exekučné konanie sa začína dňom, keď bol exekútorovi doručený návrh na vykonanie exekúcie. Exekútor ho do ${BLANK} predloží súdu a požiada o poverenie.`,
        '15 dní',
      ],
    ]);
  });
});

describe('a list item that the next one continues, ending in a comma', () => {
  it.each([
    [
      'sk',
      'Podmienky úľav:\n1. pracovnoprávny vzťah trvá k 31. 10. nepretržite aspoň 48 mesiacov,\n2. zamestnanec dostal v júni plat.\n',
      `Podmienky úľav: pracovnoprávny vzťah trvá k 31. 10. nepretržite aspoň ${BLANK}.`,
      '48 mesiacov',
    ],
    [
      'da',
      'For at få dagpenge skal du:\n- have været medlem af en a-kasse i mindst 1 år,\n- være ledig.\n',
      `For at få dagpenge skal du: have været medlem af en a-kasse i mindst ${BLANK}.`,
      '1 år',
    ],
  ])('%s: asked whole', (lang, text, front, back) => {
    expect(facts(text, lang)).toEqual([[front, back]]);
  });
});

describe('a fact in the lead of a list', () => {
  it.each([
    [
      'sk',
      'Od 1. februára 2013 platí novela Obchodného zákonníka o boji proti oneskoreným platbám:\n\n- lehota splatnosti\n- paušálna náhrada\n',
      `Od ${BLANK} platí novela Obchodného zákonníka o boji proti oneskoreným platbám.`,
      '1. februára 2013',
    ],
    [
      'da',
      'Er salgsbeløbet over 3.000 kr., kræver det en fuld faktura med blandt andet:\n\n- navn\n- CVR-nummer\n',
      `Er salgsbeløbet over ${BLANK}, kræver det en fuld faktura med blandt andet.`,
      '3.000 kr.',
    ],
  ])('%s: is asked as a sentence, without its colon', (lang, text, front, back) => {
    expect(facts(text, lang)).toEqual([[front, back]]);
  });
});

describe('a citation yields to a number the sentence states of its own', () => {
  it.each([
    [
      'sk',
      'Podľa § 130 ods. 2 sa od roku 2019 vypláca trinásty plat v júni.',
      `Podľa § 130 ods. 2 sa od roku ${BLANK} vypláca trinásty plat v júni.`,
      '2019',
    ],
    [
      'de',
      'Nach § 8 SGB IV gibt es den Minijob seit 2003 in dieser Form.',
      `Nach § 8 SGB IV gibt es den Minijob seit ${BLANK} in dieser Form.`,
      '2003',
    ],
    [
      'de',
      'Nach § 8 SGB IV dauert ein kurzfristiger Minijob höchstens drei Monate im Jahr.',
      `Nach § 8 SGB IV dauert ein kurzfristiger Minijob höchstens ${BLANK} im Jahr.`,
      'drei Monate',
    ],
    [
      'da',
      'Efter § 8, stk. 3 blev ordningen indført i 1907 af staten.',
      `Efter § 8, stk. 3 blev ordningen indført i ${BLANK} af staten.`,
      '1907',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(facts(`${text}\n`, lang)).toEqual([[front, back]]);
  });

  it.each([
    // the number of a law or of a paragraph is part of its citation, no number of its own
    [
      'sk',
      'Daňový bonus upravuje § 33 zákona č. 595/2003 Z. z. o dani z príjmov.',
      `Daňový bonus upravuje ${BLANK} zákona č. 595/2003 Z. z. o dani z príjmov.`,
      '§ 33',
    ],
    [
      'de',
      'Die Berufsunfähigkeit ist in § 172 Abs. 2 des Gesetzes definiert.',
      `Die Berufsunfähigkeit ist in ${BLANK} des Gesetzes definiert.`,
      '§ 172 Abs. 2',
    ],
  ])('%s: %s', (lang, text, front, back) => {
    expect(facts(`${text}\n`, lang)).toEqual([[front, back]]);
  });
});

describe('a list item that goes on from its lead is asked with the lead', () => {
  it.each([
    [
      'the sentence before the list',
      'da',
      '## Dagpenge\n\nFor at få dagpenge skal du:\n\n1. have været medlem af en a-kasse i mindst 1 år,\n2. være ledig.\n',
      `For at få dagpenge skal du: have været medlem af en a-kasse i mindst ${BLANK}.`,
      '1 år',
    ],
    [
      'the last sentence of the paragraph before the list',
      'tr',
      '## Kıdem\n\nİstifa edenler bu tazminatı alamaz. Ancak şu sebeplerle ayrılanlar tazminat alabilir:\n\n1) emeklilik,\n2) kadın çalışanlar için evlendikten sonraki 1 yıl içinde ayrılma.\n',
      `Ancak şu sebeplerle ayrılanlar tazminat alabilir: kadın çalışanlar için evlendikten sonraki ${BLANK} içinde ayrılma.`,
      '1 yıl',
    ],
    [
      'the heading over a list that opens its section',
      'sk',
      '## Podmienky úľav pre 13. plat\n\n1. musí byť vyplatený v júni,\n2. pracovnoprávny vzťah trvá k 30. 4. nepretržite aspoň 24 mesiacov.\n',
      `Podmienky úľav pre 13. plat: pracovnoprávny vzťah trvá k 30. 4. nepretržite aspoň ${BLANK}.`,
      '24 mesiacov',
    ],
    [
      'the heading when the lead is too long for one question',
      'sk',
      '## Lehota splatnosti\n\nOd februára platí novela Obchodného zákonníka, ktorá prebrala smernicu Európskej únie o boji proti oneskoreným platbám medzi podnikateľmi navzájom a medzi podnikateľmi a verejnými subjektmi v celej Európskej únii:\n\n- pre obce platí iná lehota,\n- ak lehota v zmluve nie je dohodnutá, je to 30 dní od doručenia faktúry alebo od plnenia, podľa toho, čo nastane skôr.\n',
      `Lehota splatnosti: ak lehota v zmluve nie je dohodnutá, je to ${BLANK} od doručenia faktúry alebo od plnenia, podľa toho, čo nastane skôr.`,
      '30 dní',
    ],
  ])('%s (%s)', (_case, lang, text, front, back) => {
    expect(facts(text, lang)).toContainEqual([front, back]);
  });

  it.each([
    [
      'no lead and no heading',
      'en',
      'Some rules apply.\n\n- hold the bond for at least 5 years,\n- pay the tax.\n',
    ],
    [
      'a lead that holds the answer',
      'da',
      'Kravet er 1 år, og for at få dagpenge skal du:\n\n- have været medlem af en a-kasse i mindst 1 år,\n- være ledig.\n',
    ],
  ])('none with %s (%s)', (_case, lang, text) => {
    const fronts = facts(text, lang).map(([front]) => front);
    expect(fronts.filter((front) => /hold the bond|medlem/u.test(front))).toEqual([]);
  });
});
