// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeCloze, revealsAnswer, topicAcronyms } from '../../../src/domain/generator/cloze.ts';
import {
  collectDocumentTerms,
  keyTermProblem,
  type DocumentTerms,
} from '../../../src/domain/generator/key-terms.ts';
import { parseDocument } from '../../../src/domain/generator/structure.ts';
import { BLANK } from '../../../src/domain/generator/text.ts';
import { build, cardsOf } from './generator-test-helpers.ts';

/** The document's term signals, with `context` standing for the rest of the article. */
function terms(sentence: string, context = '', lang = 'en'): DocumentTerms {
  const text = `${sentence}\n\n${context}\n`;
  return collectDocumentTerms(text, parseDocument(text), lang);
}

describe('a currency acronym after its number is hidden with the number, never alone', () => {
  it.each([
    ['tr', "Net asgari ücret 2024'te 17.002,12 TL'dir.", '17.002,12 TL'],
    ['en', 'The annual fee is 120 USD for every user of the service.', '120 USD'],
    ['de', 'Die Kontoführung kostet bei dieser Bank 5 EUR im Monat.', '5 EUR'],
    ['da', 'Gebyret for kontoen er 200 EUR om året hos banken.', '200 EUR'],
    ['sk', 'Poplatok za vedenie účtu je v tejto banke 3 EUR mesačne.', '3 EUR'],
  ])('%s: %s', (lang, sentence, answer) => {
    expect(makeCloze(sentence, terms(sentence, '', lang))).toEqual({
      answer,
      front: sentence.replace(answer, BLANK),
    });
  });
});

describe('a word group said once is a name only when it ends in a capital too', () => {
  it.each([
    [
      'en',
      'The P/E ratio compares a share price with the earnings of the firm.',
      'A high P/E ratio can mean the stock is expensive.',
      'P/E ratio',
    ],
    [
      'tr',
      'Findeks puanı bankaların kredi kararlarında kullanılır.',
      'Findeks puanı 1 ile 1900 arasındadır.',
      'Findeks puanı',
    ],
    [
      'da',
      'Ifølge Danmarks Nationalbank steg renten sidste år kraftigt.',
      '',
      'Danmarks Nationalbank',
    ],
  ])('%s: %s', (lang, sentence, context, answer) => {
    expect(makeCloze(sentence, terms(sentence, context, lang))).toEqual({
      answer,
      front: sentence.replace(answer, BLANK),
    });
  });
});

describe('makeCloze', () => {
  it.each([
    [
      'a quoted term first',
      'BPO vil blive betragtet som "offshore outsourcing", hvis sælgeren er i et andet land.',
      '',
      'offshore outsourcing',
      `BPO vil blive betragtet som "${BLANK}", hvis sælgeren er i et andet land.`,
    ],
    [
      'German quotes',
      'Ein Center im Nachbarland wird auch „Nearshore-Center“ genannt.',
      '',
      'Nearshore-Center',
      `Ein Center im Nachbarland wird auch „${BLANK}“ genannt.`,
    ],
    [
      'a word group the document links',
      'Factoring hilft dem Mittelstand bei der Liquidität.',
      'Der [Mittelstand](/m) profitiert.',
      'Mittelstand',
      `Factoring hilft dem ${BLANK} bei der Liquidität.`,
    ],
    [
      'an acronym, every occurrence',
      'BPO begyndte med produktion, men i dag er BPO vokset.',
      '',
      'BPO',
      `${BLANK} begyndte med produktion, men i dag er ${BLANK} vokset.`,
    ],
    [
      'an acronym in inflected forms',
      "BPO'nun avantajları BPO-firmaları için büyüktür.",
      '',
      'BPO',
      `${BLANK}'nun avantajları ${BLANK}-firmaları için büyüktür.`,
    ],
    [
      'an acronym after its expansion: the whole name',
      'Business process outsourcing (BPO) bruger tredjepartsleverandører til opgaver.',
      '',
      'Business process outsourcing (BPO)',
      `${BLANK} bruger tredjepartsleverandører til opgaver.`,
    ],
    [
      'a translated expansion near the sentence start',
      'İş süreçleri dış kaynak kullanımı (BPO), üçüncü taraf satıcılardan yararlanır.',
      '',
      'İş süreçleri dış kaynak kullanımı (BPO)',
      `${BLANK}, üçüncü taraf satıcılardan yararlanır.`,
    ],
    [
      'a number with its unit, whole',
      'Nearshore partners usually work within 3 hours of their clients.',
      '',
      '3 hours',
      `Nearshore partners usually work within ${BLANK} of their clients.`,
    ],
    [
      'a bare number when no unit follows',
      'Nearshore partners usually work in 3 countries near their clients.',
      '',
      '3',
      `Nearshore partners usually work in ${BLANK} countries near their clients.`,
    ],
    [
      'a repeated noun phrase, whole',
      'Bonds pay a coupon and move with market interest rates.',
      'When interest rates rise, bond prices fall.',
      'interest rates',
      `Bonds pay a coupon and move with market ${BLANK}.`,
    ],
    [
      'a whole Turkish phrase, not the inflected word after it',
      'BPO, tedarik zinciri yönetimine yardımcı oldu.',
      'Tedarik zinciri uzundur. Yönetimi zordur.',
      'tedarik zinciri',
      `BPO, ${BLANK} yönetimine yardımcı oldu.`,
    ],
    [
      'the Turkish form the document repeats, not an inflected fragment',
      'Temettü, şirket kârının hissedarlara dağıtılan kısmıdır.',
      'Temettü nedir? Temettü verimi yüksektir.',
      'Temettü',
      `${BLANK}, şirket kârının hissedarlara dağıtılan kısmıdır.`,
    ],
  ])('%s', (_name, sentence, context, answer, front) => {
    const lang = /[ıüğş]/u.test(sentence) ? 'tr' : 'en';
    expect(makeCloze(sentence, terms(sentence, context, lang), ['BPO'])).toEqual({ answer, front });
  });

  it.each([
    ['only words said once', 'Virksomheder bruger viden, når de mangler fagfolk.', '', 'da'],
    [
      'a generic word, however often repeated',
      'Ideelt set ser virksomhederne til outsourcing.',
      'Virksomhederne vil spare. Virksomhederne vokser.',
      'da',
    ],
    ['nothing but function words', 'It is as it was.', 'It is. It was.', 'en'],
  ])('makes no cloze for %s', (_name, sentence, context, lang) => {
    expect(makeCloze(sentence, terms(sentence, context, lang), ['KPO', 'BPO'])).toBeUndefined();
  });

  it.each([
    [
      'KPO helps firms hire specialised experts quickly.',
      'Specialised experts cost money.',
      { front: 'KPO helps firms hire _____ quickly.', answer: 'specialised experts' },
    ],
    [
      'Knowledge Process Outsourcing (KPO) relies on qualified experts.',
      'Qualified experts are rare.',
      {
        front: 'Knowledge Process Outsourcing (KPO) relies on _____.',
        answer: 'qualified experts',
      },
    ],
    ['KPO grows fast.', '', { front: '_____ grows fast.', answer: 'KPO' }],
  ])('hides a topic term (%s) only when nothing else can be hidden', (sentence, context, cloze) => {
    expect(makeCloze(sentence, terms(sentence, context), ['KPO'])).toEqual(cloze);
  });
});

describe('keyTermProblem', () => {
  const doc = terms(
    'Tedarik zinciri yönetimine yardımcı olur.',
    'Tedarik zinciri önemlidir. Tedarik zinciri uzundur. Yönetimi zordur. 7/24 destek verir. Şirketler büyür. Şirketler küçülür. Şirketler ölçer.',
    'tr',
  );
  it.each([
    ['ve', `Alım ${BLANK} satım.`, 'function word'],
    ['Şirketler', `${BLANK} büyür.`, 'generic word'],
    ['yönetimine', `Tedarik zinciri ${BLANK} yardımcı olur.`, 'inflected fragment'],
    ['tedarik', `${BLANK} zinciri önemlidir.`, 'half of a compound'],
    ['24', `7/${BLANK} destek verir.`, 'half of a compound'],
    ['tedarik zinciri', `${BLANK} ve tedarik zinciri.`, 'given away'],
    ['tedarik zinciri', `${BLANK} önemlidir.`, undefined],
    ['BPO', `${BLANK} büyür.`, undefined],
    ['elde edilen', `Mevduattan ${BLANK} faiz gelirinden stopaj kesilir.`, 'generic word'],
  ])('%s in "%s" → %s', (answer, front, problem) => {
    expect(keyTermProblem(answer, front, doc)).toBe(problem);
  });
});

describe('a term hidden twice that is the shared half of two different terms', () => {
  it.each([
    [
      'en',
      'To calculate it, divide total current assets by total current liabilities.',
      'total current',
      `To calculate it, divide ${BLANK} assets by ${BLANK} liabilities.`,
    ],
    [
      'da',
      'Man dividerer samlede kortfristede aktiver med samlede kortfristede gældsposter.',
      'samlede kortfristede',
      `Man dividerer ${BLANK} aktiver med ${BLANK} gældsposter.`,
    ],
    [
      'de',
      'Man teilt die gesamten kurzfristigen Aktiva durch die gesamten kurzfristigen Passiva.',
      'gesamten kurzfristigen',
      `Man teilt die ${BLANK} Aktiva durch die ${BLANK} Passiva.`,
    ],
    [
      'sk',
      'Vydelíme celkové obežné aktíva celkovými krátkodobými záväzkami a celkové obežné náklady.',
      'celkové obežné',
      `Vydelíme ${BLANK} aktíva celkovými krátkodobými záväzkami a ${BLANK} náklady.`,
    ],
    [
      'tr',
      'Toplam dönen varlıklar toplam dönen borçlara bölünür.',
      'toplam dönen',
      `${BLANK} varlıklar ${BLANK} borçlara bölünür.`,
    ],
  ])('%s: %s', (lang, sentence, answer, front) => {
    expect(keyTermProblem(answer, front, terms(sentence, '', lang))).toBe('half of a compound');
  });

  it('keeps a whole term said twice before different words: "BPO began …, BPO grew …"', () => {
    const sentence = 'BPO began in factories, but today BPO grew into every sector.';
    expect(
      keyTermProblem(
        'BPO',
        `${BLANK} began in factories, but today ${BLANK} grew into every sector.`,
        terms(sentence),
      ),
    ).toBeUndefined();
  });
});

describe('topicAcronyms', () => {
  it.each([
    ['Rozdiel medzi BPO a KPO', ['BPO', 'KPO']],
    ['Knowledge Process Outsourcing (KPO)', ['KPO']],
    ['Was ist Outsourcing?', []],
  ])('%s → %j', (title, acronyms) => {
    expect(topicAcronyms(title)).toEqual(acronyms);
  });
});

describe('revealsAnswer', () => {
  it.each([
    ['_____ og BPO-firmaer', 'bpo', true],
    ['Kľúčový _____', 'kľúčový', true],
    ['Kľúčový _____', 'klucovy', true],
    ['_____ bruger leverandører', 'BPO', false],
  ])('%s / %s → %s', (front, answer, expected) => {
    expect(revealsAnswer(front, answer)).toBe(expected);
  });
});

describe('highlight cards', () => {
  it.each([
    ['## Key Takeaways'],
    ['##Højdepunkter'],
    ['### öne çıkanlar'],
    ['Hlavné body'],
    ['**Key Takeaways**'],
  ])('reads the bullets under %s', (heading) => {
    const deck = build(
      `# T\n\n${heading}\n\n- KPO udliciterer videnbaseret arbejde.\n- Firmaer sparer 20 procent.\n`,
    );
    expect(cardsOf(deck, 'highlight').map((card) => [card.front, card.back, card.context])).toEqual(
      [
        [
          `${BLANK} udliciterer videnbaseret arbejde.`,
          'KPO',
          'KPO udliciterer videnbaseret arbejde.',
        ],
        [`Firmaer sparer ${BLANK}.`, '20 procent', 'Firmaer sparer 20 procent.'],
      ],
    );
  });

  it('reads one paragraph per point when the section has no bullets', () => {
    const deck = build('Title\n\nKey Takeaways\n\nKPO needs experts.\n\nBPO needs 2 shifts.\n');
    expect(cardsOf(deck, 'highlight').map((card) => card.back)).toEqual(['KPO', 'BPO']);
  });

  it('skips fragments of fewer than three words', () => {
    expect(() => build('## Highlights\n\n- KPO\n- Two words\n')).toThrow('nothing to learn');
  });
});

describe('one cloze per fact', () => {
  it('keeps the shortest of nearby clozes hiding the same answer in much the same words', () => {
    const text = [
      '# Kredi notu',
      '',
      '## Öne Çıkanlar',
      '',
      "- Ödeme geçmişi kredi notunun %35'ini belirler.",
      "- Kredi kullanım oranı notun %30'unu belirler.",
      "- Limitin %30'undan fazlasını kullanmak notunuzu düşürür.",
      "- İdeal kullanım: kredi kartı limitinizin en fazla %30'unu kullanın.",
      '',
    ].join('\n');
    expect(cardsOf(build(text), 'highlight').map((card) => [card.front, card.back])).toEqual([
      [`Ödeme geçmişi kredi notunun ${BLANK}'ini belirler.`, '%35'],
      [`Kredi kullanım oranı notun ${BLANK}'unu belirler.`, '%30'],
      [`Limitin ${BLANK}'undan fazlasını kullanmak notunuzu düşürür.`, '%30'],
    ]);
  });
});

describe('one cloze per fact across the document', () => {
  /** [front, back] of the clozes of `text` hiding `answer`. */
  function clozesOf(text: string, answer: string): [string, string][] {
    return cardsOf(build(text), 'highlight')
      .filter((card) => card.back === answer)
      .map((card) => [card.front, card.back]);
  }
  const filler = [
    'Banks pay interest on savings accounts every month.',
    '',
    'Borrowers pay interest on loans and credit cards.',
    '',
    'Savers earn more when the interest is added to the balance.',
    '',
  ];

  it('keeps the fuller of two far-apart clozes that say the same fact', () => {
    const text = [
      '# Compound interest',
      '',
      '## How compounding works',
      '',
      'At 6% a year, money doubles in about 12 years.',
      '',
      ...filler,
      '## Key Takeaways',
      '',
      '- By the rule of 72, money at 6% doubles in about 12 years.',
      '',
    ].join('\n');
    expect(clozesOf(text, '6%')).toEqual([
      [`By the rule of 72, money at ${BLANK} doubles in about 12 years.`, '6%'],
    ]);
  });

  it('reads the heading of the earlier cloze as its words', () => {
    const text = [
      '# Úrok z omeškania',
      '',
      '## Lehota splatnosti medzi podnikateľmi',
      '',
      'Zmluvná lehota splatnosti nesmie presiahnuť 60 dní od doručenia faktúry.',
      '',
      'Veriteľ môže žiadať úrok z omeškania za každý deň omeškania.',
      '',
      'Dlžník platí úrok z omeškania aj pri čiastočnej úhrade faktúry.',
      '',
      'Úrok z omeškania sa počíta z dlžnej sumy bez zdržania.',
      '',
      '## Hlavné body',
      '',
      '- Lehota splatnosti medzi podnikateľmi najviac 60 dní.',
      '',
    ].join('\n');
    expect(clozesOf(text, '60 dní')).toEqual([
      [`Zmluvná lehota splatnosti nesmie presiahnuť ${BLANK} od doručenia faktúry.`, '60 dní'],
    ]);
  });

  it('keeps two facts that share an answer and only some words', () => {
    const text = [
      '# Børneopsparing',
      '',
      '## Oprettelse',
      '',
      'Børneopsparingen skal oprettes senest i det kalenderår, hvor barnet fylder 14 år.',
      '',
      'Forældre og bedsteforældre kan oprette en børneopsparing til barnet.',
      '',
      'Der kan indbetales et fast beløb om året til opsparingen.',
      '',
      'Pengene står på en særlig konto i banken i hele perioden.',
      '',
      '## Bindingsperiode',
      '',
      'Den kan tidligst udløbe, når barnet fylder 14 år, og senest i det år, hvor barnet fylder 21.',
      '',
    ].join('\n');
    expect(clozesOf(text, '14 år')).toHaveLength(2);
  });
});
