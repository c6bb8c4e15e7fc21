// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cardsToCsv,
  columnNames,
  htmlFieldText,
  isCardTable,
  readCardTable,
  tableDeck,
  tableRows,
  type CardTable,
} from '../../../src/domain/import/card-table.ts';

function table(text: string, fileName = 'words.csv'): CardTable {
  const result = readCardTable(text, fileName);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.table;
}

describe('readCardTable', () => {
  it.each([
    [
      'comma, with a header',
      'Front,Back\nhund,dog\nkat,cat',
      [
        ['hund', 'dog'],
        ['kat', 'cat'],
      ],
    ],
    [
      'semicolon guessed, no header',
      'hund;dog\nkat;cat',
      [
        ['hund', 'dog'],
        ['kat', 'cat'],
      ],
    ],
    [
      'tab (Quizlet), no header',
      'hund\tdog\nkat\tcat\n',
      [
        ['hund', 'dog'],
        ['kat', 'cat'],
      ],
    ],
    [
      'quoted field with a comma and a line break',
      'Term,Definition\n"a, b","line 1\nline 2"',
      [['a, b', 'line 1\nline 2']],
    ],
    [
      'blank lines skipped',
      'hund,dog\n\n   \nkat,cat',
      [
        ['hund', 'dog'],
        ['kat', 'cat'],
      ],
    ],
    ['byte order mark dropped', '\uFEFFfront,back\nhund,dog', [['hund', 'dog']]],
    [
      'Anki separator and columns headers',
      '#separator:Pipe\n#html:false\n#columns:Front|Back\nhund|dog',
      [['hund', 'dog']],
    ],
    ['Anki separator named Tab', '#separator:tab\nhund, en\tdog, a', [['hund, en', 'dog, a']]],
    ['a .tsv name means tabs', 'a,b\tc,d', [['a,b', 'c,d']]],
  ])('%s', (name, text, rows) => {
    const read = table(text, name.includes('.tsv') ? 'x.tsv' : 'words.csv');
    expect(tableRows(read, read.choices.firstRowIsHeader)).toEqual(rows);
  });

  it.each([
    ['Front,Back\nhund,dog', ['Front', 'Back'], { front: 0, back: 1, tags: null }],
    [
      'Definition,Term,Tags\ndog,hund,dyr',
      ['Definition', 'Term', 'Tags'],
      { front: 1, back: 0, tags: 2 },
    ],
    ['hund,dog,dyr', null, { front: 0, back: 1, tags: 2 }],
    [
      '#columns:Q\tA\tT\n#tags column:3\nhund\tdog\tdyr',
      ['Q', 'A', 'T'],
      { front: 0, back: 1, tags: 2 },
    ],
  ])('header and mapping of %j', (text, header, mapping) => {
    const read = table(text);
    expect(columnNames(read, read.choices.firstRowIsHeader)).toEqual(header);
    expect(read.choices.mapping).toEqual(mapping);
  });

  it.each([
    ['', { code: 'empty' }],
    ['#separator:Comma\n\n', { code: 'empty' }],
    ['Front,Back\n', { code: 'empty' }],
    ['just one column\nper line', { code: 'oneColumn' }],
    ['a,b\nc,d,e\nf,g', { code: 'unevenRows', row: 2, fields: 3, expected: 2 }],
    ['a,b\n"c,d\ne,f', { code: 'unclosedQuote', row: 2 }],
  ])('refuses %j', (text, problem) => {
    expect(readCardTable(text, 'bad.csv')).toEqual({ ok: false, problem });
  });
});

describe('isCardTable', () => {
  it.each([
    ['list.txt', 'hund\tdog\nkat\tcat', true],
    ['list.txt', '#separator:Comma\nhund,dog', true],
    ['words.CSV', 'anything', true],
    ['words.tsv', 'anything', true],
    ['notes.md', 'A paragraph.\n\nAnother\tone with a tab.', false],
    ['notes.md', '# Heading\n\nProse only.', false],
    ['notes.txt', '', false],
    ['list.txt', 'hund\tdog\r\n\r\nkat\tcat\r\n', true],
    ['anki.txt', '#notetype column:3\n#html:true\nhund\tdog\tBasic', true],
    ['anki.txt', '#deck column:3\nhund\tdog\tDanish', true],
    ['notes.md', 'Intro.\n\n#separator:tab\na\tb', false],
    ['list.txt', 'hund\tdog\nkat is a cat', false],
  ])('%s %j → %s', (fileName, text, expected) => {
    expect(isCardTable(fileName, text)).toBe(expected);
  });
});

describe('htmlFieldText', () => {
  it.each([
    ['a<br>b', 'a\nb'],
    ['<div>one</div><div>two</div>', 'one\ntwo'],
    ['Tom &amp; Jerry &lt;3 &#246; &#x263A;', 'Tom & Jerry <3 ö ☺'],
    ['<img src=x onerror="alert(1)">cat', 'cat'],
    ['dog<script>alert(1)</script>', 'dog'],
    ['<b>bold</b> and <i>italic</i>', 'bold and italic'],
  ])('%j → %j', (html, text) => {
    expect(htmlFieldText(html)).toBe(text);
  });
});

describe('tableDeck', () => {
  it('makes one card per row under the mapping, with tags, leaving out rows without a side', () => {
    const read = table(
      'Term,Definition,Tags\nhund,dog,animal noun\nkat,,animal\n"to be","at være",',
    );
    const mapping = { front: 1, back: 0, tags: 2 };
    const deck = tableDeck(read, { firstRowIsHeader: true, mapping }, 'Danish words.csv');
    expect(deck.id).toBe('danish-words');
    expect(deck.title).toBe('Danish words');
    expect(deck.cards.map(({ front, back, tags, kind }) => ({ front, back, tags, kind }))).toEqual([
      { front: 'dog', back: 'hund', tags: ['animal', 'noun'], kind: 'definition' },
      { front: 'at være', back: 'to be', tags: [], kind: 'definition' },
    ]);
    expect(new Set(deck.cards.map((card) => card.id)).size).toBe(2);
    expect(deck.cards[0]?.id.startsWith('danish-words:definition:')).toBe(true);
  });

  it('shows HTML fields as text when the file says #html:true', () => {
    const read = table('#html:true\n#separator:Tab\nx<br>y\t<img src=x onerror=alert(1)>z');
    const card = tableDeck(read, read.choices, 'a.txt').cards[0];
    expect([card?.front, card?.back]).toEqual(['x\ny', 'z']);
  });

  it('gives the same ids to the same rows again', () => {
    const read = table('hund,dog\nkat,cat');
    const ids = () => tableDeck(read, read.choices, 'w.csv').cards.map((card) => card.id);
    expect(ids()).toEqual(ids());
  });

  it('makes the first row a card when the learner says it is not a header', () => {
    const read = table('Term,Definition\nhund,dog');
    const fronts = (firstRowIsHeader: boolean) =>
      tableDeck(read, { ...read.choices, firstRowIsHeader }, 'w.csv').cards.map((c) => c.front);
    expect([fronts(true), fronts(false)]).toEqual([['hund'], ['Term', 'hund']]);
  });
});

describe('cardsToCsv', () => {
  it('writes front, back and tags with quotes where needed, and reads back the same', () => {
    const cards = [
      { front: 'a, b', back: 'line 1\nline 2', tags: ['x', 'y'] },
      { front: 'say "hi"', back: 'c' },
    ];
    const csv = cardsToCsv(cards);
    expect(csv).toBe('front,back,tags\r\n"a, b","line 1\nline 2",x y\r\n"say ""hi""",c,');
    const read = table(csv);
    expect(tableRows(read, read.choices.firstRowIsHeader)).toEqual([
      ['a, b', 'line 1\nline 2', 'x y'],
      ['say "hi"', 'c', ''],
    ]);
  });
});
