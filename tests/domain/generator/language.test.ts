// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectLanguage, toBcp47 } from '../../../src/domain/generator/language.ts';
import {
  SEEDS,
  build,
  readSeed,
  readTestDocument,
  testDocumentNames,
} from './generator-test-helpers.ts';

describe('detectLanguage', () => {
  const expected: Record<string, string> = {
    'bpo.tr.md': 'tr',
    'bpo.da.md': 'da',
    'bpo-vs-kpo.sk.txt': 'sk',
    'kpo.da.md': 'da',
  };

  it.each(SEEDS)('detects the seed %s', (seed) => {
    expect(build(readSeed(seed), seed).language).toBe(expected[seed]);
  });

  it.each(testDocumentNames())('detects the test document %s from its name', (name) => {
    const language = name.split('.').at(-2);
    expect(build(readTestDocument(name), name).language).toBe(language);
  });

  it('says und when there is too little text', () => {
    expect(detectLanguage('BPO')).toBe('und');
  });

  it('ignores URLs', () => {
    const text = 'https://example.com/very/long/english/path/with/words/in/it/that/could/confuse';
    expect(detectLanguage(text)).toBe('und');
  });
});

describe('toBcp47', () => {
  it.each([
    ['tur', 'tr'],
    ['dan', 'da'],
    ['slk', 'sk'],
    ['deu', 'de'],
    ['eng', 'en'],
    ['nob', 'nb'],
    ['nno', 'nn'],
    ['ces', 'cs'],
    ['swe', 'sv'],
    ['ckb', 'ckb'],
    ['und', 'und'],
  ])('%s → %s', (code, bcp47) => {
    expect(toBcp47(code)).toBe(bcp47);
  });
});
