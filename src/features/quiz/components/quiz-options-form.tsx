import { useState } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { describeError } from '../../../components/describe-error.ts';
import type { DeckRecord } from '../../../storage/db.ts';
import type { QuizSettings } from '../../../storage/settings.ts';
import { saveQuizOptions, useQuizSettings } from '../hooks/use-quiz-data.ts';

const FIELDS = ['ignoreAccents', 'countAsReviews'] as const;

/** The deck's quiz options, saved as soon as a box is ticked. */
export function QuizOptionsForm({ deck }: { deck: DeckRecord }) {
  const { t } = useTranslation();
  const settings = useQuizSettings(deck);
  const [status, setStatus] = useState<{ ok: true } | { ok: false; error: unknown } | null>(null);
  if (settings === undefined) return null;

  function change(field: (typeof FIELDS)[number], value: boolean, current: QuizSettings) {
    saveQuizOptions(deck.id, { ...current, [field]: value }).then(
      () => {
        setStatus({ ok: true });
      },
      (error: unknown) => {
        setStatus({ ok: false, error });
      },
    );
  }

  return (
    <fieldset className="quiz-options">
      <legend>{t('quiz.options.title')}</legend>
      {FIELDS.map((field) => (
        <div key={field}>
          <label>
            <input
              type="checkbox"
              checked={settings[field]}
              aria-describedby={`quiz-option-${field}`}
              onChange={(event) => {
                change(field, event.currentTarget.checked, settings);
              }}
            />{' '}
            {t(`quiz.options.${field}`)}
          </label>
          <p id={`quiz-option-${field}`} className="muted">
            {t(`quiz.options.${field}Hint`)}
          </p>
        </div>
      ))}
      {status !== null && (
        <p role={status.ok ? 'status' : 'alert'}>
          {status.ok ? t('quiz.options.saved') : describeError(status.error, t)}
        </p>
      )}
    </fieldset>
  );
}
