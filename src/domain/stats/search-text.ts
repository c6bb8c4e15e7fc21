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
