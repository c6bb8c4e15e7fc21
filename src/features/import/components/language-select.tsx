import { useId } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';

/** Languages the generator's detector names most often; the detected one is added if missing. */
const LANGUAGES = [
  'cs',
  'da',
  'de',
  'en',
  'es',
  'fi',
  'fr',
  'hu',
  'it',
  'nb',
  'nl',
  'pl',
  'pt',
  'ro',
  'sk',
  'sv',
  'tr',
];

/** The deck's language (it sets each card's `lang`, used for typed answers and hyphenation). */
export function LanguageSelect({
  value,
  onChange,
}: {
  value: string;
  onChange: (language: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language', fallback: 'code' });
  const codes = LANGUAGES.includes(value) ? LANGUAGES : [value, ...LANGUAGES];
  return (
    <p>
      <label htmlFor={id}>{t('import.preview.language')}</label>{' '}
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {codes.map((code) => (
          <option key={code} value={code}>
            {names.of(code) ?? code} ({code})
          </option>
        ))}
      </select>
    </p>
  );
}
