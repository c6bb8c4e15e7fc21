// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  cleanInline,
  decodeEntities,
  normalizeSpacing,
  stripHtmlComments,
} from '../../../src/domain/generator/clean.ts';

describe('cleanInline', () => {
  it.each([
    ['link → its text', 'til [tredjepartsleverandører](/vendor).', 'til tredjepartsleverandører.'],
    [
      'stray link fragment keeps its dot',
      'tredjepartsleverandører [.](/vendor)',
      'tredjepartsleverandører.',
    ],
    ['empty link goes', 'BPO [](/x) er', 'BPO er'],
    [
      'two links in a row',
      '[satıcılara](/vendor) [taşeronluk yapma](/subcontracting) yöntemidir .',
      'satıcılara taşeronluk yapma yöntemidir.',
    ],
    [
      'link inside parentheses',
      'Forskning og udvikling ( [F&U](/randd) )',
      'Forskning og udvikling (F&U)',
    ],
    ['link with a title', '[BPO](/bpo "Business process outsourcing") helps', 'BPO helps'],
    ['reference link', 'see [the guide][1] now', 'see the guide now'],
    ['footnote marks', 'Costs fell[1] sharply[^note].', 'Costs fell sharply.'],
    ['image', '![chart](/img/chart.png) Growth was strong.', 'Growth was strong.'],
    ['half a link left by a cut', 'leverandør](/vendor) og', 'leverandør og'],
    ['unmatched bracket', 'a [broken link text', 'a broken link text'],
    ['inline and unclosed comments', 'BPO <!-- note --> is --> here <!-- cut', 'BPO is here'],
    ['HTML tags', 'Lower <em>travel</em> costs<br>today', 'Lower travel costs today'],
    ['entities', 'R&amp;D &ndash; &quot;KPO&quot; &#8211; &#x41;', 'R&D – "KPO" – A'],
    ['double-encoded entity', 'A &amp;amp; B', 'A & B'],
    ['encoded tag is still a tag', '&lt;script&gt;x&lt;/script&gt; text', 'x text'],
    ['unknown entity goes', 'a &bogus; b', 'a b'],
    ['bold and italics', '**Largest** savings, *really* _now_', 'Largest savings, really now'],
    ['snake_case stays', 'use snake_case names', 'use snake_case names'],
    ['inline code', 'run `npm test` first', 'run npm test first'],
    ['escaped characters', String.raw`5 \* 3 \[sic\]`, '5 * 3 sic'],
    ['control and zero-width characters', 'BP\u0007O\u200B is\uFFFD here', 'BPO is here'],
    ['space before punctuation', 'yöntemidir . Evet , hayır !', 'yöntemidir. Evet, hayır!'],
    ['whitespace collapses', '  a \t b\n c  ', 'a b c'],
  ])('%s', (_name, input, expected) => {
    expect(cleanInline(input)).toBe(expected);
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&lt;b&gt;', '<b>'],
    ['&Aring;rhus &oslash;l', 'Århus øl'],
    ['&#0; &#xD800;', ' '],
    ['no entities & no change', 'no entities & no change'],
  ])('%s → %s', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});

describe('stripHtmlComments', () => {
  it('removes comments but keeps their newlines, so line numbers stay right', () => {
    expect(stripHtmlComments('a<!-- one\ntwo -->b\nc')).toBe('a\nb\nc');
  });

  it('treats an unclosed comment as running to the end', () => {
    expect(stripHtmlComments('a\n<!-- open\nb')).toBe('a\n\n');
  });
});

describe('normalizeSpacing', () => {
  it.each([
    ['( F&U )', '(F&U)'],
    ['BPO () KPO', 'BPO KPO'],
    ['„ Nearshoring“ bezeichnet', '„Nearshoring“ bezeichnet'],
    ['Hlavný rozdiel : Ghee', 'Hlavný rozdiel: Ghee'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeSpacing(input)).toBe(expected);
  });
});
