/**
 * Normalising typed answers before comparing them: Unicode normalisation, case folding by the
 * rules of the deck's language (Turkish and Azeri İ/ı differ from every other language's i/I),
 * punctuation and whitespace ignored, and accents ignored only when the deck allows it — in
 * Danish or Slovak a diacritic changes the word, in English it is decoration.
 */

export interface AnswerFolding {
  /** BCP-47 language of the deck, for case folding (`tr`: `I` → `ı`, `İ` → `i`). */
  readonly lang: string;
  /** Treat `á`/`a`, `ø`/`o`, `ı`/`i` … as the same letter. */
  readonly ignoreAccents: boolean;
}

// Letters that carry their "accent" inside the code point, so NFD does not split them off.
const BASE_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ħ: 'h',
};

// Languages whose writing uses accents as decoration only (café, naïve): typed answers there
// ignore accents unless the deck says otherwise.
const ACCENT_NEUTRAL_LANGUAGES = new Set(['en']);

/**
 * Whether a deck in `lang` ignores accents in typed answers when the learner has not chosen.
 *
 * @example
 * defaultIgnoreAccents('en'); // true
 * defaultIgnoreAccents('da'); // false: ø, å and æ make other words
 */
export function defaultIgnoreAccents(lang: string): boolean {
  return ACCENT_NEUTRAL_LANGUAGES.has(primaryLanguage(lang));
}

/**
 * Lower case by the rules of `lang`, in composed form, with runs of whitespace made one space.
 * This is the form diffs are shown in: case is not worth showing, punctuation is.
 *
 * @example
 * foldCase('İSTANBUL  Kartı', 'tr'); // 'istanbul kartı'
 * foldCase('ISTANBUL', 'tr');        // 'ıstanbul'
 */
export function foldCase(text: string, lang: string): string {
  const locale = safeLocale(lang);
  return text
    .normalize('NFKC')
    .toLocaleLowerCase(locale)
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * The comparison key of an answer: case folded (see {@link foldCase}), accents removed when
 * `ignoreAccents`, and every punctuation mark, symbol and space dropped — so `BPO'ya`, `bpoya`
 * and `BPO ya` match, and so do `e-mail` and `email`.
 *
 * @example
 * answerKey('Outsourcing inžinierskych služieb (ESO)', { lang: 'sk', ignoreAccents: false });
 * // 'outsourcinginžinierskychslužiebeso'
 */
export function answerKey(text: string, folding: AnswerFolding): string {
  let folded = foldCase(text, folding.lang);
  if (folding.ignoreAccents) folded = stripAccents(folded);
  return folded.replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

/** The words of an answer as keys, for "one answer contains the other" checks. */
export function answerWords(text: string, folding: AnswerFolding): string[] {
  let folded = foldCase(text, folding.lang);
  if (folding.ignoreAccents) folded = stripAccents(folded);
  return folded.split(/[\p{P}\p{S}\p{Z}\s]+/u).filter((word) => word !== '');
}

/** Removes combining marks after canonical decomposition, and maps letters like ø and ı. */
function stripAccents(text: string): string {
  const bare = text.normalize('NFD').replace(/\p{M}/gu, '');
  let out = '';
  for (const char of bare) out += BASE_LETTERS[char] ?? char;
  return out.normalize('NFC');
}

function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

// Canonical locale per tag: validating a tag costs more than lower-casing a short answer.
const locales = new Map<string, string | undefined>();

/** `toLocaleLowerCase` throws on a malformed tag; a deck with one still gets plain lower case. */
function safeLocale(lang: string): string | undefined {
  if (locales.has(lang)) return locales.get(lang);
  let locale: string | undefined;
  try {
    locale = Intl.getCanonicalLocales(lang)[0];
  } catch {
    locale = undefined;
  }
  locales.set(lang, locale);
  return locale;
}
