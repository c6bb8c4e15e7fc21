import { useSyncExternalStore } from 'react';
import type { en } from './en.ts';
import type { enAnkiScreen } from './en-anki-screen.ts';
import type { enBrowseScreen } from './en-browse-screen.ts';
import type { enDeckScreen } from './en-deck-screen.ts';
import type { enImportScreen } from './en-import-screen.ts';
import type { enOptimizeScreen } from './en-optimize-screen.ts';
import type { enQuizScreen } from './en-quiz-screen.ts';
import type { enSettingsScreen } from './en-settings-screen.ts';
import type { enStatsScreen } from './en-stats-screen.ts';
import type { enStudyScreen } from './en-study-screen.ts';
import { manifestFile, type Language } from './languages.ts';
import { createTranslator, type MessageTree, type Translator } from './translator.ts';

/**
 * Every message of the app: the keys `t` accepts. Only the active language's strings load: its
 * first-page strings at start-up, and each lazy screen's strings with that screen's chunk
 * (`loadScreenMessages`), so the first page carries no other language and no screen it does
 * not show.
 */
export type AppMessages = typeof en &
  typeof enStatsScreen &
  typeof enStudyScreen &
  typeof enQuizScreen &
  typeof enBrowseScreen &
  typeof enDeckScreen &
  typeof enImportScreen &
  typeof enSettingsScreen &
  typeof enOptimizeScreen &
  typeof enAnkiScreen;

/** The screens whose strings load with their chunk. */
export type Screen =
  'anki' | 'browse' | 'deck' | 'import' | 'optimize' | 'quiz' | 'settings' | 'stats' | 'study';

type Load = () => Promise<MessageTree>;

// One dynamic import per file, so each language's file is a chunk of its own.
const FIRST_PAGE: Record<Language, Load> = {
  en: () => import('./en.ts').then((module) => module.en),
  tr: () => import('./tr.ts').then((module) => module.tr),
  da: () => import('./da.ts').then((module) => module.da),
  sk: () => import('./sk.ts').then((module) => module.sk),
};

const SCREENS: Record<Screen, Record<Language, Load>> = {
  anki: {
    en: () => import('./en-anki-screen.ts').then((module) => module.enAnkiScreen),
    tr: () => import('./tr-anki-screen.ts').then((module) => module.trAnkiScreen),
    da: () => import('./da-anki-screen.ts').then((module) => module.daAnkiScreen),
    sk: () => import('./sk-anki-screen.ts').then((module) => module.skAnkiScreen),
  },
  browse: {
    en: () => import('./en-browse-screen.ts').then((module) => module.enBrowseScreen),
    tr: () => import('./tr-browse-screen.ts').then((module) => module.trBrowseScreen),
    da: () => import('./da-browse-screen.ts').then((module) => module.daBrowseScreen),
    sk: () => import('./sk-browse-screen.ts').then((module) => module.skBrowseScreen),
  },
  deck: {
    en: () => import('./en-deck-screen.ts').then((module) => module.enDeckScreen),
    tr: () => import('./tr-deck-screen.ts').then((module) => module.trDeckScreen),
    da: () => import('./da-deck-screen.ts').then((module) => module.daDeckScreen),
    sk: () => import('./sk-deck-screen.ts').then((module) => module.skDeckScreen),
  },
  import: {
    en: () => import('./en-import-screen.ts').then((module) => module.enImportScreen),
    tr: () => import('./tr-import-screen.ts').then((module) => module.trImportScreen),
    da: () => import('./da-import-screen.ts').then((module) => module.daImportScreen),
    sk: () => import('./sk-import-screen.ts').then((module) => module.skImportScreen),
  },
  optimize: {
    en: () => import('./en-optimize-screen.ts').then((module) => module.enOptimizeScreen),
    tr: () => import('./tr-optimize-screen.ts').then((module) => module.trOptimizeScreen),
    da: () => import('./da-optimize-screen.ts').then((module) => module.daOptimizeScreen),
    sk: () => import('./sk-optimize-screen.ts').then((module) => module.skOptimizeScreen),
  },
  quiz: {
    en: () => import('./en-quiz-screen.ts').then((module) => module.enQuizScreen),
    tr: () => import('./tr-quiz-screen.ts').then((module) => module.trQuizScreen),
    da: () => import('./da-quiz-screen.ts').then((module) => module.daQuizScreen),
    sk: () => import('./sk-quiz-screen.ts').then((module) => module.skQuizScreen),
  },
  settings: {
    en: () => import('./en-settings-screen.ts').then((module) => module.enSettingsScreen),
    tr: () => import('./tr-settings-screen.ts').then((module) => module.trSettingsScreen),
    da: () => import('./da-settings-screen.ts').then((module) => module.daSettingsScreen),
    sk: () => import('./sk-settings-screen.ts').then((module) => module.skSettingsScreen),
  },
  stats: {
    en: () => import('./en-stats-screen.ts').then((module) => module.enStatsScreen),
    tr: () => import('./tr-stats-screen.ts').then((module) => module.trStatsScreen),
    da: () => import('./da-stats-screen.ts').then((module) => module.daStatsScreen),
    sk: () => import('./sk-stats-screen.ts').then((module) => module.skStatsScreen),
  },
  study: {
    en: () => import('./en-study-screen.ts').then((module) => module.enStudyScreen),
    tr: () => import('./tr-study-screen.ts').then((module) => module.trStudyScreen),
    da: () => import('./da-study-screen.ts').then((module) => module.daStudyScreen),
    sk: () => import('./sk-study-screen.ts').then((module) => module.skStudyScreen),
  },
};

/**
 * The one translator; empty until `changeLanguage` has loaded a language (main.tsx waits for
 * that before rendering). In development a missing key warns (once).
 */
export const i18n: Translator<AppMessages> = createTranslator<AppMessages>(
  'en',
  {},
  import.meta.env.DEV
    ? (message) => {
        console.warn(message);
      }
    : undefined,
);

/** The screens whose strings were asked for: a language switch brings theirs along. */
const loadedScreens = new Set<Screen>();

/** A language asked for, and its switch: done once its strings are in. */
interface LanguageSwitch {
  language: Language;
  done: Promise<void>;
}

/** The language last asked for; screens load their strings in it. */
let latest: LanguageSwitch | undefined;

// Screens loading at start-up (main.tsx preloads the one at the address) wait for the language
// to be chosen, then load their strings alongside the first page's rather than after them (one
// request in a row less before the first screen).
let firstPicked: (languageSwitch: LanguageSwitch) => void = () => undefined;
const firstPick = new Promise<LanguageSwitch>((resolve) => {
  firstPicked = resolve;
});

/** The language start-up expects until it has read the learner's choice (see expectLanguage). */
let expected: Language | undefined;

/** Starts loading files of strings ahead; a failure shows when they are asked for in earnest. */
function prefetch(load: Load): void {
  load().catch(() => undefined);
}

/**
 * Starts loading the strings of `language`, the one start-up expects (the browser's) while it
 * reads the learner's choice from the database: the first page's strings, and those of every
 * screen asked for meanwhile, are then requested at once rather than after that read. Loading a
 * file twice fetches it once, so `changeLanguage` with the same language finds them on their way;
 * with another one (a language chosen in Settings) it loads its own.
 */
export function expectLanguage(language: Language): void {
  expected = language;
  prefetch(FIRST_PAGE[language]);
  for (const screen of loadedScreens) prefetch(SCREENS[screen][language]);
}

/**
 * Loads `screen`'s strings in the language last asked for (a screen's page awaits this when its
 * chunk loads), and adds them once that language is in; a later language switch loads them again
 * in the new language.
 */
export async function loadScreenMessages(screen: Screen): Promise<void> {
  loadedScreens.add(screen);
  if (latest === undefined && expected !== undefined) prefetch(SCREENS[screen][expected]);
  const { language, done } = latest ?? (await firstPick);
  const messages = SCREENS[screen][language]().catch((error: unknown) => {
    // Not loaded (a chunk missed while offline, say): a switch must not fail for it.
    loadedScreens.delete(screen);
    throw error;
  });
  const [loaded] = await Promise.all([messages, done]);
  // A later switch brings the screen in its own language.
  if (i18n.language === language) i18n.addMessages(loaded);
}

/**
 * Switches the interface to `language`: loads its first-page strings and those of every screen
 * loaded so far, swaps them in at once, sets `<html lang>`, and re-renders what shows text.
 */
export function changeLanguage(language: Language): Promise<void> {
  const done = Promise.all([
    FIRST_PAGE[language](),
    ...[...loadedScreens].map((screen) => SCREENS[screen][language]()),
  ]).then((messages) => {
    i18n.setLanguage(language, messages);
    if (typeof document !== 'undefined') {
      document.documentElement.lang = language;
      // The installed app's name and description in this language (see vite.config.ts).
      document
        .querySelector('link[rel="manifest"]')
        ?.setAttribute('href', `/${manifestFile(language)}`);
    }
  });
  latest = { language, done };
  firstPicked(latest);
  return done;
}

/** `t` as passed to helpers that build sentences outside components. */
export type TFunction = Translator<AppMessages>['t'];

const currentLanguage = () => i18n.language;

/**
 * The translator for components: `t` and `i18n` (whose `language` the `Intl` formatters use).
 * A component re-renders when the language changes.
 */
export function useTranslation(): { t: TFunction; i18n: Translator<AppMessages> } {
  useSyncExternalStore(i18n.subscribe, currentLanguage, currentLanguage);
  return { t: i18n.t, i18n };
}
