import { useTranslation } from '../../../i18n/i18n.ts';
import { describeError } from '../../../components/describe-error.ts';
import { describeBackupProblem } from '../describe-backup-problem.ts';
import type { ImportOutcome, ImportSource, ImportState } from '../hooks/use-backup-import.ts';

function useOutcomeText() {
  const { t, i18n } = useTranslation();
  const dateTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (outcome: ImportOutcome): string => {
    switch (outcome.kind) {
      case 'replaced':
        return t('settings.backup.replaced', { cards: outcome.cards, reviews: outcome.reviews });
      case 'merged':
        return t('settings.backup.merged', outcome);
      case 'restored':
        return t('settings.snapshots.restored', { date: dateTime.format(outcome.date) });
    }
  };
}

/** The progress or outcome of an import started from `source`; nothing for other sources. */
export function ImportStatus({ state, source }: { state: ImportState; source: ImportSource }) {
  const { t } = useTranslation();
  const outcomeText = useOutcomeText();
  if (state.phase === 'idle' || state.phase === 'review' || state.phase === 'confirm') return null;
  if (state.source !== source) return null;
  switch (state.phase) {
    case 'checking':
      return <p role="status">{t('settings.backup.checking')}</p>;
    case 'importing':
      return <p role="status">{t('settings.backup.importing')}</p>;
    case 'done':
      return <p role="status">{outcomeText(state.outcome)}</p>;
    case 'refused':
      return (
        <p role="alert" className="settings__error">
          {t('settings.backup.refused', { reason: describeBackupProblem(state.problem, t) })}
        </p>
      );
    case 'failed':
      return (
        <p role="alert" className="settings__error">
          {t('settings.backup.failed', { reason: describeError(state.error, t) })}
        </p>
      );
  }
}
