// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseKeyDifference } from '../../../src/domain/generator/definitions.ts';
import { build, cardsOf } from './generator-test-helpers.ts';

function definitions(text: string): [string, string][] {
  return cardsOf(build(text), 'definition').map((card) => [card.front, card.back]);
}

describe('what-is sections', () => {
  it('asks the heading and answers with the first paragraph', () => {
    const text = '# KPO\n## Hvad er KPO?\n\nKPO er outsourcing af [viden](/v).\n\nMere tekst.\n';
    expect(definitions(text)).toEqual([['Hvad er KPO?', 'KPO er outsourcing af viden.']]);
  });

  it('makes no card when a label ("TL;DR") stands where the answer should be', () => {
    const text =
      '# What is EBITDA?\n\nTL;DR\n  • EBITDA measures core profit\n\n## FAQ\n\n### Why?\n\nBecause.\n';
    expect(definitions(text)).toEqual([]);
  });

  it.each([
    [
      'en',
      '# What is the P/E ratio?\n\n**Key Takeaways**\n- The P/E ratio compares a price with earnings.\n- A P/E of 20 is common.\n\nThe price-to-earnings ratio (P/E ratio) is the ratio for valuing a company.\n',
      'What is the P/E ratio?',
      'The price-to-earnings ratio (P/E ratio) is the ratio for valuing a company.',
    ],
    [
      'tr',
      '# Temettü nedir?\n\nÖne Çıkanlar\n- Temettü kârdan ödenir.\n- Genel kurul karar verir.\n\nTemettü, şirketin dağıttığı kâr payıdır.\n',
      'Temettü nedir?',
      'Temettü, şirketin dağıttığı kâr payıdır.',
    ],
    [
      'da',
      '## Hvad er en kassekredit?\n\n## Vigtigste pointer\n\n- Kreditten er løbende.\n- Renten betales kun af det brugte.\n\nEn kassekredit er en løbende kredit knyttet til en konto.\n',
      'Hvad er en kassekredit?',
      'En kassekredit er en løbende kredit knyttet til en konto.',
    ],
  ])(
    'answers from the prose after a highlights box that opens the section (%s)',
    (_, text, front, back) => {
      expect(definitions(text)).toContainEqual([front, back]);
    },
  );

  it('keeps the paragraphs of a highlights box without bullets as its points', () => {
    const text =
      '# What is factoring?\n\nFactoring is selling invoices.\n\n## Key Takeaways\n\nFactoring turns invoices into cash within 48 hours.\n';
    expect(cardsOf(build(text), 'highlight').map((card) => card.back)).toEqual(['48 hours']);
  });

  it('makes no definition whose back is the cells of a table run together', () => {
    const text =
      '# KDV\n\nKatma değer vergisi (KDV), mal ve hizmet teslimlerinde alınan bir harcama vergisidir. KDV her aşamada alınır.\n\n| Oran | Nerede uygulanır |\n| %18 | mal ve hizmetlerin çoğu (genel oran) |\n';
    expect(definitions(text).map(([front]) => front)).not.toContain('genel oran');
  });

  it('uses the front-matter description when the paragraph lost its beginning', () => {
    const text = [
      '---',
      'title: BPO',
      'description: İş süreci dış kaynak kullanımı (BPO), bir yöntemdir.',
      '---',
      '## BPO Nedir?',
      '',
      'işle ilgili işlemleri taşeronluk yapma yöntemidir .',
      '',
    ].join('\n');
    expect(definitions(text)).toEqual([
      ['BPO Nedir?', 'İş süreci dış kaynak kullanımı (BPO), bir yöntemdir.'],
    ]);
  });

  it('adds a title → description card when no what-is section asks about the title', () => {
    const text =
      '---\ntitle: Nearshoring\ndescription: Moving work to a nearby country.\n---\n\n## Key Takeaways\n\n- Nearshoring needs 3 partners.\n';
    expect(definitions(text)).toEqual([['Nearshoring', 'Moving work to a nearby country.']]);
  });

  it('does not repeat the description when the what-is section already says it', () => {
    const text =
      '---\ntitle: T\ndescription: BPO is a method to subcontract work.\n---\n## What is BPO?\n\nBPO is a method to subcontract work to vendors.\n';
    expect(definitions(text)).toHaveLength(1);
  });

  it('keeps a later sentence of the section that defines another term, which the answer leaves out', () => {
    const text = [
      '## Hvad er likviditet?',
      '',
      'Likviditet beskriver evnen til at omsætte aktiver til kontanter uden væsentligt værditab og til at dække løbende forpligtelser. God likviditet betyder, at pengene kommer ind på kontoen, før udgifterne skal betales. Likvide midler er penge, der er umiddelbart tilgængelige, fx kontanter og indestående i banken.',
      '',
    ].join('\n');
    expect(definitions(text)).toContainEqual([
      'Likvide midler',
      'Penge, der er umiddelbart tilgængelige, fx kontanter og indestående i banken.',
    ]);
  });

  it.each([
    [
      'sk',
      '# Exekúcia\n\n## Čo je exekučný titul?\n\nExekučný titul je rozhodnutie, na podklade ktorého sa vykonáva exekúcia. Zákon pozná aj iné exekučné tituly, napríklad:\n • rozhodcovský nález,\n • notársku zápisnicu.\n',
      'Čo je exekučný titul?',
      'Exekučný titul je rozhodnutie, na podklade ktorého sa vykonáva exekúcia.',
    ],
    [
      'tr',
      '# Cari Hesap\n\n## Cari Hesap Ekstresi Nedir?\n\nCari hesap ekstresi, iki taraf arasındaki tüm ödemeleri gösteren belgedir. Ekstrede şu bilgiler yer alır:\n- İşlem tarihi\n- Dönem sonu bakiyesi\n',
      'Cari Hesap Ekstresi Nedir?',
      'Cari hesap ekstresi, iki taraf arasındaki tüm ödemeleri gösteren belgedir.',
    ],
  ])('ends the answer before the lead-in of the list under it (%s)', (_lang, text, front, back) => {
    expect(definitions(text)).toContainEqual([front, back]);
  });

  it.each([
    [
      'tr, a byline between "|"',
      '# Katılım Bankacılığı Nedir?\n\n📅 8 Mart 2025 | ✍️ Ekonomi Masası | 💬 12 yorum\n\nKatılım bankacılığı, faizsiz bankacılık ilkelerine göre çalışan bir bankacılık modelidir.\n',
      'Katılım Bankacılığı Nedir?',
      'Katılım bankacılığı, faizsiz bankacılık ilkelerine göre çalışan bir bankacılık modelidir.',
    ],
    [
      'da, a byline between "|"',
      '# Hvad er restskat?\n\nAf Buus Jensen Revision | 12. marts 2025 | Del artiklen\n\nRestskat er den skat, du mangler at betale, når året er gjort op.\n',
      'Hvad er restskat?',
      'Restskat er den skat, du mangler at betale, når året er gjort op.',
    ],
    [
      'tr, a teaser asking a question of its own',
      '# Katılım Bankacılığı Nedir?\n\n> Bankacılık denince aklımıza "kredi" ve "faiz" gelir. Peki faizsiz bir bankacılık mümkün mü?\n\nKatılım bankacılığı, faizsiz bankacılık ilkelerine göre çalışan bir bankacılık modelidir.\n',
      'Katılım Bankacılığı Nedir?',
      'Katılım bankacılığı, faizsiz bankacılık ilkelerine göre çalışan bir bankacılık modelidir.',
    ],
    [
      'en, a teaser asking a question of its own',
      '# What is a stablecoin?\n\nCrypto prices swing wildly. So how can a coin stay at one dollar?\n\nA stablecoin is a crypto token whose price is pegged to a currency such as the dollar.\n',
      'What is a stablecoin?',
      'A stablecoin is a crypto token whose price is pegged to a currency such as the dollar.',
    ],
  ])('answers with the paragraph after %s', (_case, text, front, back) => {
    expect(definitions(text)).toContainEqual([front, back]);
    expect(definitions(text).filter(([question]) => question === front)).toHaveLength(1);
  });

  it('is not a definition inside a FAQ', () => {
    const text = '## FAQ\n\n### What is BPO?\n\nBPO is outsourcing.\n';
    expect(definitions(text)).toEqual([]);
  });
});

describe('parseKeyDifference', () => {
  it.each([
    [
      'Slovak, with appositions and a connective',
      'BPO, skratka pre Outsourcing podnikového spracovania, znamená realizáciu procesu. Na druhej strane, KPO, skratka Outsourcingu znalostných procesov, znamená outsourcing procesu, ktorý vyžaduje znalosti.',
      [
        ['BPO', 'Skratka pre Outsourcing podnikového spracovania, znamená realizáciu procesu.'],
        [
          'KPO',
          'Skratka Outsourcingu znalostných procesov, znamená outsourcing procesu, ktorý vyžaduje znalosti.',
        ],
      ],
    ],
    [
      'English, with a copula',
      'LAN is a network inside one building. On the other hand, WAN is a network that spans cities.',
      [
        ['LAN', 'A network inside one building.'],
        ['WAN', 'A network that spans cities.'],
      ],
    ],
    [
      'German, term with its expansion',
      'Business Process Outsourcing (BPO) bedeutet die Auslagerung von Prozessen. Dagegen ist KPO anders.',
      [['Business Process Outsourcing (BPO)', 'Bedeutet die Auslagerung von Prozessen.']],
    ],
    [
      'Slovak, "X znamená, že …" and a contrast without a comma naming the other term',
      'Outsourcing účtovníctva znamená, že firma zverí účtovníctvo externej firme. Na druhej strane interné účtovníctvo vedie vlastný zamestnanec firmy.',
      [
        ['Outsourcing účtovníctva', 'Firma zverí účtovníctvo externej firme.'],
        ['interné účtovníctvo', 'Vedie vlastný zamestnanec firmy.'],
      ],
    ],
    [
      'English, "X means that …" and "On the other hand" without a comma',
      'Payroll outsourcing means that a provider pays the staff. On the other hand in-house payroll is run by own clerks.',
      [
        ['Payroll outsourcing', 'A provider pays the staff.'],
        ['in-house payroll', 'Is run by own clerks.'],
      ],
    ],
    [
      'Slovak, single term',
      'Ghee je druh vyčereného masla, zatiaľ čo olej je kvapalina.',
      [['Ghee', 'Druh vyčereného masla, zatiaľ čo olej je kvapalina.']],
    ],
  ])('%s', (_name, text, expected) => {
    const title = 'Rozdiel medzi ropou a Ghee';
    expect(parseKeyDifference(text, title).map(({ term, back }) => [term, back])).toEqual(expected);
  });

  it.each([
    'Na druhej strane je to zložité.',
    'BPO, KPO, and ITES are all forms of outsourcing.',
    'It is a process.',
    'Dagegen ist KPO anders.',
    'Stickball je pouličná hra.',
  ])('finds no definition in %s', (text) => {
    expect(parseKeyDifference(text)).toEqual([]);
  });

  it('makes cards from a "Key difference:" lead paragraph', () => {
    const text =
      'BPO vs KPO\n\nKľúčový rozdiel: BPO je obchodný proces firmy. Na druhej strane, KPO je proces znalostí.\n';
    expect(definitions(text)).toEqual([
      ['BPO', 'Obchodný proces firmy.'],
      ['KPO', 'Proces znalostí.'],
    ]);
  });
});

describe('quoted terms', () => {
  it.each([
    [
      'Danish, before the quote',
      'BPO betragtes som "offshore outsourcing", hvis kontrakten sendes til et andet land.',
      [
        [
          'offshore outsourcing',
          'BPO betragtes som "…", hvis kontrakten sendes til et andet land.',
        ],
      ],
    ],
    [
      'Turkish, verb after the quote',
      'İş komşu bir ülkeye ihale edilirse, BPO\'ya "kıyıya yakın dış kaynak kullanımı" denir.',
      [
        [
          'kıyıya yakın dış kaynak kullanımı',
          'İş komşu bir ülkeye ihale edilirse, BPO\'ya "…" denir.',
        ],
      ],
    ],
    [
      'Turkish synonyms joined by veya: one card, which names the synonym',
      '"Karada" veya "yerli kaynak" olarak bilinen üçüncü bir seçenek yurt içinde kalır.',
      [['Karada', '"…" veya "yerli kaynak" olarak bilinen üçüncü bir seçenek yurt içinde kalır.']],
    ],
    [
      'English, punctuation moves out of the quotes',
      'Work that stays at home is called "onshoring," at least in the U.S. market.',
      [['onshoring', 'Work that stays at home is called "…", at least in the U.S. market.']],
    ],
    [
      'German quotes, verb after',
      'Liegt das Center im Ausland, wird es häufig als „Offshore-Center“ bezeichnet.',
      [['Offshore-Center', 'Liegt das Center im Ausland, wird es häufig als „…“ bezeichnet.']],
    ],
    [
      'Slovak, term as the subject',
      '"Planéta" je nebeské teleso, ktoré obieha okolo Slnka.',
      [['Planéta', '"…" je nebeské teleso, ktoré obieha okolo Slnka.']],
    ],
  ])('%s', (_name, paragraph, expected) => {
    expect(definitions(`Title\n\n${paragraph}\n`)).toEqual(expected);
  });

  it.each([
    [
      'a quotation',
      'Podľa Kofiho Annana, "Rozvinutá krajina je taká, ktorá umožňuje slobodný život".',
    ],
    ['a quote without a naming phrase', 'The manager said "yes" and left the building early.'],
    ['a long quoted phrase', 'It is called "the best way to run a company in any country".'],
    ['a scare quote', 'Without "ghee" the meal is considered incomplete in many places.'],
  ])('%s is not a definition', (_name, paragraph) => {
    expect(() => build(`Title\n\n${paragraph}\n`)).toThrow('nothing to learn');
  });
});

describe('a breadcrumb trail ending in a question', () => {
  // Turkish asks "X nedir?" with the question word last, so the trail's last item reads as one.
  it.each([
    ['Anasayfa > Franchise > Franchising Nedir?', 'Franchising sistemi bir iş modelidir.'],
    ['Ana Sayfa » Ekonomi » Enflasyon Nedir?', 'Enflasyon fiyatların genel düzeyinin artmasıdır.'],
  ])('%s is no what-is question', (crumbs, paragraph) => {
    const text = `${crumbs}\n\n${paragraph}\n\n## SSS\n\n### Neden?\n\nÇünkü.\n`;
    const fronts = definitions(text).map(([front]) => front);
    expect(fronts.filter((front) => /[>›»]/u.test(front))).toEqual([]);
  });
});
