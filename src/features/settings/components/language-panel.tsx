import { useState } from 'react';
import { describeError } from '../../../components/describe-error.ts';
import { changeLanguage, useTranslation } from '../../../i18n/i18n.ts';
import { LANGUAGE_NAMES, LANGUAGES, matchLanguage } from '../../../i18n/languages.ts';
import { saveLanguage } from '../hooks/use-language.ts';

/** The interface language: chosen here, remembered, and applied at once to every screen. */
export function LanguagePanel() {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<unknown>(null);
  const choose = async (value: string) => {
    const language = matchLanguage(value);
    if (language === undefined) return;
    setError(null);
    try {
      await saveLanguage(language);
      await changeLanguage(language);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section className="settings__section" aria-labelledby="settings-language-title">
      <h2 id="settings-language-title">{t('settings.language.title')}</h2>
      <label>
        {t('settings.language.label')}{' '}
        <select
          value={i18n.language}
          onChange={(event) => {
            void choose(event.target.value);
          }}
        >
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </label>
      <p>{t('settings.language.hint')}</p>
      {error !== null && (
        <p role="alert">{t('settings.language.failed', { reason: describeError(error, t) })}</p>
      )}
    </section>
  );
}
