// @vitest-environment node
import { readFileSync, readdirSync } from 'node:fs';
import { francAll } from 'franc';
import { describe, expect, it } from 'vitest';
import {
  SCREENED,
  detectLanguage,
  rankLanguages,
  toBcp47,
} from '../../../src/domain/generator/language.ts';
import { articleProse, parseDocument } from '../../../src/domain/generator/structure.ts';
import {
  SEEDS,
  build,
  repoRoot,
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

  it('reads the article, not a breadcrumb trail and a subtitle in another language', () => {
    const text = [
      'Sözlük » R » Repo ve Ters Repo',
      '',
      '# Repo ve Ters Repo',
      '',
      '(Repurchase agreement and reverse repo)',
      '',
      'Repo ilk bakışta paranın belirli bir vadede faiziyle birlikte alınması gibi görünür; ama işlem aslında bir menkul kıymetin geri alım taahhüdüyle satılmasıdır.',
      '',
      'Ters repo bunun tersidir: bir menkul kıymetin geri satma taahhüdüyle satın alınmasıdır.',
      '',
    ].join('\n');
    expect(detectLanguage(articleProse(parseDocument(text)))).not.toBe('tr');
    expect(build(text, 'repo.md').language).toBe('tr');
  });

  it('says und when there is too little text', () => {
    expect(detectLanguage('BPO')).toBe('und');
  });

  it('ignores URLs', () => {
    const text = 'https://example.com/very/long/english/path/with/words/in/it/that/could/confuse';
    expect(detectLanguage(text)).toBe('und');
  });
});

/** The start of every corpus document's prose, seed and test document, as detection sees it. */
function prosesToRank(): string[] {
  const corpus = `${repoRoot}tests/fixtures/corpus/`;
  const texts = readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((part) =>
      readdirSync(`${corpus}${part.name}`)
        .filter((name) => name.endsWith('.txt'))
        .map((name) => readFileSync(`${corpus}${part.name}/${name}`, 'utf8')),
    )
    .concat(SEEDS.map(readSeed), testDocumentNames().map(readTestDocument));
  return texts.map((text) => articleProse(parseDocument(text)).replace(/\s+/g, ' ').slice(0, 400));
}

describe('rankLanguages', () => {
  const samples = [
    ...prosesToRank().flatMap((prose) => [prose, prose.slice(0, 120), prose.slice(0, 25)]),
    'Аутсорсинг — это передача компанией части её задач другой компании.',
    'Η εξωτερική ανάθεση είναι η μεταβίβαση εργασιών σε άλλη εταιρεία.',
    '外包是指企业将部分业务交给外部专业公司完成的一种经营方式。',
    'アウトソーシングとは、業務の一部を外部の専門企業に委託することです。',
    'מיקור חוץ הוא העברת חלק מהעבודה של החברה לחברה אחרת.',
    '1234567890 1234567890 1234567890',
    'short',
  ];

  it('ranks as franc does, against the screened languages and a few of them', () => {
    const few = ['dan', 'nob', 'nno', 'swe', 'slk', 'ces'];
    for (const sample of samples) {
      for (const only of [SCREENED, few]) {
        const franc = francAll(sample, { minLength: 20, only }).map(([code]) => code);
        expect(rankLanguages(sample, only, 20), sample).toEqual(franc);
      }
    }
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
