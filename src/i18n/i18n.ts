import { en } from './en.ts';
import { createTranslator, type Translator } from './translator.ts';

/** Every message of the app: the keys `t` accepts. */
export type AppMessages = typeof en;

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
