// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../../src/domain/generator/front-matter.ts';
import { parseDocument } from '../../../src/domain/generator/structure.ts';

function shape(text: string): [string, string, number][] {
  return parseDocument(text).blocks.map((block) => [block.kind, block.text, block.from]);
}

describe('readFrontMatter', () => {
  it('reads title and description and the description line', () => {
    const lines = ['---', 'keywords: a,b', 'title: BPO', 'description: A method.', '---', '# BPO'];
    expect(readFrontMatter(lines)).toEqual({
      title: 'BPO',
      description: 'A method.',
      descriptionLine: 4,
      lineCount: 5,
    });
  });

  it('falls back to key: value lines when the YAML is invalid', () => {
    const lines = ['---', 'title: Key difference: BPO', 'description: [KPO](/kpo) is: x', '---'];
    expect(readFrontMatter(lines)).toMatchObject({
      title: 'Key difference: BPO',
      description: 'KPO is: x',
    });
  });

  it.each([
    ['a plain value', 'title: Plain words, and more', 'Plain words, and more'],
    ['a quoted value', 'title: "Quoted: yes"', 'Quoted: yes'],
    ['a number, which is no text', 'title: 2024', ''],
    ['a boolean, which is no text', 'title: true', ''],
    ['an empty value', 'title:', ''],
    ['a comment after the value', 'title: BPO # note', 'BPO'],
  ])('reads %s as YAML does', (_name, line, title) => {
    expect(readFrontMatter(['---', line, 'description: A method.', '---'])).toMatchObject({
      title,
      description: 'A method.',
    });
  });

  it.each([
    ['no front matter', ['# Title', '---']],
    ['unclosed front matter', ['---', 'title: x']],
  ])('%s → nothing', (_name, lines) => {
    expect(readFrontMatter(lines)).toMatchObject({ title: '', lineCount: 0 });
  });
});

describe('parseDocument', () => {
  it.each([
    ['a byline', 'By the editorial team · Updated March 3, 2025 · 5 min read'],
    ['a share bar', 'Share: Twitter | Facebook | Copy link'],
    ['a Slovak byline', 'Aktualizované 9. 4. 2024 · 5 min čítania · Zdieľať'],
    ['a date and a reading time', 'Published May 31, 2025 · 6 min read'],
    ['a Danish date and reading time', 'Opdateret 3. marts 2025 · 4 min. læsetid'],
    ['a calculator form', 'Price [ 10 ]   Cost [ 6 ]   Fixed costs [ 300,000 ]   (Calculate)'],
  ])('drops %s above the article', (_name, line) => {
    const text = `Home › Finance › Terms\n\n# What is X?\n\n${line}\n\nX is a thing that matters a lot here.\n`;
    expect(shape(text).map(([, blockText]) => blockText)).toEqual([
      'Home › Finance › Terms',
      'What is X?',
      'X is a thing that matters a lot here.',
    ]);
  });

  it('keeps a share bar after the first prose paragraph, and a table header row', () => {
    const text =
      '# X\n\nX is a thing that matters a lot here.\n\nShare: Twitter | Facebook | Copy link\n\nA | B | C\n';
    expect(shape(text).map(([, blockText]) => blockText)).toEqual([
      'X',
      'X is a thing that matters a lot here.',
      'Share: Twitter | Facebook | Copy link',
      'A | B | C',
    ]);
  });

  it('splits a paragraph of short lines without punctuation into cells, one per line', () => {
    expect(shape('Porovnanie:\n\nHypotéka\nSpotrebný úver\nsplatnosť\naž 30 rokov\n')).toEqual([
      ['paragraph', 'Porovnanie:', 1],
      ['paragraph', 'Hypotéka', 3],
      ['paragraph', 'Spotrebný úver', 4],
      ['paragraph', 'splatnosť', 5],
      ['paragraph', 'až 30 rokov', 6],
    ]);
  });

  it('reads term lines, each over a lower-case explanation, as labelled items', () => {
    const text =
      '# S.r.o.\n\nKonateľ\nštatutárny orgán, koná v mene celej spoločnosti\nDozorná rada\nkontrolný orgán, zriaďuje sa len niekedy\n';
    expect(shape(text).slice(1)).toEqual([
      ['bullet', 'Konateľ: štatutárny orgán, koná v mene celej spoločnosti', 3],
      ['bullet', 'Dozorná rada: kontrolný orgán, zriaďuje sa len niekedy', 5],
    ]);
  });

  it.each([
    [
      'an explanation in capitals',
      'Konateľ\nŠtatutárny orgán spoločnosti.\nRada\nKontrolný orgán.',
    ],
    [
      'an odd number of lines',
      'Konateľ\nštatutárny orgán, koná v mene celej spoločnosti\nRada\nkontrolný orgán, zriaďuje sa len niekedy\nA ešte',
    ],
    ['a single pair', 'Konateľ\nštatutárny orgán, koná v mene spoločnosti'],
    [
      'a term of five words',
      'Valné zhromaždenie všetkých spoločníkov spolu\nnajvyšší orgán, tvoria ho všetci spoločníci spolu\nRada\nkontrolný orgán, zriaďuje sa len niekedy',
    ],
  ])('keeps a paragraph of lines whole with %s', (_case, text) => {
    expect(shape(`# S.r.o.\n\n${text}\n`).map(([kind]) => kind)).toEqual(['heading', 'paragraph']);
  });

  it('keeps a paragraph wrapped into short lines whole', () => {
    expect(shape('The plan is simple,\nwe buy low\nand sell high\nwhen we can.\n')).toEqual([
      ['paragraph', 'The plan is simple, we buy low and sell high when we can.', 1],
    ]);
  });

  it('keeps source line numbers through front matter and HTML comments', () => {
    const text = '---\ntitle: T\n---\n<!-- a\nb -->\n# Title\n\nText here.\n';
    expect(shape(text)).toEqual([
      ['heading', 'Title', 6],
      ['paragraph', 'Text here.', 8],
    ]);
  });

  it.each([
    ['## Højdepunkter', 2, 'Højdepunkter'],
    ['##Højdepunkter', 2, 'Højdepunkter'],
    ['### Hvad er BPO? ###', 3, 'Hvad er BPO?'],
    ['# [BPO](/bpo) Nedir?', 1, 'BPO Nedir?'],
  ])('heading %s', (line, level, text) => {
    const [block] = parseDocument(`${line}\n`).blocks;
    expect(block).toMatchObject({ kind: 'heading', level, text });
  });

  it('reads setext headings', () => {
    expect(shape('Title\n=====\n\nSection\n---\n')).toEqual([
      ['heading', 'Title', 1],
      ['heading', 'Section', 4],
    ]);
  });

  it.each([
    ['•', ' • one\n • two\n'],
    ['-', '- one\n\n- two\n'],
    ['*', '* one\n* two\n'],
    ['+', '+ one\n+ two\n'],
    ['1.', '1. one\n2. two\n'],
    ['1)', '1) one\n2) two\n'],
    ['indented', '   - one\n     - two\n'],
  ])('bullets written %s', (_style, text) => {
    expect(shape(text).map(([kind, itemText]) => [kind, itemText])).toEqual([
      ['bullet', 'one'],
      ['bullet', 'two'],
    ]);
  });

  it('joins a wrapped bullet line to its item', () => {
    expect(shape('- one\n  continued\n- two\n')).toEqual([
      ['bullet', 'one continued', 1],
      ['bullet', 'two', 3],
    ]);
  });

  it('drops empty blockquotes and reads quoted text as prose', () => {
    expect(shape('> A fact &amp; a figure.\n\n>\n\nAfter.\n')).toEqual([
      ['paragraph', 'A fact & a figure.', 1],
      ['paragraph', 'After.', 5],
    ]);
  });

  it('reads pipe tables with the line of each row', () => {
    const [table] = parseDocument('| | A | B |\n|---|:--:|---|\n| x | **1** | 2 |\n').blocks;
    expect(table?.kind).toBe('table');
    expect(table?.rows).toEqual([
      { cells: ['', 'A', 'B'], line: 1 },
      { cells: ['x', '1', '2'], line: 3 },
    ]);
  });

  it.each([
    'Odporúčaná',
    'Súvisiace Články',
    'Redakcia Choice',
    '## Related Articles',
    'Recommended',
    "Editor's Choice",
    'Read more',
    '## Ähnliche Artikel',
    'Relaterede artikler',
    '### İlgili Makaleler',
  ])('everything from the marker %s on is boilerplate', (marker) => {
    const text = `Article text.\n\n${marker}\n\nRozdiel medzi planétou a ghee.\n\n- teaser\n`;
    expect(shape(text)).toEqual([['paragraph', 'Article text.', 1]]);
  });

  it('does not take a marker word inside prose for a marker', () => {
    expect(shape('Related articles are useful.\n\nMore.\n')).toHaveLength(2);
  });

  it.each([
    ['cut mid-word, no final newline', 'Done.\n\nMalá planéta, na druh', ['Done.']],
    ['final newline: not cut', 'Done.\n\nNo full stop\n', ['Done.', 'No full stop']],
    ['ends with punctuation', 'Done.\n\nAlso done.', ['Done.', 'Also done.']],
    ['ends with a quote', 'Done.\n\nHe said "yes."', ['Done.', 'He said "yes."']],
  ])('truncated last paragraph: %s', (_name, text, expected) => {
    const texts = parseDocument(text).blocks.map((block) => block.text);
    expect(texts).toEqual(expected);
  });

  it('takes the first short line of a plain-text document as its title', () => {
    expect(shape('Rozdiel medzi BPO a KPO\n\nText.\n')[0]).toEqual([
      'heading',
      'Rozdiel medzi BPO a KPO',
      1,
    ]);
  });

  it('keeps a first line that is a sentence as a paragraph', () => {
    expect(shape('This is a sentence.\n')[0]?.[0]).toBe('paragraph');
  });
});

describe("the site's advert inside the article", () => {
  it.each([
    ['da', 'Prøv vores regnskabsprogram gratis og helt uforpligtende i 14 dage.'],
    ['de', 'Jetzt kostenlos testen! 14 Tage gratis, keine Kreditkarte nötig.'],
    ['en', 'Try our invoicing app free for 30 days.'],
    ['sk', 'Vyskúšajte náš účtovný program zadarmo na 30 dní.'],
    ['tr', 'Ön muhasebe programımızı 14 gün ücretsiz deneyin.'],
  ])('%s: "%s" is no article text', (_, advert) => {
    const text = `# Outsourcing\n\nOutsourcing er en aftale med en ekstern leverandør.\n\n${advert}\n\nMere tekst om emnet følger her.\n`;
    expect(shape(text).map(([, line]) => line)).toEqual([
      'Outsourcing',
      'Outsourcing er en aftale med en ekstern leverandør.',
      'Mere tekst om emnet følger her.',
    ]);
  });

  it.each([
    ['a free service without a call to try it', 'Kontoen er gratis for børn under 18 år.'],
    [
      'a long sentence of prose',
      'Many providers let a small business try the software free for a month, which makes it easy to compare several tools before choosing one for the long term.',
    ],
  ])('keeps %s', (_, line) => {
    expect(shape(`# T\n\n${line}\n`).map(([, text]) => text)).toContain(line);
  });
});

describe('a table of rates written without its separator row', () => {
  it.each([
    [
      'tr',
      '| Oran | Nerede uygulanır |\n| %1 | gıda ürünlerinin bir kısmı |\n| %8 | bazı ilaçlar |\n| %18 | mal ve hizmetlerin çoğu |\n',
      ['%1', '%8', '%18'],
    ],
    [
      'da',
      'Sats | Gælder for\n25 % | de fleste varer og ydelser\n0 % | aviser og blade\n',
      ['25 %', '0 %'],
    ],
  ])('%s: a figure in every first cell labels the text beside it', (_, rows, rates) => {
    const [table] = parseDocument(`# T\n\n${rows}`).blocks.filter(
      (block) => block.kind === 'table',
    );
    expect(table?.rows.slice(1).map((row) => row.cells[0])).toEqual(rates);
  });

  it.each([
    [
      'in a run of letters',
      'a. the revenue is earned;\nb. the revenue is realized.\n',
      ['bullet', 'bullet'],
    ],
    ['not out of order', 'e. coli lives in the gut.\nb. cereus lives in rice.\n', ['paragraph']],
    ['not alone', 'Dear reader,\n\nj. smith wrote this.\n', ['paragraph', 'paragraph']],
  ])('reads a line lettered with a dot as an item only %s', (_case, text, kinds) => {
    expect(shape(text).map(([kind]) => kind)).toEqual(kinds);
  });
});
