import { useTranslation } from '../../../i18n/i18n.ts';
import { formatBytes } from '../format-bytes.ts';
import type { useStorageStatus } from '../hooks/use-storage-status.ts';

/** Usage, quota and persistence of this site's storage, with a button to ask for persistence. */
export function StoragePanel({ status: storage }: { status: ReturnType<typeof useStorageStatus> }) {
  const { t, i18n } = useTranslation();
  const { status, denied, persist } = storage;
  if (status === null) return null;
  const { usage, quota, persisted } = status;
  return (
    <section className="settings__section" aria-labelledby="settings-storage-title">
      <h2 id="settings-storage-title">{t('settings.storage.title')}</h2>
      <p data-testid="storage-usage">
        {usage === null || quota === null
          ? t('settings.storage.usageUnknown')
          : t('settings.storage.usage', {
              usage: formatBytes(usage, i18n.language),
              quota: formatBytes(quota, i18n.language),
            })}
      </p>
      <p data-testid="storage-persisted">
        {persisted === null
          ? t('settings.storage.persistUnknown')
          : persisted
            ? t('settings.storage.persisted')
            : t('settings.storage.notPersisted')}
      </p>
      {persisted === false && (
        <button
          type="button"
          onClick={() => {
            void persist();
          }}
        >
          {t('settings.storage.persist')}
        </button>
      )}
      {denied && <p role="status">{t('settings.storage.persistDenied')}</p>}
    </section>
  );
}
