// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { BLANK } from '../../../src/domain/generator/text.ts';
import type { CardDraft } from '../../../src/domain/generator/ids.ts';
import { listFront, titledSentenceListCards } from '../../../src/domain/generator/lists.ts';
import { splitSections } from '../../../src/domain/generator/sections.ts';
import { parseDocument } from '../../../src/domain/generator/structure.ts';
import { build, cardsOf } from './generator-test-helpers.ts';

function lists(text: string): [string, string][] {
  return cardsOf(build(text), 'list').map((card) => [card.front, card.back]);
}

describe('list cards', () => {
  it.each([
    ['•, leading spaces', 'Segmenty KPO sú:\n\n • analytika\n • výskum\n'],
    ['- with blank lines', 'Segmenty KPO sú:\n\n- analytika\n\n- výskum\n'],
    ['*', 'Segmenty KPO sú:\n* analytika\n* výskum\n'],
    ['1.', 'Segmenty KPO sú:\n\n1. analytika\n2. výskum\n'],
    ['1)', 'Segmenty KPO sú:\n\n1) analytika\n2) výskum\n'],
    ['a)', 'Segmenty KPO sú:\n\na) analytika\nb) výskum\n'],
    ['i.', 'Segmenty KPO sú:\n\ni. analytika\nii. výskum\n'],
    ['a. (sk)', 'Segmenty KPO sú:\n\na. analytika\nb. výskum\n'],
  ])('bullets written %s', (_style, text) => {
    expect(lists(text)).toEqual([
      [`Segmenty KPO sú:\n• ${BLANK}\n• výskum`, 'analytika'],
      [`Segmenty KPO sú:\n• analytika\n• ${BLANK}`, 'výskum'],
    ]);
  });

  it('reads items lettered with a dot in English, with their explanation after a dash', () => {
    const text = [
      'Revenue is recognized when both of these conditions are met:',
      'a. the revenue is earned – products are delivered;',
      'b. the revenue is realized – cash is received.',
      '',
    ].join('\n');
    expect(lists(text)).toEqual([
      [
        `Revenue is recognized when both of these conditions are met:\n• ${BLANK}\n• the revenue is realized – cash is received.`,
        'the revenue is earned – products are delivered',
      ],
      [
        `Revenue is recognized when both of these conditions are met:\n• the revenue is earned – products are delivered\n• ${BLANK}`,
        'the revenue is realized – cash is received.',
      ],
    ]);
  });

  it.each([
    [
      'tr',
      '## Ana teminatlar\n1. Çarpma\nAracın bir cisme çarpması.\n2. Yanma\nKaza sonucu çıkan yangının verdiği hasar.\n',
      'Ana teminatlar',
      ['Kaza sonucu çıkan yangının verdiği hasar.', 'Yanma'],
    ],
    [
      'de',
      '## Arten der Rente\n1. Altersrente\nSie wird ab dem Rentenalter gezahlt.\n2. Erwerbsminderungsrente\nSie wird bei Krankheit gezahlt.\n',
      'Arten der Rente',
      ['Sie wird ab dem Rentenalter gezahlt.', 'Altersrente'],
    ],
  ])(
    'reads a numbered title over the sentence that explains it as a labelled item (%s)',
    (_lang, text, lead, [explanation, title]) => {
      expect(lists(text)).toContainEqual([`${lead}\n• ${BLANK}: ${explanation}`, title]);
    },
  );

  it('keeps a sentence under the last of one-line items out of its label', () => {
    const text =
      'Die Regeln sind:\n- Zinsverbot\n- Spekulationsverbot\nDas Geld geht direkt an den Verkäufer.\n';
    expect(lists(text).flat().join('\n')).not.toContain('Spekulationsverbot:');
  });

  it.each([
    [
      'de, reasons under a title line',
      'Gründe für Insourcing\n\n- Die geplanten Einsparungen bleiben unter den Erwartungen.\n- Die Abhängigkeit vom Dienstleister soll sinken.\n',
      [
        `Gründe für Insourcing\n• ${BLANK}\n• Die Abhängigkeit vom Dienstleister soll sinken.`,
        'Die geplanten Einsparungen bleiben unter den Erwartungen.',
      ],
    ],
    [
      'da, numbered steps under a title line',
      'Sådan forbedrer du likviditeten\n1) Send fakturaer hurtigt ud til kunderne.\n2) Forhandl længere betalingsfrister med leverandørerne.\n',
      [
        `Sådan forbedrer du likviditeten\n• Send fakturaer hurtigt ud til kunderne.\n• ${BLANK}`,
        'Forhandl længere betalingsfrister med leverandørerne.',
      ],
    ],
    [
      'en, limits under a heading',
      '## Limits of the ratio\n\n- Earnings can be shaped by accounting choices.\n- It says nothing about the debt.\n',
      [
        `Limits of the ratio\n• ${BLANK}\n• It says nothing about the debt.`,
        'Earnings can be shaped by accounting choices.',
      ],
    ],
  ])('asks the whole sentences listed under a title (%s)', (_case, text, card) => {
    expect(lists(text)).toContainEqual(card);
  });

  it.each([
    [
      'review questions',
      '## Review questions\n\n- When is revenue recognized? When cash is received.\n- When are expenses recognized? When they are paid.\n',
    ],
    [
      'sentences too long to recall as an item',
      '## Gründe\n\n- Die geplanten Einsparungen des Outsourcings bleiben in den meisten Unternehmen schon im ersten Jahr deutlich unter den Erwartungen der Geschäftsführung.\n- Die Abhängigkeit vom externen Dienstleister soll in den kommenden Jahren Schritt für Schritt und ohne Risiko für den Betrieb sinken.\n',
    ],
  ])('asks no list of sentences under a title of %s', (_case, text) => {
    expect(lists(`${text}\n## FAQ\n\n### Why?\n\nBecause it pays.\n`)).toEqual([]);
  });

  it('leaves a listed sentence that another card asks to that card', () => {
    const text =
      '## Hvad koster det at vente?\n\n- Betaler du efter 1. juli, betaler du et tillæg.\n- Renten på restskat er ikke fradragsberettiget.\n';
    const sections = splitSections(parseDocument(text).blocks);
    const cloze: CardDraft = {
      kind: 'highlight',
      anchor: 'rule',
      front: 'Renten på restskat er _____.',
      back: 'ikke fradragsberettiget',
      context: 'Renten på restskat er ikke fradragsberettiget.',
      lines: [4, 4],
    };
    expect(titledSentenceListCards(sections, []).map((card) => card.back)).toEqual([
      'Betaler du efter 1. juli, betaler du et tillæg.',
      'Renten på restskat er ikke fradragsberettiget.',
    ]);
    expect(titledSentenceListCards(sections, [cloze]).map((card) => card.back)).toEqual([
      'Betaler du efter 1. juli, betaler du et tillæg.',
    ]);
  });

  it('shows only the last sentence of a long lead paragraph', () => {
    const text = 'KPO is growing fast. Common segments are:\n\n- analytics\n- research\n';
    expect(lists(text)[0]?.[0]).toBe(`Common segments are:\n• ${BLANK}\n• research`);
  });

  it.each([
    [
      'the lead spells the item out',
      'Z nemocenského poistenia sa vyplácajú štyri dávky:\n\n- nemocenské\n- ošetrovné\n- materské\n',
      ['ošetrovné', 'materské'],
    ],
    [
      'another item holds it',
      'Typy:\n\n- úver\n- hypotekárny úver\n- leasing\n',
      ['hypotekárny úver', 'leasing'],
    ],
  ])('asks no item its front gives away: %s', (_case, text, backs) => {
    expect(lists(text).map(([, back]) => back)).toEqual(backs);
  });

  it('cleans items: links, trailing commas, empty and repeated items', () => {
    const text = 'Types:\n\n- [Skenovanie](/scan),\n- [](/x)\n- OCR\n- ocr\n';
    expect(lists(text).map(([, back]) => back)).toEqual(['Skenovanie', 'OCR']);
  });

  it.each([
    ['a single item', 'Types:\n\n- one\n'],
    ['no lead ending in a colon', 'Types of things\n\n- one\n- two\n'],
    [
      'a long paragraph between lead and bullets',
      'Types:\n\nSome text that goes on and on about many things that are not a list lead at all, in more than twenty words.\n\n- one\n- two\n',
    ],
    ['highlights are not lists', '## Highlights\n\nTypes:\n\n- a\n- b\n'],
  ])('no list for %s', (_name, text) => {
    expect(() => build(text)).toThrow('nothing to learn');
  });

  it('shows a window of a long list around the blank', () => {
    const items = Array.from({ length: 20 }, (_, index) => `item ${index + 1}`);
    const front = listFront('Items:', items, 15);
    expect(front.split('\n')).toEqual([
      'Items:',
      '• …',
      ...items.slice(8, 15).map((item) => `• ${item}`),
      `• ${BLANK}`,
      ...items.slice(16, 20).map((item) => `• ${item}`),
    ]);
  });
});

describe('list shapes', () => {
  it('reads a short lead-in that ends in "." and numbered steps', () => {
    const text =
      'Buying a bond takes three steps.\n\n1. Open an account.\n2. Bid in the auction.\n';
    expect(lists(text)).toEqual([
      [`Buying a bond takes three steps.\n• ${BLANK}\n• Bid in the auction.`, 'Open an account.'],
      [`Buying a bond takes three steps.\n• Open an account.\n• ${BLANK}`, 'Bid in the auction.'],
    ]);
  });

  it('reads a lead inside a bullet for the items nested below it', () => {
    const text =
      'Ways to buy:\n\n- Through a broker:\n  - choose the bond\n  - place an order\n- At issue\n';
    expect(lists(text)).toEqual([
      [`Ways to buy:\n• ${BLANK}\n• At issue`, 'Through a broker'],
      [`Through a broker:\n• ${BLANK}\n• place an order`, 'choose the bond'],
      [`Through a broker:\n• choose the bond\n• ${BLANK}`, 'place an order'],
      [`Ways to buy:\n• Through a broker\n• ${BLANK}`, 'At issue'],
    ]);
  });

  it('asks for the label of "Label: explanation" items from the explanation alone', () => {
    const text =
      'The functions are:\n\n- Finanzierung: The factor pays at once.\n- Delkredere: The factor carries the risk.\n';
    expect(lists(text)).toEqual([
      [`The functions are:\n• ${BLANK}: The factor pays at once.`, 'Finanzierung'],
      [`The functions are:\n• ${BLANK}: The factor carries the risk.`, 'Delkredere'],
    ]);
  });

  it.each([
    [
      'lines without bullets under their lead (de)',
      'Outsourcing kann verschiedene Formen annehmen, darunter:\n\nOffshoring: Die Auslagerung an ein anderes Land.\nNearshoring: Die Auslagerung an ein Land in der Nähe.\n',
      'Outsourcing kann verschiedene Formen annehmen, darunter:',
    ],
    [
      'paragraphs under a heading (de)',
      '# Outsourcing\n\n## Formen\n\nOffshoring: Die Auslagerung an ein anderes Land.\n\nNearshoring: Die Auslagerung an ein Land in der Nähe.\n',
      'Formen',
    ],
    [
      'lettered items under a title line (tr)',
      'Hızına Göre Enflasyon\n\na) Offshoring: Die Auslagerung an ein anderes Land.\nb) Nearshoring: Die Auslagerung an ein Land in der Nähe.\n',
      'Hızına Göre Enflasyon',
    ],
  ])('reads "Label: explanation" %s as a list', (_shape, text, lead) => {
    expect(lists(text)).toEqual([
      [`${lead}\n• ${BLANK}: Die Auslagerung an ein anderes Land.`, 'Offshoring'],
      [`${lead}\n• ${BLANK}: Die Auslagerung an ein Land in der Nähe.`, 'Nearshoring'],
    ]);
  });

  it('counts no words in parentheses as part of a label', () => {
    const text =
      '## Temel Kavramlar\n\n• Temel Yetkinlikler (Core Competencies): Rakiplerden ayıran beceriler.\n• Hizmet Düzeyi Anlaşması (Service Level Agreement - SLA): Hizmeti tanımlayan sözleşme.\n';
    expect(lists(text).map(([, back]) => back)).toEqual([
      'Temel Yetkinlikler (Core Competencies)',
      'Hizmet Düzeyi Anlaşması (Service Level Agreement - SLA)',
    ]);
  });

  it('reads sentence lines right under a lead ending in ":" as its items', () => {
    const text =
      'Enflasyon ekonomiyi başlıca üç yönden etkiler:\nGelir dağılımında eşitsizlikler doğar.\nÜretimin verimliliği düşer.\n';
    expect(lists(text).map(([, back]) => back)).toEqual([
      'Gelir dağılımında eşitsizlikler doğar.',
      'Üretimin verimliliği düşer.',
    ]);
  });

  it('takes no list of plain items under a heading or title line', () => {
    const text =
      '# Dispo\n\nEin Dispokredit ist ein automatischer Kredit.\n\n## Tipps\n\n- Nutzen Sie den Dispo kurz.\n- Sparen Sie.\n';
    expect(lists(text)).toEqual([]);
  });

  it('reads a definition list flattened to a term line and an explanation line', () => {
    const text =
      '# S.r.o.\n\n## Orgány spoločnosti\nValné zhromaždenie\nnajvyšší orgán spoločnosti, tvoria ho všetci spoločníci\nKonateľ\nštatutárny orgán, koná v mene spoločnosti\n';
    expect(lists(text)).toEqual([
      [
        `Orgány spoločnosti\n• ${BLANK}: najvyšší orgán spoločnosti, tvoria ho všetci spoločníci`,
        'Valné zhromaždenie',
      ],
      [`Orgány spoločnosti\n• ${BLANK}: štatutárny orgán, koná v mene spoločnosti`, 'Konateľ'],
    ]);
  });

  it('asks no label that its explanation repeats', () => {
    const text =
      'Am Ende gibt es drei Möglichkeiten:\n\n- Rückgabe: Das Fahrzeug geht zurück.\n- Kauf: Der Leasingnehmer kauft das Fahrzeug.\n- Verlängerung: Der Vertrag läuft weiter.\n';
    expect(lists(text).map(([, back]) => back)).toEqual(['Rückgabe', 'Verlängerung']);
  });

  it.each([
    [
      'the lead names the label (da)',
      '## Belåningsgrad og belåningsrum\n- Belåningsgrad (LTV): restgæld / markedsværdi.\n- Belåningsrum: hvad du kan låne op til.\n',
      [
        [
          `Belåningsgrad og belåningsrum\n• ${BLANK}: restgæld / markedsværdi.`,
          'Belåningsgrad (LTV)',
        ],
        [`Belåningsgrad og belåningsrum\n• Belåningsrum: ${BLANK}`, 'hvad du kan låne op til.'],
      ],
    ],
    [
      'two items share the explanation (da)',
      'Udgifter med kun delvist fradrag:\n- Restaurationsudgifter: 25 % af momsen\n- Hotelovernatning: 25 % af momsen\n- Personbiler: intet fradrag\n',
      [
        [`Udgifter med kun delvist fradrag:\n• Restaurationsudgifter: ${BLANK}`, '25 % af momsen'],
        [`Udgifter med kun delvist fradrag:\n• Hotelovernatning: ${BLANK}`, '25 % af momsen'],
        [`Udgifter med kun delvist fradrag:\n• ${BLANK}: intet fradrag`, 'Personbiler'],
      ],
    ],
  ])('asks for the explanation when %s', (_cause, text, cards) => {
    expect(lists(text)).toEqual(cards);
  });

  it('drops a last item cut off by the end of the file, newline or not', () => {
    for (const end of ['', '\n']) {
      const text = `Steps:\n\n- Open an account.\n- Bid in the auction.\n- Receive the bonds on the sett${end}`;
      expect(lists(text).map(([, back]) => back)).toEqual([
        'Open an account.',
        'Bid in the auction.',
      ]);
    }
  });
});

describe('"Label: figure" items under a heading and the paragraph that opens its section', () => {
  const prose = '# Title\n\nSome prose about the topic here, long enough to be an article.\n\n';

  it.each([
    [
      'tr',
      '## Stopaj oranları',
      'Vadeli mevduattan elde edilen faiz gelirinden gelir vergisi stopajı kesilir, bu yüzden bankanın açıkladığı brüt faiz ile elinize geçen net kazanç hiçbir zaman aynı değildir.',
      ['TL mevduat: %15 stopaj', 'Döviz mevduat: %25 stopaj'],
    ],
    [
      'da',
      '## Satser for moms',
      'Moms lægges på langt de fleste varer og ydelser, der sælges i Danmark, og virksomheden afregner den til Skattestyrelsen hvert kvartal eller hvert halve år efter omsætningen.',
      ['Almindelig moms: 25 %', 'Aviser: 0 %'],
    ],
    [
      'sk',
      '## Sadzby odvodov',
      'Živnostník platí sociálne odvody z vymeriavacieho základu, ktorý sa určuje z jeho príjmov za predchádzajúci rok, a platí ich vždy do ôsmeho dňa nasledujúceho mesiaca.',
      ['Nemocenské poistenie: 4,4 %', 'Starobné poistenie: 18 %'],
    ],
    [
      'de',
      '## Beitragssätze',
      'Die Beiträge zur Sozialversicherung teilen sich Arbeitgeber und Arbeitnehmer in der Regel zur Hälfte, und der Arbeitgeber führt sie jeden Monat gemeinsam an die Krankenkasse ab.',
      ['Rentenversicherung: 18,6 %', 'Arbeitslosenversicherung: 2,6 %'],
    ],
    [
      'en',
      '## Withholding rates',
      'Banks withhold income tax from the interest they pay on deposits, so the gross rate a bank advertises is never quite what the saver actually receives at the end of the term.',
      ['Pound deposits: 15 %', 'Currency deposits: 25 %'],
    ],
  ])(
    'asks each figure from its label, under the heading (%s)',
    (_lang, heading, sentence, items) => {
      const text = `${prose}${heading}\n${sentence}\n${items.map((item) => `- ${item}`).join('\n')}\n`;
      const title = heading.replace(/^## /u, '');
      expect(lists(text)).toEqual(
        items.map((item) => {
          const [label = '', figure = ''] = item.split(': ');
          return [`${title}\n• ${label}: ${BLANK}`, figure];
        }),
      );
    },
  );

  it('takes no list of plain items under a heading over a paragraph', () => {
    const text = `${prose}## Satser\nMoms lægges på langt de fleste varer og ydelser, der sælges i Danmark, og afregnes hvert kvartal eller hvert halve år.\n- aviser\n- bøger\n`;
    expect(() => build(text)).toThrow('nothing to learn');
  });

  it('asks the label when its explanation is no figure (en)', () => {
    const text = `${prose}Three kinds of deposit:\n- Demand deposit: money you can take out at any time\n- Term deposit: money fixed for an agreed period\n`;
    expect(lists(text)).toEqual([
      [`Three kinds of deposit:\n• ${BLANK}: money you can take out at any time`, 'Demand deposit'],
      [`Three kinds of deposit:\n• ${BLANK}: money fixed for an agreed period`, 'Term deposit'],
    ]);
  });
});

describe('a table of contents', () => {
  it.each([
    [
      'sk',
      'Leasing je služba, pri ktorej prenajímateľ prenajíma majetok.\n\nObsah:\n1. Finančný leasing\n2. Operatívny leasing\n\nFinančný leasing\n\nPri finančnom leasingu ide o dlhodobý prenájom.\n\nOperatívny leasing\n\nOperatívny leasing je krátkodobý prenájom, ktorý je kratší ako životnosť veci.\n',
    ],
    [
      'en',
      '# Leasing\n\nContents:\n- [Finance lease](#finance)\n- [Operating lease](#operating)\n\n## Finance lease\n\nA long rental.\n\n## Operating lease\n\nAn operating lease is a short rental that the lessee can cancel.\n',
    ],
  ])('%s: a list naming only the headings that follow asks nothing', (_, text) => {
    expect(lists(text)).toEqual([]);
  });

  it('keeps a list when one item is no heading of the document', () => {
    const text =
      '# Leasing\n\nThe kinds are:\n- Finance lease\n- Operating lease\n- Sale and leaseback\n\n## Finance lease\n\nA long rental.\n\n## Operating lease\n\nA short rental.\n';
    expect(lists(text).map(([, back]) => back)).toEqual([
      'Finance lease',
      'Operating lease',
      'Sale and leaseback',
    ]);
  });
});

describe('bylines written as list items', () => {
  const article =
    'Boafgift er en afgift, som arvinger betaler af en arv, når boet gøres op efter et dødsfald.\n';

  it.each([
    [
      'da, after a lead',
      `# Boafgift\n\n${article}\nDel artiklen:\n\n- Af Hans Jensen · 12. marts 2025\n- Opdateret 14. marts 2025\n`,
    ],
    [
      'da, labelled under the title',
      `# Boafgift\n\n- Skrevet af: Hans Jensen\n- Opdateret: 12. marts 2025\n\n${article}`,
    ],
    [
      'en, after a lead',
      '# Inheritance tax\n\nInheritance tax is a tax on the estate of someone who has died.\n\nAbout this article:\n\n- By Jane Smith, Updated March 2025\n- Last updated: 3 March 2025\n',
    ],
    [
      'en, labelled under the title',
      '# Inheritance tax\n\n- By: Jane Smith\n- Updated: 3 March 2025\n\nInheritance tax is a tax on the estate of someone who has died.\n',
    ],
    [
      'de, after a lead',
      '# Elterngeld\n\nElterngeld ist eine Leistung für Eltern, die ihr Kind selbst betreuen.\n\nZum Artikel:\n\n- Von Anna Müller, 12. März 2025\n- Zuletzt aktualisiert: 14. März 2025\n',
    ],
  ])('are page furniture, never a list card (%s)', (_case, text) => {
    expect(lists(text)).toEqual([]);
  });

  it.each([
    ['de', 'Finanziert wird es:\n\n- Von Arbeitgebern\n- Von Arbeitnehmern\n'],
    ['en', 'The targets are:\n\n- By 2030, halve emissions\n- By 2050, reach net zero\n'],
  ])('keeps items that open with "by" or "von" but name no author and date (%s)', (_lang, text) => {
    expect(lists(text)).toHaveLength(2);
  });
});
