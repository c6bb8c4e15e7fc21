/**
 * Text search for the card browser that ignores case and accents, so a learner without a Danish
 * keyboard finds "Økonomiske" by typing "okonomiske". Lower case follows the deck's language
 * (Turkish I/ı and İ/i), compatibility forms are unfolded (NFKD: ligatures, width variants),
 * combining marks are dropped, and letters whose accent is part of the letter itself (ø, æ, ß, ł,
 * đ, ı …), which no Unicode decomposition splits, are mapped to their plain Latin spelling.
 */

// Letters NFKD leaves whole, with the spelling a keyboard without them would use.
const PLAIN_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
  ŧ: 't',
  ƒ: 'f',
  ĸ: 'k',
  ŋ: 'n',
};
const PLAIN_PATTERN = new RegExp(`[${Object.keys(PLAIN_LETTERS).join('')}]`, 'gu');

function lowerCase(text: string, lang: string): string {
  try {
    return text.toLocaleLowerCase(lang === '' ? undefined : lang);
  } catch {
    // An invalid language tag: fall back to the language-neutral rules rather than fail.
    return text.toLowerCase();
  }
}

/**
 * The searchable form of `text` in language `lang`: lower case, no accents, one space between
 * words.
 *
 * @example
 * normalizeForSearch('Økonomiske  KONSULENTER', 'da'); // 'okonomiske konsulenter'
 * normalizeForSearch('İSTANBUL', 'tr');                // 'istanbul'
 */
export function normalizeForSearch(text: string, lang: string): string {
  return lowerCase(text, lang)
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(PLAIN_PATTERN, (letter) => PLAIN_LETTERS[letter] ?? letter)
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The words of a query, normalised; an empty list matches everything.
 *
 * @example
 * searchTerms('  Økonomiske rådgivning ', 'da'); // ['okonomiske', 'radgivning']
 */
export function searchTerms(query: string, lang: string): string[] {
  const normalized = normalizeForSearch(query, lang);
  return normalized === '' ? [] : normalized.split(' ');
}

/**
 * Whether normalised text contains every term (in any order, anywhere, also inside words).
 *
 * @example
 * matchesTerms(normalizeForSearch('Økonomiske konsulenter', 'da'), ['konsul', 'okonom']); // true
 */
export function matchesTerms(normalizedText: string, terms: readonly string[]): boolean {
  return terms.every((term) => normalizedText.includes(term));
}

/**
 * Where the `terms` (normalised, see {@link searchTerms}) occur in the original `text`: sorted,
 * merged `[start, end)` ranges of `text`, so the browser can mark what matched even where the
 * match ignored an accent or case.
 *
 * @example
 * matchRanges('Økonomiske konsulenter', ['okonom'], 'da'); // [[0, 6]]
 */
export function matchRanges(
  text: string,
  terms: readonly string[],
  lang: string,
): [number, number][] {
  if (terms.length === 0) return [];
  // The normalised text, each of its characters mapped back to the character it came from.
  let normalized = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const plain = /\s/u.test(char) ? ' ' : normalizeForSearch(char, lang);
    normalized += plain;
    for (let i = 0; i < plain.length; i += 1) origin.push(index);
    index += char.length;
  }
  const ranges: [number, number][] = [];
  for (const term of terms) {
    for (let at = normalized.indexOf(term); at !== -1; at = normalized.indexOf(term, at + 1)) {
      const last = origin[at + term.length - 1] ?? index;
      const lastChar = text.codePointAt(last) ?? 0;
      ranges.push([origin[at] ?? 0, last + (lastChar > 0xffff ? 2 : 1)]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const previous = merged.at(-1);
    if (previous !== undefined && range[0] <= previous[1])
      previous[1] = Math.max(previous[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}
