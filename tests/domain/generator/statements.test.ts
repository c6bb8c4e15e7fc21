// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { CardDraft } from '../../../src/domain/generator/ids.ts';
import { collectDocumentTerms, withDefinedTerms } from '../../../src/domain/generator/key-terms.ts';
import { splitSections } from '../../../src/domain/generator/sections.ts';
import { statementCards } from '../../../src/domain/generator/statements.ts';
import { parseDocument } from '../../../src/domain/generator/structure.ts';
import { BLANK } from '../../../src/domain/generator/text.ts';
import { build, cardsOf } from './generator-test-helpers.ts';

/** [front, back] of the highlight cards of a document. */
function clozes(text: string, name: string): [string, string][] {
  return cardsOf(build(text, name), 'highlight').map((card) => [card.front, card.back]);
}

describe('statement cards: a plain sentence about a term the document defines or marks', () => {
  it.each([
    [
      'da',
      '# Outsourcing i Danmark\n\nKontraktproduktion er produktion hos en anden virksomhed efter ordre. Under outsourcing indgår kontraktproduktion også. Mange virksomheder bruger kontraktproduktion i dag.\n',
      `Under outsourcing indgår ${BLANK} også.`,
      'kontraktproduktion',
    ],
    [
      'sk',
      '# Leasing na Slovensku\n\nAkontácia je prvá splátka pri uzavretí zmluvy o leasingu. Pri operatívnom leasingu sa neplatí akontácia a servis zabezpečuje leasingová spoločnosť.\n',
      `Pri operatívnom leasingu sa neplatí ${BLANK} a servis zabezpečuje leasingová spoločnosť.`,
      'akontácia',
    ],
    [
      'tr',
      '# Franchising Rehberi\n\nFranchising, bir markanın iş modelini başka girişimcilere belirli bir bedel karşılığında kullandırmasıdır. Türkçede "imtiyaz" olarak karşılanan franchising kelimesi İngilizcedir.\n',
      `Türkçede "${BLANK}" olarak karşılanan franchising kelimesi İngilizcedir.`,
      'imtiyaz',
    ],
    [
      'de',
      '# Personalwesen\n\nEin Werkvertrag ist ein Vertrag über ein bestimmtes Ergebnis gegen Vergütung. Die Zeitarbeit ist vom Werkvertrag klar zu unterscheiden, sagen die Gerichte.\n',
      `Die Zeitarbeit ist vom ${BLANK} klar zu unterscheiden, sagen die Gerichte.`,
      'Werkvertrag',
    ],
    [
      'en',
      '# Bonds for beginners\n\nThe **face value** is the amount the issuer repays when the bond matures. A bond that trades below its face value trades at a discount in the market.\n',
      `A bond that trades below its ${BLANK} trades at a discount in the market.`,
      'face value',
    ],
    // a term set in bold once: the writer points it out
    [
      'da',
      '# Årsrapport\n\nVirksomheden skal give alle de oplysninger, der er relevante for at give regnskabsbrugeren et **retvisende billede**.\n',
      `Virksomheden skal give alle de oplysninger, der er relevante for at give regnskabsbrugeren et ${BLANK}.`,
      'retvisende billede',
    ],
    [
      'de',
      '# Tagesgeld\n\nViele Direktbanken locken Neukunden mit **Aktionszinsen**, die nur drei, sechs oder zwölf Monate gelten.\n',
      `Viele Direktbanken locken Neukunden mit ${BLANK}, die nur drei, sechs oder zwölf Monate gelten.`,
      'Aktionszinsen',
    ],
    // a name the writer points out ("so-called", "sogenannte", "adı verilen"), even once
    [
      'en',
      '# Shared services\n\nThe unit that receives the services pays for them through an internal price, a so-called transfer price.\n',
      `The unit that receives the services pays for them through an internal price, a so-called ${BLANK}.`,
      'transfer price',
    ],
    [
      'de',
      '# Factoring\n\nFür seine Leistung verlangt der Factor eine Gebühr, die sogenannte Factoringgebühr, sowie Zinsen.\n',
      `Für seine Leistung verlangt der Factor eine Gebühr, die sogenannte ${BLANK}, sowie Zinsen.`,
      'Factoringgebühr',
    ],
    [
      'tr',
      '# Franchising\n\nFranchise alan, ardından cirosu üzerinden her ay royalty adı verilen bir pay öder.\n',
      `Franchise alan, ardından cirosu üzerinden her ay ${BLANK} adı verilen bir pay öder.`,
      'royalty',
    ],
  ])('%s: the defined or marked term is hidden', (lang, text, front, back) => {
    expect(clozes(text, `doc.${lang}.md`)).toContainEqual([front, back]);
  });

  it.each([
    [
      'the topic of the whole document',
      '# HDP\n\nHDP je celková hodnota tovarov a služieb krajiny. HDP sa počíta za rok. HDP rastie. HDP klesá v kríze. Na Slovensku HDP zostavuje štatistický úrad každý štvrťrok.\n',
      'HDP',
    ],
    [
      'a short repeated word that is no term',
      '# Leasing\n\nAkontácia je prvá splátka pri uzavretí zmluvy. Leasing najčastejšie využívajú firmy, ktoré akontácia netrápi a leasing najčastejšie berú na autá.\n',
      'najčastejšie',
    ],
    [
      'a cell of a table row read as one sentence',
      '# Leasing\n\nAkontácia je prvá splátka pri uzavretí zmluvy. Akontácia sa platí vopred.\n\nPríklad | Akontácia | Splátka | Zostatok | Auto na leasing | 3 000 eur | 300 eur | 9 000 eur.\n',
      'Akontácia',
    ],
  ])('hides no %s', (_, text, answer) => {
    expect(clozes(text, 'doc.sk.md').map(([, back]) => back)).not.toContain(answer);
  });

  it('hides a term the body defines and repeats, which is not yet the topic', () => {
    const text = [
      '# Working capital',
      '',
      'Working capital is defined as current assets minus current liabilities. Current assets are assets that will be turned into cash within a year, such as inventory. A firm with more current assets than current liabilities can pay its bills. Banks look at current assets when they lend. Inventory counts among current assets in every balance sheet.',
      '',
    ].join('\n');
    expect(clozes(text, 'doc.en.md')).toContainEqual([
      `Working capital is defined as ${BLANK} minus current liabilities.`,
      'current assets',
    ]);
  });

  it('asks no sentence that starts in lower case or points back to the one before', () => {
    const text =
      '# Outsourcing\n\nOffshoring je presun činností do zahraničia. Týmto sa outsourcing líši od ostatných foriem, ako je offshoring alebo nearshoring pri firmách.\n';
    expect(clozes(text, 'doc.sk.md').map(([front]) => front)).toEqual([]);
  });
});

describe('statement cards: a sentence another card already asks', () => {
  // Fullwidth low lines fold to the blank: the body sentence folds to what the other card's
  // front says, blank and all, in other letter case.
  const asked = 'The face value is the amount the issuer repays when the ＿＿＿＿＿ matures.';
  const text = `# Bonds for beginners\n\nThe **face value** is the amount the issuer repays when the ＿＿＿＿＿ matures. A bond can trade below its face value.\n`;
  const doc = parseDocument(text);
  const terms = withDefinedTerms(collectDocumentTerms(text, doc, 'en'), []);
  const sections = splitSections(doc.blocks);
  const taken: CardDraft[] = [
    {
      kind: 'highlight',
      anchor: 'other',
      front: `Bonds. THE FACE VALUE IS THE AMOUNT THE ISSUER REPAYS WHEN THE ${BLANK} MATURES.`,
      back: 'bond',
      context: '',
      lines: [3, 3],
    },
  ];
  const fronts = (cards: readonly CardDraft[]) => cards.map((card) => card.front);

  it('is asked when no other card asks it', () => {
    expect(fronts(statementCards(sections, terms, 'Bonds for beginners', []))).toEqual([
      asked.replace('face value', BLANK),
    ]);
  });

  it('is left to the other card, even when the sentences share only their fold and the blank', () => {
    expect(fronts(statementCards(sections, terms, 'Bonds for beginners', taken))).toEqual([
      `A bond can trade below its ${BLANK}.`,
    ]);
  });
});

describe('a sentence whose first term another statement already hides asks another term', () => {
  it.each([
    [
      'wc.en.md',
      '# Working capital\n\nCurrent assets are cash and assets that turn into cash within a year. Current liabilities are debts that must be paid within a year.\n\nWorking capital is defined as current assets minus current liabilities. To calculate the ratio, divide total current assets by total current liabilities.\n',
      [
        [`Working capital is defined as ${BLANK} minus current liabilities.`, 'current assets'],
        [
          `To calculate the ratio, divide total current assets by total ${BLANK}.`,
          'current liabilities',
        ],
      ],
    ],
    [
      'wc.da.md',
      '# Arbejdskapital\n\nOmsætningsaktiver er kontanter og aktiver, der bliver til kontanter inden for et år. Kortfristet gæld er gæld, der skal betales inden for et år.\n\nArbejdskapitalen opgøres som omsætningsaktiver minus kortfristet gæld. Nøgletallet beregnes ved at dividere de samlede omsætningsaktiver med den samlede kortfristet gæld.\n',
      [
        [`Arbejdskapitalen opgøres som omsætningsaktiver minus ${BLANK}.`, 'kortfristet gæld'],
        [
          `Nøgletallet beregnes ved at dividere de samlede ${BLANK} med den samlede kortfristet gæld.`,
          'omsætningsaktiver',
        ],
      ],
    ],
  ])('%s', (name, text, expected) => {
    expect(clozes(text, name)).toEqual(expected);
  });
});

describe('statement cards: a name in a sentence about the topic', () => {
  it.each([
    [
      'tr, an acronym with its suffix',
      'repo.tr.md',
      "# Repo\n\nRepo, bankaların menkul kıymetleri geri alma vaadiyle sattığı kısa vadeli bir işlemdir. Repo, yalnız SPK'nın yetkili kıldığı bankalar ve aracı kurumlar tarafından yapılabilir.\n",
      `Repo, yalnız ${BLANK}'nın yetkili kıldığı bankalar ve aracı kurumlar tarafından yapılabilir.`,
      'SPK',
    ],
    [
      'tr, a name with its suffix',
      'kredi.tr.md',
      "# Kredi notu\n\nKredi notu, bir kişinin borçlarını ödeme geçmişine göre verilen puandır. Türkiye'de kredi notu hizmeti sunan tek kuruluş Findeks'tir.\n",
      `Türkiye'de kredi notu hizmeti sunan tek kuruluş ${BLANK}'tir.`,
      'Findeks',
    ],
    [
      'da, after the topic with its ending',
      'aarsrapport.da.md',
      '# Årsrapport\n\nEn årsrapport er virksomhedens regnskab for et helt regnskabsår. Alle selskaber skal indsende årsrapporten digitalt til Erhvervsstyrelsen hvert år.\n',
      `Alle selskaber skal indsende årsrapporten digitalt til ${BLANK} hvert år.`,
      'Erhvervsstyrelsen',
    ],
    [
      'da, a law in the genitive',
      'aop.da.md',
      '# ÅOP\n\nÅOP er de årlige omkostninger ved et lån i procent. ÅOP udregnes efter en formel i Kreditaftalelovens bilag 1.\n',
      `ÅOP udregnes efter en formel i ${BLANK} bilag 1.`,
      'Kreditaftalelovens',
    ],
    [
      'sk, a group with a lower-case word',
      'hdp.sk.md',
      '# Hrubý domáci produkt (HDP)\n\nHDP je celková hodnota tovarov a služieb vytvorených za rok na území štátu. Na Slovensku HDP zostavuje Štatistický úrad SR.\n',
      `Na Slovensku HDP zostavuje ${BLANK}.`,
      'Štatistický úrad SR',
    ],
    [
      'de, a hyphenated word holding an acronym',
      'insourcing.de.md',
      '# Insourcing\n\nInsourcing ist die Rückverlagerung von Leistungen in das eigene Unternehmen. Mit der STOQ-K-Methode wird untersucht, ob Insourcing für ein Unternehmen geeignet ist.\n',
      `Mit der ${BLANK} wird untersucht, ob Insourcing für ein Unternehmen geeignet ist.`,
      'STOQ-K-Methode',
    ],
    [
      'en, a group of capitalised words',
      'credit.en.md',
      '# Credit score\n\nA credit score is a number that shows how likely a borrower is to repay a loan. Most lenders use the credit score made by Fair Isaac Corporation.\n',
      `Most lenders use the credit score made by ${BLANK}.`,
      'Fair Isaac Corporation',
    ],
  ])('%s', (_, name, text, front, back) => {
    expect(clozes(text, name)).toContainEqual([front, back]);
  });

  it.each([
    [
      'a country the sentence mentions in passing',
      'dph.sk.md',
      '# DPH\n\nDPH je nepriama daň, ktorú platí konečný spotrebiteľ pri kúpe tovaru. Základná sadzba DPH na Slovensku je vysoká oproti susedom.\n',
      'Slovensku',
    ],
    [
      'a compound on the topic',
      'bpo.da.md',
      '# BPO\n\nBPO er outsourcing af forretningsprocesser til en ekstern leverandør. Virksomheder kan undervurdere driftsomkostningerne for BPO-udbydere.\n',
      'BPO-udbydere',
    ],
    [
      'a German noun, however often the document says it',
      'minijob.de.md',
      '# Minijob\n\nEin Minijob ist eine geringfügige Beschäftigung mit niedrigem Lohn. Minijobber erhalten ihren Lohn brutto für netto.\n',
      'Lohn',
    ],
    [
      'a name in a sentence not about the topic',
      'repo.tr.md',
      "# Repo\n\nRepo, bankaların menkul kıymetleri geri alma vaadiyle sattığı kısa vadeli bir işlemdir. Müşteri kıymetleri teslim almaz; kıymetler Takasbank'ta saklanır.\n",
      'Takasbank',
    ],
  ])('hides no %s', (_, name, text, answer) => {
    expect(clozes(text, name).map(([, back]) => back)).not.toContain(answer);
  });
});
