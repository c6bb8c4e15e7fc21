import { en } from './en.ts';
import type { enBrowseScreen } from './en-browse-screen.ts';
import type { enOptimizeScreen } from './en-optimize-screen.ts';
import type { enQuizScreen } from './en-quiz-screen.ts';
import type { enSettingsScreen } from './en-settings-screen.ts';
import type { enStatsScreen } from './en-stats-screen.ts';
import { createTranslator, type Translator } from './translator.ts';

/**
 * Every message of the app: the keys `t` accepts. The lazy screens' strings are only types here;
 * each screen's page adds them (`i18n.addMessages`) when its chunk loads, so they stay out of
 * the first page.
 */
export type AppMessages = typeof en &
  typeof enStatsScreen &
  typeof enQuizScreen &
  typeof enBrowseScreen &
  typeof enSettingsScreen &
  typeof enOptimizeScreen;

/**
 * The one translator. English only: there is no language switching, so no provider or context is
 * needed, and components read this module's instance. In development a missing key warns (once).
 */
export const i18n: Translator<AppMessages> = createTranslator<AppMessages>(
  'en',
  en,
  import.meta.env.DEV
    ? (message) => {
        console.warn(message);
      }
    : undefined,
);

/** `t` as passed to helpers that build sentences outside components. */
export type TFunction = Translator<AppMessages>['t'];

/**
 * The translator for components: `t` and `i18n` (whose `language` the `Intl` formatters use).
 * Both are module constants, so the hook costs nothing and never re-renders anything.
 */
export function useTranslation(): { t: TFunction; i18n: Translator<AppMessages> } {
  return { t: i18n.t, i18n };
}
