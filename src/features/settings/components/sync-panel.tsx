import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from '../../../i18n/i18n.ts';
import type { SyncProgress } from '../../../storage/sync/pouch-sync.ts';
import type { SyncConfig, SyncOverview } from '../../../storage/sync/sync-state.ts';
import { useSync } from '../hooks/use-sync.ts';
import { readSyncPassword } from '../sync/sync-password.ts';

const EMPTY: SyncConfig = { server: '', database: 'deckwright', user: '', continuous: false };

/** The status line: last sync, changes waiting, the last error in words. */
function SyncStatusLine({ overview }: { overview: SyncOverview }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const { status, waiting } = overview;
  return (
    <div role="status" aria-label={t('settings.sync.title')}>
      <p>
        {status.lastSyncAt === null
          ? t('settings.sync.never')
          : t('settings.sync.lastSync', { date: date.format(status.lastSyncAt) })}{' '}
        {waiting > 0 && t('settings.sync.waiting', { count: waiting })}
      </p>
      {status.lastError !== null && (
        <p role="alert" className="settings__error">
          {t(`settings.sync.error.${status.lastError}`, {
            reason: status.lastErrorDetail ?? '',
          })}
        </p>
      )}
    </div>
  );
}

/** "Applying changes: 1,500 of 20,000…", in the interface language's number format. */
function useProgressText(progress: SyncProgress | null): string | null {
  const { t, i18n } = useTranslation();
  if (progress === null) return null;
  const number = new Intl.NumberFormat(i18n.language);
  const { phase, total } = progress;
  const done = number.format(progress.done);
  if (phase === 'deriving') {
    return t('settings.sync.progress.derivingOf', { done, total: number.format(total ?? 0) });
  }
  if (total !== null && (phase === 'receiving' || phase === 'applying'))
    return t(`settings.sync.progress.${phase}Of`, { done, total: number.format(total) });
  return t(`settings.sync.progress.${phase}`, { done });
}

/**
 * Settings → Sync: the server, database, user and password, "Sync by itself while online",
 * "Sync now" and the status. The form is filled from what was saved (the password from this tab).
 */
export function SyncPanel() {
  const { overview, running, progress, syncNow, save } = useSync();
  const progressText = useProgressText(progress);
  if (overview === undefined) return null;
  return (
    <SyncForm
      key={JSON.stringify(overview.config)}
      initial={overview.config ?? EMPTY}
      overview={overview}
      running={running}
      progressText={progressText}
      onSave={save}
      onSync={syncNow}
    />
  );
}

interface SyncFormProps {
  initial: SyncConfig;
  overview: SyncOverview;
  running: boolean;
  progressText: string | null;
  onSave: (config: SyncConfig, password: string) => Promise<void>;
  onSync: () => Promise<void>;
}

function SyncForm({ initial, overview, running, progressText, onSave, onSync }: SyncFormProps) {
  const { t } = useTranslation();
  const [config, setConfig] = useState(initial);
  const [password, setPassword] = useState(readSyncPassword);
  const [problem, setProblem] = useState<string | null>(null);
  const field = (name: 'server' | 'database' | 'user', type = 'text') => (
    <label className="settings__field">
      {t(`settings.sync.${name}`)}
      <input
        type={type}
        value={config[name]}
        autoComplete={name === 'user' ? 'username' : 'off'}
        onChange={(event) => {
          setConfig({ ...config, [name]: event.target.value });
        }}
      />
    </label>
  );
  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    const trimmed = {
      ...config,
      server: config.server.trim(),
      database: config.database.trim(),
      user: config.user.trim(),
    };
    if (trimmed.server === '' || trimmed.database === '' || trimmed.user === '') {
      setProblem(t('settings.sync.incomplete'));
      return;
    }
    if (password === '') {
      setProblem(t('settings.sync.needPassword'));
      return;
    }
    setProblem(null);
    await onSave(trimmed, password);
    await onSync();
  };
  return (
    <section className="settings__section" aria-labelledby="settings-sync-title">
      <h2 id="settings-sync-title">{t('settings.sync.title')}</h2>
      <p>{t('settings.sync.intro')}</p>
      <form onSubmit={(event) => void submit(event)}>
        {field('server', 'url')}
        {field('database')}
        {field('user')}
        <label className="settings__field">
          {t('settings.sync.password')}
          <input
            type="password"
            value={password}
            autoComplete="current-password"
            onChange={(event) => {
              setPassword(event.target.value);
            }}
          />
        </label>
        <p className="settings__hint">{t('settings.sync.passwordHint')}</p>
        <label>
          <input
            type="checkbox"
            checked={config.continuous}
            onChange={(event) => {
              setConfig({ ...config, continuous: event.target.checked });
            }}
          />{' '}
          {t('settings.sync.continuous')}
        </label>
        <p>
          <button type="submit" disabled={running}>
            {t('settings.sync.syncNow')}
          </button>
        </p>
      </form>
      {problem !== null && (
        <p role="alert" className="settings__error">
          {problem}
        </p>
      )}
      {running && <p>{progressText ?? t('settings.sync.syncing')}</p>}
      <SyncStatusLine overview={overview} />
    </section>
  );
}
