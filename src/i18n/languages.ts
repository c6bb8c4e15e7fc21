/** The interface languages, and the choice of one from the learner's and the browser's wishes. */

/** Every language the interface is translated into (BCP 47 primary tags). */
export const LANGUAGES = ['en', 'tr', 'da', 'sk'] as const;

export type Language = (typeof LANGUAGES)[number];

/** Each language's name in itself, for the language picker. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  tr: 'Türkçe',
  da: 'Dansk',
  sk: 'Slovenčina',
};

/**
 * The web app manifest in `language` (its name and description translated): the build writes
 * one per language, and the page links the active language's.
 */
export function manifestFile(language: Language): string {
  return `manifest.${language}.webmanifest`;
}

/** `tag` as one of the interface languages by its primary subtag (`sk-SK` → `sk`), if any. */
export function matchLanguage(tag: string): Language | undefined {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.find((language) => language === primary);
}

/**
 * The interface language: the one chosen in Settings, else the first of the browser's
 * languages (`navigator.languages`, most wanted first) the app has, else English.
 *
 * @example
 * pickLanguage(undefined, ['cs-CZ', 'sk-SK', 'en']); // 'sk'
 * pickLanguage('da', ['tr-TR']); // 'da'
 */
export function pickLanguage(chosen: string | undefined, preferred: readonly string[]): Language {
  for (const tag of chosen === undefined ? preferred : [chosen, ...preferred]) {
    const language = matchLanguage(tag);
    if (language !== undefined) return language;
  }
  return 'en';
}
