import { changeLanguage, expectLanguage } from '../i18n/i18n.ts';
import { pickLanguage } from '../i18n/languages.ts';
import { db } from '../storage/database.ts';
import { readSetting, SETTINGS } from '../storage/settings.ts';

/**
 * Loads the interface language: the one chosen in Settings, else the browser's (see
 * `pickLanguage`). Storage that cannot be read (private browsing, say) leaves the browser's.
 */
export async function startLanguage(preferred: readonly string[]): Promise<void> {
  // Usually the browser's language is the one: its strings load while the setting is read
  // (opening the database first), not after.
  expectLanguage(pickLanguage(undefined, preferred));
  const chosen = await readSetting(db, SETTINGS.language).catch(() => undefined);
  await changeLanguage(pickLanguage(chosen, preferred));
}
