// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  collectDocumentTerms,
  keyTermProblem,
  occurrences,
  withDefinedTerms,
} from '../../../src/domain/generator/key-terms.ts';
import { parseDocument } from '../../../src/domain/generator/structure.ts';

const TEXT = [
  '# Tedarik zinciri',
  '',
  'Tedarik zinciri yönetimi, tedarik  zinciri ve tedarik-zinciri: tedarik zincirinin parçası.',
  '',
  'BPO-firma BPO firma; a a a.',
  '',
].join('\n');

describe('occurrences', () => {
  const terms = collectDocumentTerms(TEXT, parseDocument(TEXT), 'tr');

  it.each([
    ['tedarik', 5],
    ['tedarik zinciri', 3],
    ['tedarik zinciri yonetimi', 1],
    ['zinciri ve', 1],
    ['tedarik-zinciri', 1],
    ['bpo-firma', 1],
    ['bpo firma', 1],
    ['a a', 2],
    ['zincir', 0],
    ['firma a', 0],
  ])('%s occurs %i times as whole words', (folded, count) => {
    expect(occurrences(terms, folded)).toBe(count);
  });
});

describe('withDefinedTerms', () => {
  const text =
    'Akontácia je prvá splátka pri leasingu. Pri operatívnom leasingu sa neplatí akontácia vôbec.';
  const terms = collectDocumentTerms(text, parseDocument(text), 'sk');
  const front = 'Pri operatívnom leasingu sa neplatí _____ vôbec.';

  it('makes a word the document defines a key term on its second mention', () => {
    expect(keyTermProblem('akontácia', front, terms)).toBe('not a term');
    const defined = withDefinedTerms(terms, ['Akontácia', 'Čo je leasing?', 'a b c d e']);
    expect([...defined.defined]).toEqual(['akontacia']);
    expect(keyTermProblem('akontácia', front, defined)).toBeUndefined();
  });
});
