import { useState } from 'react';
import { useTranslation } from '../i18n/i18n.ts';
import { describeError } from '../components/describe-error.ts';

type ExportState =
  { phase: 'idle' } | { phase: 'done'; file: string } | { phase: 'failed'; error: unknown };

/**
 * What a screen that crashed while rendering shows instead of a blank page: what went wrong, a way
 * to save the data (the database is usually fine even when a screen is not), and a reload.
 */
export function ErrorFallback({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const [exported, setExported] = useState<ExportState>({ phase: 'idle' });
  return (
    <div role="alert" className="startup startup--error">
      <h1>{t('crash.title')}</h1>
      <p>{describeError(error, t)}</p>
      <p>{t('crash.body')}</p>
      <button
        type="button"
        onClick={() => {
          // The backup code loads only when asked for: a crash is rare, the first page is not.
          import('../features/settings/export-backup-file.ts')
            .then(({ exportBackupFile }) => exportBackupFile())
            .then(
              (file) => {
                setExported({ phase: 'done', file });
              },
              (exportError: unknown) => {
                setExported({ phase: 'failed', error: exportError });
              },
            );
        }}
      >
        {t('crash.export')}
      </button>{' '}
      <button
        type="button"
        onClick={() => {
          location.reload();
        }}
      >
        {t('crash.reload')}
      </button>
      {exported.phase === 'done' && <p>{t('crash.exported', { file: exported.file })}</p>}
      {exported.phase === 'failed' && (
        <p>{t('crash.exportFailed', { reason: describeError(exported.error, t) })}</p>
      )}
    </div>
  );
}
