import { describe, expect, it } from 'vitest';
import { replaceWholeTerm } from '../../../src/domain/generator/text.ts';

describe('replaceWholeTerm', () => {
  it.each([
    ['BPO, BPO-firma, BPOS', 'bpo', '_, _-firma, BPOS'],
    ['Outsourcing af vidensprocesser', 'vidensprocesser', 'Outsourcing af _'],
    ['BPO’nun hizmetleri', 'BPO', '_’nun hizmetleri'],
    ['A term not here at all', 'KPO', 'A term not here at all'],
    ['kpo inside a word: akpoz', 'KPO', '_ inside a word: akpoz'],
  ])('%j without %j → %j', (text, term, expected) => {
    expect(replaceWholeTerm(text, term, '_')).toBe(expected);
  });
});
