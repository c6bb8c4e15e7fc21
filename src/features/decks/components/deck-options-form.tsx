import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import type { DeckOptionsField } from '../../../domain/scheduling/deck-options.ts';
import {
  parseStepList,
  validateDeckOptions,
  type DeckOptionsError,
} from '../../../domain/scheduling/deck-options-validation.ts';
import type { DeckRecord } from '../../../storage/db.ts';
import { describeError } from '../../../components/describe-error.ts';
import { OptimizePanel } from './optimize-panel.tsx';
import { saveOptions } from '../hooks/use-decks.ts';

const NUMBER_FIELDS = [
  'newPerDay',
  'reviewsPerDay',
  'desiredRetention',
  'maximumIntervalDays',
  'nextDayStartsAt',
] as const;
const STEP_FIELDS = ['learningSteps', 'relearningSteps'] as const;
type FormField = (typeof NUMBER_FIELDS)[number] | (typeof STEP_FIELDS)[number];
type FormValues = Record<FormField, string>;

function toForm(deck: DeckRecord): FormValues {
  const { options } = deck;
  return {
    newPerDay: String(options.newPerDay),
    reviewsPerDay: String(options.reviewsPerDay),
    desiredRetention: String(options.desiredRetention),
    maximumIntervalDays: String(options.maximumIntervalDays),
    nextDayStartsAt: String(options.nextDayStartsAt),
    learningSteps: options.learningSteps.join(' '),
    relearningSteps: options.relearningSteps.join(' '),
  };
}

function fromForm(deck: DeckRecord, values: FormValues) {
  const numbers = Object.fromEntries(
    NUMBER_FIELDS.map((field) => {
      const text = values[field].trim();
      return [field, text === '' ? undefined : Number(text)];
    }),
  );
  return {
    ...deck.options,
    ...numbers,
    learningSteps: parseStepList(values.learningSteps),
    relearningSteps: parseStepList(values.relearningSteps),
  };
}

/** The deck's study options, validated as a whole before anything is saved. */
export function DeckOptionsForm({ deck }: { deck: DeckRecord }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(() => toForm(deck));
  const [errors, setErrors] = useState<DeckOptionsError[]>([]);
  const [status, setStatus] = useState<string | null>(null);

  function message(error: DeckOptionsError): string {
    switch (error.code) {
      case 'type':
        return t(`options.error.${error.expected}`);
      case 'range':
        return t('options.error.range', { min: error.min, max: error.max });
      case 'step':
        return t('options.error.step', { value: error.value });
      case 'tooManySteps':
        return t('options.error.tooManySteps', { max: error.max });
      case 'required':
        return t('options.error.required');
    }
  }
  const errorsOf = (field: DeckOptionsField) => errors.filter((error) => error.field === field);

  async function onSubmit(event: SyntheticEvent) {
    event.preventDefault();
    const result = validateDeckOptions(fromForm(deck, values));
    if (!result.ok) {
      setErrors([...result.errors]);
      setStatus(t('options.invalid'));
      return;
    }
    setErrors([]);
    try {
      await saveOptions(deck.id, result.value);
      setStatus(t('options.saved'));
    } catch (error) {
      setStatus(describeError(error, t));
    }
  }

  return (
    <details className="deck-options">
      <summary>{t('options.title')}</summary>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        {[...NUMBER_FIELDS, ...STEP_FIELDS].map((field) => {
          const fieldErrors = errorsOf(field);
          const errorId = `option-${field}-error`;
          const isSteps = (STEP_FIELDS as readonly string[]).includes(field);
          return (
            <div key={field} className="deck-options__field">
              <label htmlFor={`option-${field}`}>{t(`options.${field}`)}</label>
              <input
                id={`option-${field}`}
                inputMode={isSteps ? 'text' : 'decimal'}
                placeholder={isSteps ? t('options.stepsHint') : undefined}
                value={values[field]}
                aria-invalid={fieldErrors.length > 0}
                aria-describedby={fieldErrors.length > 0 ? errorId : undefined}
                onChange={(event) => {
                  setValues({ ...values, [field]: event.target.value });
                }}
              />
              {fieldErrors.length > 0 && (
                <p id={errorId} className="deck-options__error">
                  {fieldErrors.map(message).join(' ')}
                </p>
              )}
            </div>
          );
        })}
        <button type="submit">{t('options.save')}</button>
        {status !== null && <p role="status">{status}</p>}
      </form>
      <OptimizePanel deck={deck} />
    </details>
  );
}
