// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  isBoilerplateMarker,
  isFaqHeading,
  isHighlightsHeading,
  isWhatIsQuestion,
  keyDifferenceRest,
  whatIsTerm,
} from '../../../src/domain/generator/heading-words.ts';
import { splitSections } from '../../../src/domain/generator/sections.ts';
import { parseDocument } from '../../../src/domain/generator/structure.ts';

describe('isHighlightsHeading', () => {
  it.each([
    'Highlights',
    'Key Takeaways',
    'KEY TAKEAWAYS:',
    'Öne Çıkanlar',
    'öne çıkanlar',
    'Højdepunkter',
    'Høydepunkter',
    'Höjdpunkter',
    'Hlavné body',
    'Hlavne body',
    'Klíčové body',
    'Wichtige Erkenntnisse',
    'Die wichtigsten Erkenntnisse',
    'Points clés',
    'Puntos clave',
  ])('%s is a highlights heading', (text) => {
    expect(isHighlightsHeading(text)).toBe(true);
  });

  it.each(['Highlights of the year 2020', 'Overview', 'Fordele og ulemper ved KPO'])(
    '%s is not',
    (text) => {
      expect(isHighlightsHeading(text)).toBe(false);
    },
  );
});

describe('isFaqHeading', () => {
  it.each([
    'Spørgsmål og svar',
    'Sorular ve Cevaplar',
    'Merak Edilenler',
    'FAQ',
    'FAQs',
    'Frequently Asked Questions',
    'Frequently Asked Questions (FAQ)',
    'SSS',
    'Sıkça Sorulan Sorular',
    'Ofte stillede spørgsmål',
    'Často kladené otázky',
    'Často kladené dotazy',
    'Häufig gestellte Fragen',
    'Preguntas frecuentes',
  ])('%s is a FAQ heading', (text) => {
    expect(isFaqHeading(text)).toBe(true);
  });

  it.each(['Questions about BPO', 'SSS nedir?'])('%s is not', (text) => {
    expect(isFaqHeading(text)).toBe(false);
  });
});

describe('isWhatIsQuestion', () => {
  it.each([
    'What Is Business Process Outsourcing (BPO)?',
    'What are shared services?',
    "What's KPO?",
    'İş Süreci Dış Kaynak Kullanımı (BPO) Nedir?',
    'Hvad er Business Process Outsourcing (BPO)?',
    'Hva er KPO?',
    'Vad är KPO?',
    'Čo je BPO?',
    'Co je KPO?',
    'Was ist Wissensprozess-Outsourcing?',
    'Was sind Shared Services?',
    'Was genau ist ein Dispokredit?',
    'What exactly is invoice finance?',
    'Čo presne je leasing?',
    'Qu’est-ce que le BPO ?',
    '¿Qué es el BPO?',
    'Wat is KPO?',
  ])('%s is a what-is question', (text) => {
    expect(isWhatIsQuestion(text)).toBe(true);
  });

  it.each([
    'Understanding BPO',
    'Forståelse af BPO',
    'Why do companies use BPO?',
    'BPO',
    'Enflasyon Türleri Nelerdir?',
    'What are the types of bonds?',
    'Welche Arten von Anleihen gibt es?',
    'Aké sú druhy lízingu?',
  ])('%s is not', (text) => {
    expect(isWhatIsQuestion(text)).toBe(false);
  });
});

describe('isBoilerplateMarker', () => {
  it.each([
    'Odporúčaná',
    'Súvisiace Články',
    'Redakcia Choice',
    'Related Articles',
    'Ähnliche Artikel',
    'Etiketler: #kıdemtazminatı #istifa',
    'Bunlar da ilginizi çekebilir: Yıllık izin · Asgari ücret',
    'Læs også: Bruttoavance · Nettoresultat',
  ])('%s is a marker', (text) => {
    expect(isBoilerplateMarker(text)).toBe(true);
  });

  it('needs the whole line to be the marker', () => {
    expect(isBoilerplateMarker('Related articles explain this further.')).toBe(false);
    expect(isBoilerplateMarker('Definition: eine Quellensteuer von 25 %')).toBe(false);
  });
});

describe('keyDifferenceRest', () => {
  it.each([
    ['Kľúčový rozdiel: BPO je proces.', 'BPO je proces.'],
    ['Hlavný rozdiel : Ghee je maslo.', 'Ghee je maslo.'],
    ['Rozdiel kľúčov: Whisky je nápoj.', 'Whisky je nápoj.'],
    ['Key difference: BPO is a process.', 'BPO is a process.'],
    ['Klíčový rozdíl: LAN je síť.', 'LAN je síť.'],
    ['Hauptunterschied: BPO ist ein Prozess.', 'BPO ist ein Prozess.'],
  ])('%s', (text, rest) => {
    expect(keyDifferenceRest(text)).toBe(rest);
  });

  it.each(['Ein Unterschied: klein.', 'BPO: a method.', 'Key difference:'])('%s → none', (text) => {
    expect(keyDifferenceRest(text)).toBeUndefined();
  });
});

describe('splitSections', () => {
  function roles(text: string): string[] {
    return splitSections(parseDocument(text).blocks).map(
      (section) => `${section.role}:${section.heading?.text ?? ''}`,
    );
  }

  it('gives FAQ questions their role and ends the FAQ at the next section', () => {
    const text = '## SSS\n\n### BPO Nedir?\n\nCevap.\n\n## Sonuç\n\n### Nedir?\n\nx\n';
    expect(roles(text)).toEqual([
      'other:',
      'faq:SSS',
      'faq-question:BPO Nedir?',
      'other:Sonuç',
      'other:Nedir?',
    ]);
  });

  it('treats a ### what-is heading outside a FAQ as a definition', () => {
    expect(roles('## Overview\n\n### What is KPO?\n\nKPO is …\n')).toContain(
      'what-is:What is KPO?',
    );
  });

  it('finds section names and questions written as plain lines', () => {
    const text = [
      'Title',
      '',
      'Čo je KPO?',
      '',
      'KPO je proces.',
      '',
      'Hlavné body',
      '',
      'KPO rastie.',
      '',
      'Často kladené otázky',
      '',
      'Prečo KPO?',
      '',
      'Pretože áno.',
      '',
    ].join('\n');
    expect(roles(text)).toEqual([
      'other:',
      'other:Title',
      'what-is:Čo je KPO?',
      'highlights:Hlavné body',
      'faq:Často kladené otázky',
      'faq-question:Prečo KPO?',
    ]);
  });
});

describe('whatIsTerm', () => {
  it.each([
    ['Hvad er en indboforsikring?', 'indboforsikring'],
    ['Kıdem Tazminatı Nedir', 'Kıdem Tazminatı'],
    ['Was versteht man unter Insourcing?', 'Insourcing'],
    ['Čo je rodičovský príspevok?', 'rodičovský príspevok'],
    ['What is a bond?', 'bond'],
  ])('reads the term of %s', (text, term) => {
    expect(whatIsTerm(text)).toBe(term);
  });

  it('reads none of another question', () => {
    expect(whatIsTerm('Hvad dækker en indboforsikring?')).toBeUndefined();
    expect(whatIsTerm("Qu'est-ce que l'affacturage ?")).toBeUndefined();
  });
});
