import { useTranslation } from '../i18n/i18n.ts';
import { describeError } from '../components/describe-error.ts';

/** What the learner sees while the collection opens, or why it could not open. */
export function StartupMessage({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error === undefined) {
    return <p className="startup">{t('app.loading')}</p>;
  }
  return (
    <div role="alert" className="startup startup--error">
      <p>{describeError(error, t)}</p>
      <button
        type="button"
        onClick={() => {
          location.reload();
        }}
      >
        {t('errors.reload')}
      </button>
    </div>
  );
}
