import { useTranslation } from '../../../i18n/i18n.ts';
import { useBackupImport } from '../hooks/use-backup-import.ts';
import { useStorageStatus } from '../hooks/use-storage-status.ts';
import { BackupPanel } from './backup-panel.tsx';
import { CheckDatabasePanel } from './check-database-panel.tsx';
import { LanguagePanel } from './language-panel.tsx';
import { SnapshotList } from './snapshot-list.tsx';
import { StoragePanel } from './storage-panel.tsx';
import { SyncPanel } from './sync-panel.tsx';
import '../settings.css';

/**
 * Settings: the interface language, this device's storage, backups (export and import), automatic snapshots, the
 * database check and sync.
 */
export function SettingsPage() {
  const { t } = useTranslation();
  const importer = useBackupImport();
  const storage = useStorageStatus();
  // An import changes how much is stored: read the figures again.
  const refresh = storage.refresh;
  return (
    <section className="settings" aria-labelledby="settings-title">
      <h1 id="settings-title">{t('settings.title')}</h1>
      <LanguagePanel />
      <StoragePanel status={storage} />
      <BackupPanel importer={importer} onChange={refresh} />
      <SnapshotList importer={importer} onChange={refresh} />
      <CheckDatabasePanel onChange={refresh} />
      <SyncPanel />
    </section>
  );
}
