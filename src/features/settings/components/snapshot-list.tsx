import { useState } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import type { SnapshotRecord } from '../../../storage/db.ts';
import { SNAPSHOT_MAX_REVIEWS, SNAPSHOTS_KEPT } from '../../../storage/snapshots.ts';
import type { BackupImport } from '../hooks/use-backup-import.ts';
import { useSnapshots } from '../hooks/use-snapshots.ts';
import { ImportStatus } from './import-status.tsx';

/** The automatic daily snapshots, newest first, each restorable after a confirmation. */
export function SnapshotList({
  importer,
  onChange,
}: {
  importer: BackupImport;
  onChange: () => void;
}) {
  const { t, i18n } = useTranslation();
  const snapshots = useSnapshots();
  const [confirming, setConfirming] = useState<SnapshotRecord | null>(null);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const busy = importer.state.phase === 'importing';

  return (
    <section className="settings__section" aria-labelledby="settings-snapshots-title">
      <h2 id="settings-snapshots-title">{t('settings.snapshots.title')}</h2>
      <p>{t('settings.snapshots.intro', { count: SNAPSHOTS_KEPT })}</p>
      <p>{t('settings.snapshots.tooLarge', { count: SNAPSHOT_MAX_REVIEWS })}</p>
      {snapshots?.length === 0 && <p>{t('settings.snapshots.empty')}</p>}
      <ul className="settings__snapshots">
        {snapshots?.map((snapshot) => (
          <li key={snapshot.id}>
            <span>
              {t(
                `settings.snapshots.${snapshot.kind === 'beforeReplace' ? 'itemBeforeReplace' : 'item'}`,
                {
                  date: date.format(snapshot.createdAt),
                  cards: snapshot.counts.cards ?? 0,
                  reviews: snapshot.reviews ?? snapshot.counts.reviewLog ?? 0,
                },
              )}
            </span>{' '}
            <button
              type="button"
              disabled={busy}
              aria-label={t('settings.snapshots.restoreLabel', {
                date: date.format(snapshot.createdAt),
              })}
              onClick={() => {
                setConfirming(snapshot);
              }}
            >
              {t('settings.snapshots.restore')}
            </button>
          </li>
        ))}
      </ul>
      {confirming !== null && (
        <div role="group" aria-label={t('settings.snapshots.restore')} className="settings__review">
          <p>{t('settings.snapshots.confirm', { date: date.format(confirming.createdAt) })}</p>
          <button
            type="button"
            onClick={() => {
              setConfirming(null);
              void importer.restore(confirming).then(onChange);
            }}
          >
            {t('settings.snapshots.confirmRestore')}
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              setConfirming(null);
            }}
          >
            {t('settings.backup.cancel')}
          </button>
        </div>
      )}
      <ImportStatus state={importer.state} source="snapshot" />
    </section>
  );
}
