/**
 * Turns the markup of one block (Markdown, stray HTML, entities, link fragments left by a site
 * scraper) into plain text a learner can read. Cards must never show markup, so anything that
 * still looks like markup after the known rules is dropped rather than kept.
 */

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  shy: '',
  zwnj: '',
  zwj: '',
  lrm: '',
  rlm: '',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  divide: '÷',
  plusmn: '±',
  sect: '§',
  para: '¶',
  micro: 'µ',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  sup2: '²',
  sup3: '³',
  iexcl: '¡',
  iquest: '¿',
  auml: 'ä',
  ouml: 'ö',
  uuml: 'ü',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  szlig: 'ß',
  aacute: 'á',
  eacute: 'é',
  iacute: 'í',
  oacute: 'ó',
  uacute: 'ú',
  yacute: 'ý',
  Aacute: 'Á',
  Eacute: 'É',
  Iacute: 'Í',
  Oacute: 'Ó',
  Uacute: 'Ú',
  agrave: 'à',
  egrave: 'è',
  ograve: 'ò',
  acirc: 'â',
  ecirc: 'ê',
  ocirc: 'ô',
  atilde: 'ã',
  otilde: 'õ',
  ntilde: 'ñ',
  ccedil: 'ç',
  Ccedil: 'Ç',
  aring: 'å',
  Aring: 'Å',
  aelig: 'æ',
  AElig: 'Æ',
  oslash: 'ø',
  Oslash: 'Ø',
  scaron: 'š',
  Scaron: 'Š',
  zcaron: 'ž',
  Zcaron: 'Ž',
};

/**
 * Decodes HTML entities (named, decimal and hex). Unknown named entities are dropped: a card
 * should rather lose a symbol than show `&foo;`. Decodes repeatedly so `&amp;amp;` ends as `&`.
 *
 * @example
 * decodeEntities('R&amp;D &#8211; &quot;KPO&quot;') // 'R&D – "KPO"'
 */
export function decodeEntities(text: string): string {
  let current = text;
  for (let round = 0; round < 3; round += 1) {
    const next = current.replace(
      /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,31}));/g,
      (_match, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
        if (name !== undefined) return NAMED_ENTITIES[name] ?? '';
        const code = dec !== undefined ? Number(dec) : Number.parseInt(hex ?? '', 16);
        const valid = code > 8 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
        return valid ? String.fromCodePoint(code) : '';
      },
    );
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Removes `<!-- … -->` comments from a whole document while keeping every newline, so the line
 * numbers of the text after a comment stay right. An unclosed comment runs to the end.
 *
 * @example
 * stripHtmlComments('a<!-- x\ny -->b') // 'a\nb'
 */
export function stripHtmlComments(text: string): string {
  return text.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ''));
}

const TAG = /<\/?[a-zA-Z][^<>]*>|<![^<>]*>/g;
const BLOCK_TAG = /^<\/?(?:br|p|div|li|ul|ol|tr|td|th|h\d|hr|section|article|blockquote)\b/i;

function stripTags(text: string): string {
  return text.replace(TAG, (tag) => (BLOCK_TAG.test(tag) ? ' ' : ''));
}

/** Characters that are never content: C0/C1 controls, replacement chars, zero-width marks. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\u200B-\u200F\u2060\uFEFF\u00AD]/g;

/** A character that some rule of {@link cleanInline} removes or rewrites. */
const MARKUP_OR_INVISIBLE = new RegExp(`[[\\]<>&*_~\`\\\\]|${INVISIBLE.source}`);

/**
 * Cleans the inline markup of one block of text: links become their text, link fragments,
 * images, footnote marks, HTML tags and entities go, emphasis markers are removed and spacing
 * around punctuation is normalised.
 *
 * @example
 * cleanInline('til [tredjepartsleverandører](/vendor) [.](/v)') // 'til tredjepartsleverandører.'
 * cleanInline('Forskning og udvikling ( [F&U](/randd) )') // 'Forskning og udvikling (F&U)'
 */
export function cleanInline(text: string): string {
  // Most blocks are plain prose, which none of the rules below changes but the spacing.
  if (!MARKUP_OR_INVISIBLE.test(text)) return normalizeSpacing(text);
  let out = text
    .replace(INVISIBLE, '')
    // Comments were removed from the document; these are leftovers in front matter or stray ends.
    .replace(/<!--[\s\S]*?(?:-->|$)|-->/g, '')
    .replace(/\\([\\`*_{}()#+\-.!|>~[\]])/g, '$1')
    // Bounded repeats: unclosed brackets in a long line must not make the scan quadratic.
    .replace(/!\[[^\]\n]{0,300}\]\([^)\n]{0,1000}\)/g, '')
    .replace(/\[([^\]\n]{0,300})\]\[[^\]\n]{0,100}\]/g, '$1')
    .replace(/\[\^[^\]\n]{0,100}\]|\[\d{1,3}\](?!\()/g, '')
    .replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,1000}\)/g, '$1')
    .replace(/\]\([^)\s]*\)?/g, '')
    .replace(/<(https?:\/\/[^<>\s]+)>/g, '$1');
  out = stripTags(decodeEntities(stripTags(out)));
  out = out
    .replace(/(\*\*|__|~~)(?=\S)([^\n]{0,500}?\S)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}*])\*(?=\S)([^*\n]*?\S)\*(?![\p{L}\p{N}*])/gu, '$1')
    .replace(/(?<![\p{L}\p{N}_])_(?=\S)([^_\n]*?\S)_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/`+([^`\n]*)`+/g, '$1')
    .replace(/[[\]`]/g, '')
    .replace(/\*{2,}|_{3,}|~{2,}/g, '')
    .replace(INVISIBLE, '');
  return normalizeSpacing(out);
}

/** What {@link normalizeSpacing} changes besides the ends: other whitespace, runs, gaps. */
const SPACING_TO_FIX = /[^\S ]|\s[\s.,;:!?)]|[(„]\s|\(\)/;

/**
 * Collapses whitespace, removes the space scrapers leave before punctuation ("yöntemidir .",
 * "( F&U )") and drops emptied parentheses.
 *
 * @example
 * normalizeSpacing('yöntemidir .  ( F&U ) ()') // 'yöntemidir. (F&U)'
 */
export function normalizeSpacing(text: string): string {
  // Single plain spaces, none before punctuation or inside brackets: only the ends to trim.
  if (!SPACING_TO_FIX.test(text)) return text.trim();
  return text
    .replace(/\s+/g, ' ')
    .replace(/\(\s*\)/g, '')
    .replace(/([(„])\s+/g, '$1')
    .replace(/\s+([.,;:!?)])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}
