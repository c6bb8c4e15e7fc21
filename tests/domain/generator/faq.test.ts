// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/domain/generator/structure.ts';
import { build, cardsOf } from './generator-test-helpers.ts';

function faqs(text: string): [string, string, [number, number]][] {
  return cardsOf(build(text), 'faq').map((card) => [card.front, card.back, card.lines]);
}

describe('FAQ cards', () => {
  it.each([
    '## FAQ',
    '## SSS',
    '##Ofte stillede spørgsmål',
    '## Často kladené otázky',
    '# häufig gestellte fragen',
  ])('reads the questions under %s', (heading) => {
    const text = `${heading}\n\n### Why?\n\nBecause.\n\nAnd more.\n\n### How?\n\n- one\n- two\n`;
    expect(faqs(text)).toEqual([
      ['Why?', 'Because.\n\nAnd more.', [3, 7]],
      ['How?', '• one\n• two', [9, 12]],
    ]);
  });

  it('ends the FAQ at the next heading of its level', () => {
    const text = '## FAQ\n\n### Why?\n\nBecause.\n\n## Other\n\n### What else?\n\nNothing.\n';
    expect(faqs(text).map(([front]) => front)).toEqual(['Why?']);
  });

  it('reads one-line questions of a plain-text FAQ', () => {
    const text = 'Title\n\nSSS\n\nNeden BPO?\n\nÇünkü ucuz.\n\nNe zaman?\n\nHer zaman.\n';
    expect(faqs(text).map(([front, back]) => [front, back])).toEqual([
      ['Neden BPO?', 'Çünkü ucuz.'],
      ['Ne zaman?', 'Her zaman.'],
    ]);
  });

  it('skips a question without an answer', () => {
    expect(faqs('## FAQ\n\n### Empty?\n\n### Full?\n\nYes.\n').map(([front]) => front)).toEqual([
      'Full?',
    ]);
  });

  it('reads a FAQ written without blank lines, each answer ending at the first blank line', () => {
    const text = [
      '# Moms',
      '',
      'Ofte stillede spørgsmål',
      'Hvad sker der, hvis jeg glemmer moms?',
      'Du får en afgift.',
      '',
      'Kan jeg rette en fejl?',
      'Ja, i næste periode.',
      '',
      'Annonce – Få 3 gratis tilbud',
      '',
    ].join('\n');
    expect(faqs(text)).toEqual([
      ['Hvad sker der, hvis jeg glemmer moms?', 'Du får en afgift.', [4, 5]],
      ['Kan jeg rette en fejl?', 'Ja, i næste periode.', [7, 8]],
    ]);
  });

  it('reads a Slovak FAQ under "Časté otázky" written without blank lines', () => {
    const text = [
      '# Úrok z omeškania',
      '',
      'Časté otázky',
      'Od kedy sa úrok počíta?',
      'Od prvého dňa po uplynutí lehoty splatnosti.',
      '',
    ].join('\n');
    expect(faqs(text)).toEqual([
      ['Od kedy sa úrok počíta?', 'Od prvého dňa po uplynutí lehoty splatnosti.', [4, 5]],
    ]);
  });

  it.each([
    [
      'de',
      '## Häufige Fragen',
      '**Was passiert bei einer Kündigung?**',
      'Zulagen werden zurückgezahlt.',
    ],
    ['tr', '## Sıkça Sorulan Sorular', '**Asgari ücret desteği nedir?**', 'Bir prim desteğidir.'],
    ['en', '## FAQ', '__Is a low P/E always a bargain?__', 'No. It can be a value trap.'],
    ['da', '## Ofte stillede spørgsmål', '*Hvad er supplerende dagpenge?*', 'Dagpenge for timer.'],
    ['sk', '## Často kladené otázky', '**Kto vypláca príspevok?**', 'Úrad práce.'],
  ])('reads a bold question over its answer (%s)', (_language, heading, question, answer) => {
    const text = `# Title\n\n${heading}\n${question}\n${answer}\n\nAnzeige · Related articles\n`;
    expect(faqs(text)).toEqual([[question.replace(/^[*_]+|[*_]+$/g, ''), answer, [4, 5]]]);
  });

  it('keeps a whole answer written after a blank line', () => {
    const text = '## FAQ\n\nWhy?\n\nBecause.\n\nAnd more.\n';
    expect(faqs(text).map(([, back]) => back)).toEqual(['Because.\n\nAnd more.']);
  });

  it('splits no question and answer lines outside a FAQ', () => {
    const text = '# Moms\n\n## Regler\nHvorfor moms?\nFordi staten skal have penge.\n';
    expect(parseDocument(text).blocks.map((block) => block.text)).toEqual([
      'Moms',
      'Regler',
      'Hvorfor moms? Fordi staten skal have penge.',
    ]);
  });
});
