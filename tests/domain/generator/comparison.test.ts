// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { build, cardsOf } from './generator-test-helpers.ts';

function comparisons(text: string): [string, string, string][] {
  return cardsOf(build(text), 'comparison').map((card) => [card.front, card.back, card.context]);
}

const FLATTENED = [
  'Rozdiel medzi BPO a KPO',
  '',
  'Niektoré rozdiely sú v tabuľke:',
  '',
  'BPO',
  '',
  'KPO',
  '',
  'vyžaduje',
  '',
  'Dobré komunikačné schopnosti',
  '',
  'Špecializované vedomosti',
  '',
  'služby',
  '',
  'Služby nízkeho konca',
  '',
  'Vysoko kvalitné služby',
  '',
];

describe('comparison cards', () => {
  it('reads a pipe table: one card per row and compared column', () => {
    const text =
      '# BPO vs. KPO\n\n| Aspect | BPO | KPO |\n|---|---|---|\n| Skills | [Basic](/b) | **Expert** |\n| Cost | Low | High |\n';
    expect(comparisons(text)).toEqual([
      ['BPO — Skills?', 'Basic', 'KPO: Expert'],
      ['KPO — Skills?', 'Expert', 'BPO: Basic'],
      ['BPO — Cost?', 'Low', 'KPO: High'],
      ['KPO — Cost?', 'High', 'BPO: Low'],
    ]);
  });

  it('reads a flattened table up to the first line that is no row label', () => {
    const text = [...FLATTENED, 'V skratke je možné povedať, že KPO sa objavili z BPO.', ''].join(
      '\n',
    );
    const cards = cardsOf(build(text), 'comparison');
    expect(cards.map((card) => [card.front, card.back])).toEqual([
      ['BPO — vyžaduje?', 'Dobré komunikačné schopnosti'],
      ['KPO — vyžaduje?', 'Špecializované vedomosti'],
      ['BPO — služby?', 'Služby nízkeho konca'],
      ['KPO — služby?', 'Vysoko kvalitné služby'],
    ]);
    expect(cards[1]?.lines).toEqual([9, 13]);
  });

  it('drops an incomplete last row', () => {
    const text = [...FLATTENED, 'proces', '', 'Preddefinovaný proces', ''].join('\n');
    expect(comparisons(text)).toHaveLength(4);
  });

  it('needs the compared things to be named before the table', () => {
    const text = FLATTENED.join('\n')
      .replace('Rozdiel medzi BPO a KPO', 'Poznámky')
      .replace('Niektoré rozdiely sú v tabuľke:', 'Niektoré body:');
    expect(() => build(text)).toThrow('nothing to learn');
  });

  it('recognises compared things the title names in another grammatical case', () => {
    const text = [
      'Rozdiel medzi plánovanou a trhovou ekonomikou',
      '',
      'Rozdiely sú v tabuľke:',
      '',
      'Plánovaná ekonomika',
      '',
      'Trhová ekonomika',
      '',
      'ceny',
      '',
      'Určuje štát',
      '',
      'Určuje trh',
      '',
      'vlastníctvo',
      '',
      'Prevažne štátne',
      '',
      'Prevažne súkromné',
      '',
    ].join('\n');
    expect(comparisons(text).map(([front, back]) => [front, back])).toEqual([
      ['Plánovaná ekonomika — ceny?', 'Určuje štát'],
      ['Trhová ekonomika — ceny?', 'Určuje trh'],
      ['Plánovaná ekonomika — vlastníctvo?', 'Prevažne štátne'],
      ['Trhová ekonomika — vlastníctvo?', 'Prevažne súkromné'],
    ]);
  });

  it.each([
    ['with blank lines between the cells', '\n\n'],
    ['one cell per line without blank lines', '\n'],
  ])('reads a flattened table whose lead announces a comparison, %s', (_name, between) => {
    const cells = [
      ...['Hypotéka', 'Spotrebný úver'],
      ...['zabezpečenie', 'nehnuteľnosť', 'bez zabezpečenia'],
      ...['splatnosť', 'až 30 rokov', 'do 8 rokov'],
    ];
    const text = `Čo je hypotéka\n\nPorovnanie úverov:\n\n${cells.join(between)}\n\nKoniec.\n`;
    expect(comparisons(text).map(([front, back]) => [front, back])).toEqual([
      ['Hypotéka — zabezpečenie?', 'nehnuteľnosť'],
      ['Spotrebný úver — zabezpečenie?', 'bez zabezpečenia'],
      ['Hypotéka — splatnosť?', 'až 30 rokov'],
      ['Spotrebný úver — splatnosť?', 'do 8 rokov'],
    ]);
  });

  it('asks for no cell that its column names (de)', () => {
    const text =
      '# Tagesgeld oder Festgeld\n\nTagesgeld und Festgeld im Vergleich:\n\n| Merkmal | Tagesgeld | Festgeld |\n|---|---|---|\n| Zins | variabel | fest |\n| Mindestanlage | 1 Euro | 2.500 Euro |\n';
    expect(comparisons(text).map(([front, back]) => [front, back])).toEqual([
      ['Tagesgeld — Zins?', 'variabel'],
      ['Tagesgeld — Mindestanlage?', '1 Euro'],
      ['Festgeld — Mindestanlage?', '2.500 Euro'],
    ]);
  });

  it('does not read a list of short lines as a table', () => {
    const text =
      'Analytics and research\n\nSegments:\n\nAnalytics\n\nResearch\n\nDesign\n\nMarketing\n\nPublishing\n\nThe end of it all is near, they say.\n';
    expect(() => build(text)).toThrow('nothing to learn');
  });

  it('asks for the attributes of each term when the columns are no compared things', () => {
    const text =
      '# Glossary\n\n| Term | Meaning | Example |\n|---|---|---|\n| Coupon | The fixed yearly interest | 4% |\n';
    expect(comparisons(text)).toEqual([
      ['Coupon — Meaning?', 'The fixed yearly interest', 'Example: 4%'],
      ['Coupon — Example?', '4%', 'Meaning: The fixed yearly interest'],
    ]);
  });

  it('reads a two-column table as definitions of its terms', () => {
    const deck = build('# Glossary\n\n| Term | Meaning |\n|---|---|\n| Spread | The yield gap |\n');
    expect(cardsOf(deck, 'definition').map((card) => [card.front, card.back])).toEqual([
      ['Spread', 'The yield gap'],
    ]);
  });
  describe('a flattened table of figures with a header row and no lead', () => {
    const STOPAJ = [
      '# Stopaj nedir?',
      '',
      'Stopaj, ödeme yapılırken kesilen gelir vergisidir ve vergi sorumlusu tarafından yatırılır.',
      '',
      '## Stopaj oranları',
      '',
      'Ödeme türü',
      'Oran',
      'Ücret ödemeleri',
      '%15',
      'Kira ödemeleri',
      '%20',
      '',
      'Oranlar Cumhurbaşkanı kararıyla değiştirilebilir.',
      '',
    ].join('\n');
    const KURZARBEIT = [
      '# Kurzarbeitergeld',
      '',
      'Die Höhe richtet sich nach dem ausgefallenen Nettolohn.',
      '',
      'Beschäftigte',
      'Ohne Kind',
      'Mit Kind',
      'Monate 1–3',
      '60 Prozent',
      '67 Prozent',
      'ab Monat 4',
      '70 Prozent',
      '77 Prozent',
      '',
    ].join('\n');
    const ODENEK = [
      '## Kaç ay işsizlik maaşı alınır?',
      '',
      'Ödeme süresi, son 3 yılda ödenen prim gün sayısına göre belirlenir:',
      '',
      'Prim gün sayısı',
      'Ödenek süresi',
      '600 gün',
      '180 gün (6 ay)',
      '900 gün',
      '240 gün (8 ay)',
      '1080 gün',
      '300 gün (10 ay)',
      '',
    ].join('\n');
    it.each([
      [
        'two columns whose labels are figures too, each with its column name; a lead with a colon reads no comparison of the two headers (tr)',
        ODENEK,
        [
          [
            'Kaç ay işsizlik maaşı alınır?\nPrim gün sayısı: 600 gün — Ödenek süresi?',
            '180 gün (6 ay)',
            '',
          ],
          [
            'Kaç ay işsizlik maaşı alınır?\nPrim gün sayısı: 900 gün — Ödenek süresi?',
            '240 gün (8 ay)',
            '',
          ],
          [
            'Kaç ay işsizlik maaşı alınır?\nPrim gün sayısı: 1080 gün — Ödenek süresi?',
            '300 gün (10 ay)',
            '',
          ],
        ],
      ],
      [
        'two columns after a heading, which opens each front (tr)',
        STOPAJ,
        [
          ['Stopaj oranları\nÜcret ödemeleri — Oran?', '%15', ''],
          ['Stopaj oranları\nKira ödemeleri — Oran?', '%20', ''],
        ],
      ],
      [
        'three columns after a sentence, labels with digits, the title heading opens each front (de)',
        KURZARBEIT,
        [
          ['Kurzarbeitergeld\nMonate 1–3 — Ohne Kind?', '60 Prozent', 'Mit Kind: 67 Prozent'],
          ['Kurzarbeitergeld\nMonate 1–3 — Mit Kind?', '67 Prozent', 'Ohne Kind: 60 Prozent'],
          ['Kurzarbeitergeld\nab Monat 4 — Ohne Kind?', '70 Prozent', 'Mit Kind: 77 Prozent'],
          ['Kurzarbeitergeld\nab Monat 4 — Mit Kind?', '77 Prozent', 'Ohne Kind: 70 Prozent'],
        ],
      ],
      [
        'no heading above it: fronts with row and column only (de)',
        KURZARBEIT.replace('# Kurzarbeitergeld\n\n', ''),
        [
          ['Monate 1–3 — Ohne Kind?', '60 Prozent', 'Mit Kind: 67 Prozent'],
          ['Monate 1–3 — Mit Kind?', '67 Prozent', 'Ohne Kind: 60 Prozent'],
          ['ab Monat 4 — Ohne Kind?', '70 Prozent', 'Mit Kind: 77 Prozent'],
          ['ab Monat 4 — Mit Kind?', '77 Prozent', 'Ohne Kind: 70 Prozent'],
        ],
      ],
    ])('%s', (_name, text, expected) => {
      expect(comparisons(text)).toEqual(expected);
    });

    it.each([
      ['one row only', STOPAJ.replace('Kira ödemeleri\n%20\n', '')],
      ['cells that are no figures', STOPAJ.replace('%15', 'yüzde on beş').replace('%20', 'yirmi')],
      ['a header with a digit', STOPAJ.replace('Ödeme türü', 'Ödeme türü 2024')],
      [
        'in the middle of a run of short lines',
        STOPAJ.replace('## Stopaj oranları\n\n', 'Stopaj oranları\n'),
      ],
    ])('no table: %s', (_name, text) => {
      expect(comparisons(text)).toEqual([]);
    });
  });
});

describe('tables of figures written without a separator row', () => {
  it.each([
    [
      'tr, no header row',
      '## 2024 asgari ücret tutarları\nBrüt asgari ücret | 20.002,50 TL\nNet asgari ücret | 17.002,12 TL\n',
      [
        ['2024 asgari ücret tutarları\nBrüt asgari ücret?', '20.002,50 TL'],
        ['2024 asgari ücret tutarları\nNet asgari ücret?', '17.002,12 TL'],
      ],
    ],
    [
      'sk, a header row, the heading as subject',
      '## Výška bonusu\nVek dieťaťa | Mesačne\ndo 15 rokov | 100 €\n15 až 18 rokov | 50 €\n',
      [
        ['Výška bonusu\ndo 15 rokov — Mesačne?', '100 €'],
        ['Výška bonusu\n15 až 18 rokov — Mesačne?', '50 €'],
      ],
    ],
    [
      'sk, cells split by arrows',
      '## Výška príspevku\nSituácia → suma\nbez materského → 345,20 €\npo materskom → 473,30 €\n',
      [
        ['Výška príspevku\nbez materského — suma?', '345,20 €'],
        ['Výška príspevku\npo materskom — suma?', '473,30 €'],
      ],
    ],
    [
      'de, a dash is no figure to ask',
      '## Abgaben\nAbgabe | Arbeitgeber | Minijobber\nRente | 15 % | 3,6 %\nSteuer | 2 % | –\n',
      [
        ['Abgaben\nRente — Arbeitgeber?', '15 %'],
        ['Abgaben\nRente — Minijobber?', '3,6 %'],
        ['Abgaben\nSteuer — Arbeitgeber?', '2 %'],
      ],
    ],
  ])('asks each figure (%s)', (_case, body, expected) => {
    const cards = comparisons(`# Title\n\nSome prose here.\n\n${body}`);
    expect(cards.map(([front, back]) => [front, back])).toEqual(expected);
  });

  it.each([
    [
      'a worked example',
      '## Beitrag\nBeispiel | Betrag\nEinkommen | 40.000 €\n4 Prozent davon | 1.600 €\n',
    ],
    ['text in the cells', '## Pros\nAvantaj | Dezavantaj\nMarka | Bedel\nDestek | Sınırlar\n'],
    ['one line only', '## Share\nTwitter | 12\n'],
    [
      'two short cells a row',
      '## Banks\nKatılım | Mevduat\nKâr payı verir | Faiz verir\nKatılma hesabı | Vadeli mevduat\n',
    ],
    [
      'sentences in the first column',
      '## Notes\nStep | What to do\nOpen it. | Then read every line slowly\nClose it. | Then put it back on the shelf\n',
    ],
  ])('reads no table from %s', (_case, body) => {
    const faq = '\n## FAQ\n\n### Why?\n\nBecause.\n';
    const deck = build(`# Title\n\nSome prose here.\n\n${body}${faq}`);
    expect(deck.cards.map((card) => card.kind)).toEqual(['faq']);
  });

  it.each([
    [
      'en',
      '## Margin of safety\nMetric | What it measures\nBreak-even units | volume needed to reach zero profit\nMargin of safety | how far sales are above break-even\n',
      [
        ['Break-even units', 'volume needed to reach zero profit'],
        ['Margin of safety', 'how far sales are above break-even'],
      ],
    ],
    [
      'da',
      '## Begreber\nBegreb | Betydning\nKassekredit | en løbende kredit med et fast maksimum\nOvertræk | det beløb, der bruges ud over maksimum\n',
      [
        ['Kassekredit', 'en løbende kredit med et fast maksimum'],
        ['Overtræk', 'det beløb, der bruges ud over maksimum'],
      ],
    ],
    [
      'de',
      '## Begriffe\nBegriff | Bedeutung\nDispozinsen | Zinsen für den genutzten Dispokredit\nGuthabenkonto | ein Konto, das nicht überzogen werden kann\n',
      [
        ['Dispozinsen', 'Zinsen für den genutzten Dispokredit'],
        ['Guthabenkonto', 'ein Konto, das nicht überzogen werden kann'],
      ],
    ],
  ])(
    'reads a glossary of names and longer descriptions as definitions (%s)',
    (_lang, body, expected) => {
      const deck = build(`# Title\n\nSome prose here.\n\n${body}`);
      expect(cardsOf(deck, 'definition').map((card) => [card.front, card.back])).toEqual(expected);
    },
  );
});

describe('flattened tables of figures', () => {
  it('reads label and figure lines in turn under their heading (da)', () => {
    const text = [
      '# Boligskat',
      '',
      'Some prose about the tax here.',
      '',
      '## Satserne',
      'Progressionsgrænse fra 2024',
      '9,2 mio. kr.',
      'Sats over grænsen fra 2024',
      '1,4 procent',
      '',
    ].join('\n');
    expect(comparisons(text).map(([front, back]) => [front, back])).toEqual([
      ['Satserne\nProgressionsgrænse fra 2024?', '9,2 mio. kr.'],
      ['Satserne\nSats over grænsen fra 2024?', '1,4 procent'],
    ]);
  });

  it('reads years as column headers and a figure ending in "kr." as a cell (da)', () => {
    const text = [
      '# Topskat',
      '',
      'Some prose about the tax here.',
      '',
      '## Skattesatser',
      'Skattesats',
      '2023',
      '2024',
      'Personfradrag',
      '48.000 kr.',
      '49.700 kr.',
      'Bundskat',
      '12,06 % af indkomst over personfradraget',
      '12,10 % af indkomst over personfradraget',
      '',
    ].join('\n');
    expect(comparisons(text).map(([front, back]) => [front, back])).toEqual([
      ['Skattesatser\nPersonfradrag — 2023?', '48.000 kr.'],
      ['Skattesatser\nPersonfradrag — 2024?', '49.700 kr.'],
      ['Skattesatser\nBundskat — 2023?', '12,06 % af indkomst over personfradraget'],
      ['Skattesatser\nBundskat — 2024?', '12,10 % af indkomst over personfradraget'],
    ]);
  });
});

describe('tables of ranges', () => {
  it.each([
    [
      'da, rows without a separator row',
      '## Start\nFødt | Senest start\n1. januar 1978 eller senere | din 30 års fødselsdag\n1. januar 1976 – 31. december 1977 | din 32 års fødselsdag\n',
      [
        ['Start\nFødt: 1. januar 1978 eller senere — Senest start?', 'din 30 års fødselsdag'],
        [
          'Start\nFødt: 1. januar 1976 – 31. december 1977 — Senest start?',
          'din 32 års fødselsdag',
        ],
      ],
    ],
    [
      'tr',
      '## Başvuru\nDoğum yılı | Son başvuru\n1980 ve sonrası | en geç 30 yaşında\n1975 – 1979 | en geç 35 yaşında\n',
      [
        ['Başvuru\nDoğum yılı: 1980 ve sonrası — Son başvuru?', 'en geç 30 yaşında'],
        ['Başvuru\nDoğum yılı: 1975 – 1979 — Son başvuru?', 'en geç 35 yaşında'],
      ],
    ],
    [
      'sk',
      '## Nárok\nNarodení | Nárok od\n1. 1. 1960 a neskôr | od dovŕšenia 64 rokov\n1. 1. 1955 – 31. 12. 1959 | od dovŕšenia 63 rokov\n',
      [
        ['Nárok\nNarodení: 1. 1. 1960 a neskôr — Nárok od?', 'od dovŕšenia 64 rokov'],
        ['Nárok\nNarodení: 1. 1. 1955 – 31. 12. 1959 — Nárok od?', 'od dovŕšenia 63 rokov'],
      ],
    ],
    [
      'de, a pipe table with a separator row',
      '## Frist\n| Geboren | Frist |\n|---|---|\n| ab 1. Januar 1970 | bis zum 67. Lebensjahr |\n| 1960 bis 1969 | bis zum 66. Lebensjahr |\n',
      [
        ['Frist\nGeboren: ab 1. Januar 1970 — Frist?', 'bis zum 67. Lebensjahr'],
        ['Frist\nGeboren: 1960 bis 1969 — Frist?', 'bis zum 66. Lebensjahr'],
      ],
    ],
    [
      'en',
      '## Deadline\nBorn | Start paying by\n1978 or later | your 30th birthday\n1976 to 1977 | your 32nd birthday\n',
      [
        ['Deadline\nBorn: 1978 or later — Start paying by?', 'your 30th birthday'],
        ['Deadline\nBorn: 1976 to 1977 — Start paying by?', 'your 32nd birthday'],
      ],
    ],
  ])('asks the value of each range with its column name (%s)', (_case, body, expected) => {
    const cards = comparisons(`# Title\n\nSome prose here.\n\n${body}`);
    expect(cards.map(([front, back]) => [front, back])).toEqual(expected);
  });
});

describe('flattened tables of text', () => {
  const prose = '# Title\n\nSome prose about the topic here, long enough to be an article.\n\n';
  const lines = (...cells: string[]) => `${cells.join('\n')}\n`;

  it.each([
    [
      'tr, under a lead ending in ":"',
      lines(
        'Halka arzda dağıtım yöntemleri:',
        '',
        'Yöntem',
        'Nasıl dağıtılır',
        'Eşit dağıtım',
        'Her yatırımcıya eşit sayıda pay',
        'Oransal dağıtım',
        'Talep edilen miktarla orantılı pay',
      ),
      [
        [
          'Halka arzda dağıtım yöntemleri\nEşit dağıtım — Nasıl dağıtılır?',
          'Her yatırımcıya eşit sayıda pay',
        ],
        [
          'Halka arzda dağıtım yöntemleri\nOransal dağıtım — Nasıl dağıtılır?',
          'Talep edilen miktarla orantılı pay',
        ],
      ],
    ],
    [
      'tr, under a short line without a colon',
      lines(
        'Entegrasyon yöntemleri',
        '',
        'Yöntem',
        'Kimler için uygun',
        'GİB portalı',
        'Az fatura kesen küçük işletmeler',
        'Özel entegratör',
        'Çok fatura kesen işletmeler',
      ),
      [
        [
          'Entegrasyon yöntemleri\nGİB portalı — Kimler için uygun?',
          'Az fatura kesen küçük işletmeler',
        ],
        [
          'Entegrasyon yöntemleri\nÖzel entegratör — Kimler için uygun?',
          'Çok fatura kesen işletmeler',
        ],
      ],
    ],
    [
      'da, under its heading',
      lines(
        '## Kontotyper',
        'Konto',
        'Hvem kan oprette den',
        'Børneopsparing',
        'Forældre og bedsteforældre til barnet',
        'Aktiesparekonto',
        'Alle voksne med dansk CPR',
      ),
      [
        [
          'Kontotyper\nBørneopsparing — Hvem kan oprette den?',
          'Forældre og bedsteforældre til barnet',
        ],
        ['Kontotyper\nAktiesparekonto — Hvem kan oprette den?', 'Alle voksne med dansk CPR'],
      ],
    ],
    [
      'sk, under its heading',
      lines(
        '## Typy poistenia',
        'Typ',
        'Čo kryje',
        'Rizikové',
        'Iba riziko smrti poisteného',
        'Kapitálové',
        'Smrť aj dožitie sa konca doby',
      ),
      [
        ['Typy poistenia\nRizikové — Čo kryje?', 'Iba riziko smrti poisteného'],
        ['Typy poistenia\nKapitálové — Čo kryje?', 'Smrť aj dožitie sa konca doby'],
      ],
    ],
    [
      'de, under its heading',
      lines(
        '## Leasingarten',
        'Art',
        'Wofür geeignet',
        'Operating-Leasing',
        'Kurze Nutzung mit jederzeit kündbarem Vertrag',
        'Finanzierungsleasing',
        'Lange Nutzung über die ganze Lebensdauer',
      ),
      [
        [
          'Leasingarten\nOperating-Leasing — Wofür geeignet?',
          'Kurze Nutzung mit jederzeit kündbarem Vertrag',
        ],
        [
          'Leasingarten\nFinanzierungsleasing — Wofür geeignet?',
          'Lange Nutzung über die ganze Lebensdauer',
        ],
      ],
    ],
    [
      'en, under its heading',
      lines(
        '## Support models',
        'Model',
        'Who pays for what',
        'Break-fix',
        'The client pays per repair job',
        'Managed services',
        'A fixed monthly fee covers everything',
      ),
      [
        ['Support models\nBreak-fix — Who pays for what?', 'The client pays per repair job'],
        [
          'Support models\nManaged services — Who pays for what?',
          'A fixed monthly fee covers everything',
        ],
      ],
    ],
    [
      'da, three columns, one of them figures',
      lines(
        'Kassekredit sammenlignet med andre lån',
        '',
        'Lånetype',
        'Rente',
        'Afdrag',
        'Kassekredit',
        '3–15 %',
        'Ingen faste',
        'Realkreditlån',
        '2–5 %',
        'Faste terminer',
      ),
      [
        ['Kassekredit sammenlignet med andre lån\nKassekredit — Rente?', '3–15 %'],
        ['Kassekredit sammenlignet med andre lån\nKassekredit — Afdrag?', 'Ingen faste'],
        ['Kassekredit sammenlignet med andre lån\nRealkreditlån — Rente?', '2–5 %'],
        ['Kassekredit sammenlignet med andre lån\nRealkreditlån — Afdrag?', 'Faste terminer'],
      ],
    ],
    [
      'de, three columns, one of them figures',
      lines(
        '## Kontenvergleich',
        'Konto',
        'Zins',
        'Verfügbarkeit',
        'Tagesgeld',
        '2,5 %',
        'Jederzeit',
        'Festgeld',
        '3,1 %',
        'Am Ende der Laufzeit',
      ),
      [
        ['Kontenvergleich\nTagesgeld — Zins?', '2,5 %'],
        ['Kontenvergleich\nTagesgeld — Verfügbarkeit?', 'Jederzeit'],
        ['Kontenvergleich\nFestgeld — Zins?', '3,1 %'],
        ['Kontenvergleich\nFestgeld — Verfügbarkeit?', 'Am Ende der Laufzeit'],
      ],
    ],
  ])('asks each value from its label and column (%s)', (_case, body, expected) => {
    expect(comparisons(`${prose}${body}`).map(([front, back]) => [front, back])).toEqual(expected);
  });

  it.each([
    [
      'en, figure labels and short meanings',
      lines(
        '## How to read the ratio',
        'Ratio',
        'Meaning',
        'Below 1.0',
        'negative working capital',
        '1.2 to 2.0',
        'healthy',
        'Above 2.0',
        'assets may be idle',
      ),
      [
        ['How to read the ratio\nRatio: Below 1.0 — Meaning?', 'negative working capital'],
        ['How to read the ratio\nRatio: 1.2 to 2.0 — Meaning?', 'healthy'],
        ['How to read the ratio\nRatio: Above 2.0 — Meaning?', 'assets may be idle'],
      ],
    ],
    [
      'da, letters as labels',
      lines(
        '## Regnskabsklasser',
        'Klasse',
        'Hvem',
        'A',
        'personligt ejede virksomheder',
        'B',
        'mikrovirksomheder og øvrige små virksomheder',
        'C',
        'mellemstore og store virksomheder',
      ),
      [
        ['Regnskabsklasser\nKlasse: A — Hvem?', 'personligt ejede virksomheder'],
        ['Regnskabsklasser\nKlasse: B — Hvem?', 'mikrovirksomheder og øvrige små virksomheder'],
        ['Regnskabsklasser\nKlasse: C — Hvem?', 'mellemstore og store virksomheder'],
      ],
    ],
  ])('reads two columns of labels and longer text cells (%s)', (_case, body, expected) => {
    expect(comparisons(`${prose}${body}`).map(([front, back]) => [front, back])).toEqual(expected);
  });

  it('reads no table from short titles over the sentences that explain them', () => {
    // Blank lines between them, so each line is a paragraph of its own, as a flattened table's cells.
    const body = [
      '## Ana teminatlar',
      'Teminat',
      'Kapsam',
      'Yanma',
      'Kaza sonucu çıkan yangının hasarı.',
      'Çalınma',
      'Aracın ya da aksesuarların çalınması.',
      'Sel',
      'Suyun araca verdiği zarar.',
      '',
      '## SSS',
      '### Kasko zorunlu mu?',
      'Hayır, kasko isteğe bağlıdır.',
    ].join('\n\n');
    expect(comparisons(`${prose}${body}`)).toEqual([]);
  });

  it.each([
    [
      'da',
      '## Hvad indeholder ÅOP?\n\nÅOP består af renter, engangsgebyrer og andre løbende kreditomkostninger.\n\n',
      lines(
        'Engangsomkostninger',
        'Løbende kreditomkostninger',
        'Etableringsgebyr',
        'Kontogebyrer',
        'Stiftelsesprovision',
        'Depotgebyrer',
      ),
      [
        'Hvad indeholder ÅOP?\nEngangsomkostninger:\n• _____\n• Stiftelsesprovision → Etableringsgebyr',
        'Hvad indeholder ÅOP?\nEngangsomkostninger:\n• Etableringsgebyr\n• _____ → Stiftelsesprovision',
        'Hvad indeholder ÅOP?\nLøbende kreditomkostninger:\n• _____\n• Depotgebyrer → Kontogebyrer',
        'Hvad indeholder ÅOP?\nLøbende kreditomkostninger:\n• Kontogebyrer\n• _____ → Depotgebyrer',
      ],
    ],
    [
      'en',
      '## What does APR include?\n\nAPR covers interest, one-off fees and running fees.\n\n',
      lines(
        'One-off fees',
        'Running fees',
        'Arrangement fee',
        'Account fee',
        'Valuation fee',
        'Custody fee',
      ),
      [
        'What does APR include?\nOne-off fees:\n• _____\n• Valuation fee → Arrangement fee',
        'What does APR include?\nOne-off fees:\n• Arrangement fee\n• _____ → Valuation fee',
        'What does APR include?\nRunning fees:\n• _____\n• Custody fee → Account fee',
        'What does APR include?\nRunning fees:\n• Account fee\n• _____ → Custody fee',
      ],
    ],
  ])(
    'reads two columns of kinds the paragraph before names as two lists (%s)',
    (_case, lead, body, expected) => {
      const cards = cardsOf(build(`${prose}${lead}${body}`), 'list');
      expect(cards.map((card) => `${card.front} → ${card.back}`).sort()).toEqual(
        [...expected].sort(),
      );
    },
  );

  it.each([
    [
      'two tables side by side under repeated headers',
      lines(
        'A simplified balance sheet',
        '',
        'Assets',
        'Amount',
        'Liabilities and equity',
        'Amount',
        'Cash',
        '$20,000',
        'Accounts payable',
        '$15,000',
        'Inventory',
        '$30,000',
        'Bank loan',
        '$25,000',
      ),
    ],
    [
      'a list of short lines',
      lines(
        '## Segments',
        'Analytics',
        'Research',
        'Design',
        'Marketing',
        'Publishing',
        'Printing',
      ),
    ],
    [
      'short names the paragraph before does not name',
      lines(
        '## Fees',
        'Fees come in many kinds.',
        '',
        'Arrangement fee',
        'Account fee',
        'Valuation fee',
        'Custody fee',
        'Exit fee',
        'Late fee',
      ),
    ],
  ])('reads no table from %s', (_case, body) => {
    const deck = build(`${prose}${body}\n## FAQ\n\n### Why?\n\nBecause.\n`);
    expect(deck.cards.filter((card) => card.kind === 'comparison' || card.kind === 'list')).toEqual(
      [],
    );
  });
});

describe('tables of pros and cons', () => {
  /** The list cards, sorted: cards come in the order of their source lines. */
  function lists(text: string): string[] {
    return cardsOf(build(text), 'list')
      .map((card) => `${card.front} → ${card.back}`)
      .sort();
  }

  function expected(subject: string, pros: string[], cons: string[]): string[] {
    const column = (header: string, items: string[]) =>
      items.map((item, hidden) => {
        const shown = items.map((other, index) => `\n• ${index === hidden ? '_____' : other}`);
        return `${subject}\n${header}:${shown.join('')} → ${item}`;
      });
    const [proHeader = '', ...proItems] = pros;
    const [conHeader = '', ...conItems] = cons;
    return [...column(proHeader, proItems), ...column(conHeader, conItems)].sort();
  }

  const prose = '# Franchise\n\nA franchise is a way to run a shop under a brand.\n\n';

  it.each([
    [
      'da, one cell a line, under the line that says what it is about',
      'Fordele og ulemper for franchisetageren\n\nFordele\nUlemper\nKendt varemærke\nLøbende afgift\nAfprøvet koncept\nLille frihed\n',
      expected(
        'Fordele og ulemper for franchisetageren',
        ['Fordele', 'Kendt varemærke', 'Afprøvet koncept'],
        ['Ulemper', 'Løbende afgift', 'Lille frihed'],
      ),
    ],
    [
      'en, blank lines between the cells, under a comparison lead: the title says what',
      'Comparison\n\nAdvantages\n\nDisadvantages\n\nKnown brand\n\nOngoing fee\n\nProven concept\n\nLittle freedom\n',
      expected(
        'Franchise',
        ['Advantages', 'Known brand', 'Proven concept'],
        ['Disadvantages', 'Ongoing fee', 'Little freedom'],
      ),
    ],
    [
      'de, pipe rows without a separator row, under their heading',
      '## Vor- und Nachteile\nVorteile | Nachteile\nBekannte Marke | Laufende Gebühr\nErprobtes Konzept | Wenig Freiheit\n',
      expected(
        'Vor- und Nachteile',
        ['Vorteile', 'Bekannte Marke', 'Erprobtes Konzept'],
        ['Nachteile', 'Laufende Gebühr', 'Wenig Freiheit'],
      ),
    ],
    [
      'de, a pipe table with a separator row',
      '## Vor- und Nachteile\n\n| Vorteile | Nachteile |\n|---|---|\n| Bekannte Marke | Laufende Gebühr |\n| Erprobtes Konzept | Wenig Freiheit |\n',
      expected(
        'Vor- und Nachteile',
        ['Vorteile', 'Bekannte Marke', 'Erprobtes Konzept'],
        ['Nachteile', 'Laufende Gebühr', 'Wenig Freiheit'],
      ),
    ],
  ])('asks each column as a list, not its rows (%s)', (_case, body, cards) => {
    expect(lists(`${prose}${body}`)).toEqual(cards);
    expect(comparisons(`${prose}${body}`)).toEqual([]);
    // No row is read as a term and its definition ("Bekannte Marke" → "Laufende Gebühr").
    const fronts = build(`${prose}${body}`).cards.map((card) => card.front);
    expect(fronts.filter((front) => cards.some((card) => card.endsWith(`→ ${front}`)))).toEqual([]);
  });

  it.each([
    ['one row only', 'Fordele\nUlemper\nKendt varemærke\nLøbende afgift\n'],
    [
      'headers that are no pros and cons',
      'Fordele\nPris\nKendt varemærke\nLøbende afgift\nAfprøvet koncept\nLille frihed\n',
    ],
  ])('makes no list of %s', (_case, body) => {
    expect(lists(`${prose}${body}\n## FAQ\n\n### Why?\n\nBecause.\n`)).toEqual([]);
  });
});
