// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseFormula } from '../../../src/domain/generator/formula-lines.ts';
import { build, cardsOf } from './generator-test-helpers.ts';

function formulas(text: string): [string, string, [number, number]][] {
  return cardsOf(build(text), 'definition')
    .filter((card) => card.front.endsWith(' = ?'))
    .map((card) => [card.front, card.back, card.lines]);
}

describe('formula lines', () => {
  it.each([
    [
      'Break-Even Units = Fixed Costs ÷ Contribution Per Unit',
      { term: 'Break-Even Units', expression: 'Fixed Costs ÷ Contribution Per Unit' },
    ],
    [
      'Contribution Margin − Fixed Costs = Net Operating Profit or Loss',
      { term: 'Net Operating Profit or Loss', expression: 'Contribution Margin − Fixed Costs' },
    ],
    [
      'Dækningsgrad = dækningsbidrag / salgspris x 100',
      { term: 'Dækningsgrad', expression: 'dækningsbidrag / salgspris x 100' },
    ],
    [
      'Ödenecek KDV = hesaplanan KDV − indirilecek KDV.',
      { term: 'Ödenecek KDV', expression: 'hesaplanan KDV − indirilecek KDV' },
    ],
    [
      'EBITDA-Marge = (EBITDA ÷ Umsatz) × 100',
      { term: 'EBITDA-Marge', expression: '(EBITDA ÷ Umsatz) × 100' },
    ],
    [
      'P/E ratio = Market price per share / Earnings per share (EPS)',
      { term: 'P/E ratio', expression: 'Market price per share / Earnings per share (EPS)' },
    ],
    [
      'P/E-Verhältnis = Aktienkurs / Gewinn je Aktie',
      { term: 'P/E-Verhältnis', expression: 'Aktienkurs / Gewinn je Aktie' },
    ],
  ])('reads %s', (line, formula) => {
    expect(parseFormula(line)).toEqual(formula);
  });

  it.each([
    ['a worked example', 'I eksemplet er dækningsgraden 85 / 150 x 100 = 56,7 %.'],
    ['figures on both sides', 'Dækningsbidraget er derfor 150 - 65 = 85 kr.'],
    ['no operator', 'dlhopis = pôžička investora emitentovi'],
    ['a sentence around it', 'Another route: EBITDA = EBIT + Depreciation + Amortization.'],
    [
      'a name of seven words',
      'Udgående moms – indgående moms = beløb du skal betale eller have tilbage',
    ],
    ['two equal signs', 'A = B + C = D'],
    ['a hyphenated word only', 'Sales-to-cost = ratio'],
    ['a slash between spaced names', 'Price / earnings = Market price per share / EPS'],
  ])('reads no formula in %s', (_, line) => {
    expect(parseFormula(line)).toBeUndefined();
  });
});

describe('formula cards', () => {
  it('asks each formula line of a paragraph from its name', () => {
    const text = [
      '# Break-even',
      '',
      '## The core formulas',
      'Break-Even Units = Fixed Costs ÷ Contribution Per Unit',
      'Contribution Margin − Fixed Costs = Net Operating Profit or Loss',
      '',
      'Some prose about it follows here.',
      '',
    ].join('\n');
    expect(formulas(text)).toEqual([
      ['Break-Even Units = ?', 'Fixed Costs ÷ Contribution Per Unit', [4, 4]],
      ['Net Operating Profit or Loss = ?', 'Contribution Margin − Fixed Costs', [5, 5]],
    ]);
  });

  it('capitalises a name and an expression written in lower case', () => {
    const text = '# Dækningsbidrag\n\nSalgspris - variable omkostninger = dækningsbidrag\n';
    expect(formulas(text)).toEqual([
      ['Dækningsbidrag = ?', 'Salgspris - variable omkostninger', [3, 3]],
    ]);
  });

  it('leaves a paragraph alone when one of its lines is no formula', () => {
    // The definition after it gives the document something to learn.
    const text =
      '# EBITDA\n\nEBITDA = Net Income + Interest + Taxes\nIt is widely used.\n\nEBITDA is a measure of operating profit.\n';
    expect(formulas(text)).toEqual([]);
  });

  it('asks no formula from a list item or a FAQ answer', () => {
    const text =
      '# KDV\n\n- Ödenecek KDV = hesaplanan KDV − indirilecek KDV\n- Başka bir şey.\n\n## SSS\n\n### Nasıl?\n\nÖdenecek KDV = hesaplanan KDV − indirilecek KDV\n';
    expect(formulas(text)).toEqual([]);
  });
});
