import { useState } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import { describeError } from '../../../components/describe-error.ts';
import { countBackupReviews, type Backup } from '../../../domain/backup/backup-format.ts';
import type { SnapshotRecord } from '../../../storage/db.ts';
import { exportBackupFile } from '../export-backup-file.ts';
import type { BackupImport } from '../hooks/use-backup-import.ts';
import { useSync } from '../hooks/use-sync.ts';
import { ImportStatus } from './import-status.tsx';

type ExportState =
  | { phase: 'idle' | 'busy' }
  | { phase: 'done'; file: string }
  | { phase: 'failed'; error: unknown };

function BackupSummary({ fileName, backup }: { fileName: string; backup: Backup }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <p data-testid="backup-summary">
      {t('settings.backup.summary', {
        file: fileName,
        date: date.format(backup.exportedAt),
        appVersion: backup.appVersion,
        decks: backup.counts.decks ?? 0,
        cards: backup.counts.cards ?? 0,
        reviews: countBackupReviews(backup.tables),
        quizzes: backup.counts.quizzes ?? 0,
      })}
    </p>
  );
}

/** After a Replace: the collection it overwrote, one click away. */
function RestoreBefore({
  snapshot,
  onRestore,
}: {
  snapshot: SnapshotRecord;
  onRestore: (snapshot: SnapshotRecord) => void;
}) {
  const { t } = useTranslation();
  return (
    <p>
      {t('settings.backup.keptBefore')}{' '}
      <button
        type="button"
        onClick={() => {
          onRestore(snapshot);
        }}
      >
        {t('settings.backup.restoreBefore')}
      </button>
    </p>
  );
}

/** Export the collection as a file; import one, checked first, then replaced or merged. */
export function BackupPanel({
  importer,
  onChange,
}: {
  importer: BackupImport;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const syncSetUp = useSync().overview?.config != null;
  const [exported, setExported] = useState<ExportState>({ phase: 'idle' });
  const { state, check, askReplace, apply, restore, cancel } = importer;
  const busy = state.phase === 'checking' || state.phase === 'importing';

  async function runExport() {
    setExported({ phase: 'busy' });
    try {
      setExported({ phase: 'done', file: await exportBackupFile() });
    } catch (error) {
      setExported({ phase: 'failed', error });
    }
  }

  return (
    <section className="settings__section" aria-labelledby="settings-backup-title">
      <h2 id="settings-backup-title">{t('settings.backup.title')}</h2>
      <p>{t('settings.backup.intro')}</p>
      <button type="button" disabled={exported.phase === 'busy'} onClick={() => void runExport()}>
        {t('settings.backup.export')}
      </button>
      {exported.phase === 'busy' && <p role="status">{t('settings.backup.exporting')}</p>}
      {exported.phase === 'done' && (
        <p role="status">{t('settings.backup.exported', { file: exported.file })}</p>
      )}
      {exported.phase === 'failed' && (
        <p role="alert" className="settings__error">
          {describeError(exported.error, t)}
        </p>
      )}

      <h3>{t('settings.backup.importTitle')}</h3>
      <label className="settings__file">
        {t('settings.backup.choose')}
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) is noticed.
            event.currentTarget.value = '';
            if (file !== undefined) void check(file);
          }}
        />
      </label>
      {state.phase === 'review' && (
        <div className="settings__review">
          <BackupSummary fileName={state.fileName} backup={state.backup} />
          <ul className="settings__choices">
            {(['replace', 'merge'] as const).map((mode) => (
              <li key={mode}>
                <button
                  type="button"
                  onClick={() =>
                    void (mode === 'merge' ? apply(mode).then(onChange) : askReplace())
                  }
                >
                  {t(`settings.backup.${mode}`)}
                </button>{' '}
                <span className="settings__hint">{t(`settings.backup.${mode}Hint`)}</span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={cancel}>
            {t('settings.backup.cancel')}
          </button>
        </div>
      )}
      {state.phase === 'confirm' && (
        <div role="group" aria-label={t('settings.backup.replace')} className="settings__review">
          <p>
            {t('settings.backup.confirmReplace', {
              cards: state.stored.cards,
              reviews: state.stored.reviews,
              backupCards: state.backup.counts.cards ?? 0,
              backupReviews: countBackupReviews(state.backup.tables),
            })}
          </p>
          {syncSetUp && <p>{t('settings.backup.replaceSynced')}</p>}
          {state.stored.cards + state.stored.reviews > 0 && (
            <p>
              {state.stored.snapshot
                ? t('settings.backup.snapshotFirst')
                : t('settings.backup.noSnapshot')}
            </p>
          )}
          <button type="button" onClick={() => void apply('replace').then(onChange)}>
            {t('settings.backup.confirmReplaceButton')}
          </button>{' '}
          <button type="button" onClick={cancel}>
            {t('settings.backup.cancel')}
          </button>
        </div>
      )}
      <ImportStatus state={state} source="file" />
      {state.phase === 'done' &&
        state.outcome.kind === 'replaced' &&
        state.outcome.snapshot !== null && (
          <RestoreBefore
            snapshot={state.outcome.snapshot}
            onRestore={(snapshot) => void restore(snapshot, 'file').then(onChange)}
          />
        )}
    </section>
  );
}
