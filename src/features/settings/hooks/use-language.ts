import { db } from '../../../storage/database.ts';
import { SETTINGS, writeSetting } from '../../../storage/settings.ts';
import type { Language } from '../../../i18n/languages.ts';

/** Remembers the learner's interface language on this device. */
export function saveLanguage(language: Language): Promise<void> {
  return writeSetting(db, SETTINGS.language, language);
}
