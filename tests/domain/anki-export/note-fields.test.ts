import { describe, expect, it } from 'vitest';
import { exportCard } from '../../helpers/export-cards.ts';
import {
  ankiTags,
  fieldChecksum,
  fieldHtml,
  noteFields,
} from '../../../src/domain/anki-export/note-fields.ts';
import { ankiDeckName, stepMinutes } from '../../../src/domain/anki-export/collection-json.ts';

describe('noteFields', () => {
  it.each([
    {
      name: 'a question: Basic, text escaped, line breaks as <br>',
      card: { front: 'Is 1 < 2 & "true"?', back: 'Yes\nalways', context: 'From <b>maths</b>' },
      kind: 'basic',
      fields: [
        'Is 1 &lt; 2 &amp; &quot;true&quot;?',
        'Yes<br>always',
        'From &lt;b&gt;maths&lt;/b&gt;',
      ],
      firstFieldText: 'Is 1 < 2 & "true"?',
    },
    {
      name: 'a highlight with one blank: a real cloze, the context as Back Extra',
      card: {
        kind: 'highlight' as const,
        front: 'KPO hires _____.',
        back: 'experts',
        context: 'KPO hires experts.',
      },
      kind: 'cloze',
      fields: ['KPO hires {{c1::experts}}.', 'KPO hires experts.'],
      firstFieldText: 'KPO hires {{c1::experts}}.',
    },
    {
      name: 'a list card: the cloze keeps the list’s line breaks',
      card: { kind: 'list' as const, front: 'Kinds:\n• _____\n• R&D', back: 'analytics' },
      kind: 'cloze',
      fields: ['Kinds:<br>• {{c1::analytics}}<br>• R&amp;D', ''],
      firstFieldText: 'Kinds:• {{c1::analytics}}• R&D',
    },
    {
      name: 'an answer with "::" cannot be a cloze (it would start a hint): Basic',
      card: { front: 'Separator in _____?', back: 'A::B' },
      kind: 'basic',
      fields: ['Separator in _____?', 'A::B', ''],
      firstFieldText: 'Separator in _____?',
    },
    {
      name: 'two blanks: Basic',
      card: { front: '_____ and _____', back: 'x' },
      kind: 'basic',
      fields: ['_____ and _____', 'x', ''],
      firstFieldText: '_____ and _____',
    },
  ])('$name', ({ card: overrides, kind, fields, firstFieldText }) => {
    expect(noteFields(exportCard(overrides))).toEqual({ kind, fields, firstFieldText });
  });
});

describe('fieldHtml', () => {
  it('turns CRLF and CR into <br> and the field separator into a space', () => {
    expect(fieldHtml('a\r\nb\rc\u001fd')).toBe('a<br>b<br>c d');
  });
});

describe('ankiTags', () => {
  it.each([
    [undefined, ''],
    [[], ''],
    [['verbs'], ' verbs '],
    [['verbs', 'week 2', 'verbs', ' '], ' verbs week_2 '],
  ])('%j → %j', (tags, expected) => {
    expect(ankiTags(tags)).toBe(expected);
  });
});

describe('fieldChecksum', () => {
  it.each([
    ['', 3661210606],
    ['Hvad er KPO?', 689769395],
    ['a<b', 3127307912],
  ])('SHA-1 of %j, first 8 hex digits: %i', async (text, expected) => {
    expect(await fieldChecksum(text)).toBe(expected);
  });
});

describe('ankiDeckName and stepMinutes', () => {
  it.each([
    ['BPO vs. KPO', 'BPO vs. KPO'],
    ['Finance › Bonds', 'Finance::Bonds'],
    ['A › B › C', 'A::B::C'],
  ])('deck %j is %j in Anki', (title, expected) => {
    expect(ankiDeckName(title)).toBe(expected);
  });

  it.each([
    ['1m', 1],
    ['10m', 10],
    ['2h', 120],
    ['1d', 1440],
  ] as const)('step %s is %i minutes', (step, expected) => {
    expect(stepMinutes(step)).toBe(expected);
  });
});
