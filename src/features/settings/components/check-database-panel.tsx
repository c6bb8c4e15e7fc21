import { useTranslation } from '../../../i18n/i18n.ts';
import { describeError } from '../../../components/describe-error.ts';
import type { CheckReport } from '../../../storage/check-database.ts';
import { useCheckDatabase } from '../hooks/use-check-database.ts';

/** The report's non-zero findings as sentences, in the order the check makes them. */
function useFindings() {
  const { t } = useTranslation();
  return (report: CheckReport): string[] => {
    const findings: string[] = [];
    if (report.cardsRepaired.length > 0) {
      findings.push(t('settings.check.cardsRepaired', { count: report.cardsRepaired.length }));
    }
    const counts = [
      ['queuesFixed', report.queuesFixed],
      ['orphanReviews', report.orphanReviews],
      ['orphanCards', report.orphanCards],
      ['orphanUndo', report.orphanUndo],
      ['closedTabSteps', report.closedTabSteps],
      ['orphanQuizAnswers', report.orphanQuizAnswers],
      ['orphanMedia', report.orphanMedia],
      ['summariesFixed', report.summariesFixed],
    ] as const;
    for (const [key, count] of counts) {
      if (count > 0) findings.push(t(`settings.check.${key}`, { count }));
    }
    return findings;
  };
}

/**
 * "Check database", as in Anki: checks every card against its review log, removes orphans,
 * rebuilds the statistics summaries, and lists what it fixed.
 */
export function CheckDatabasePanel({ onChange }: { onChange: () => void }) {
  const { t } = useTranslation();
  const { state, run } = useCheckDatabase();
  const findings = useFindings();
  return (
    <section className="settings__section" aria-labelledby="settings-check-title">
      <h2 id="settings-check-title">{t('settings.check.title')}</h2>
      <p>{t('settings.check.intro')}</p>
      <button
        type="button"
        disabled={state.phase === 'checking'}
        onClick={() => void run().then(onChange)}
      >
        {t('settings.check.run')}
      </button>
      {state.phase === 'checking' && <p role="status">{t('settings.check.checking')}</p>}
      {state.phase === 'done' && (
        <div role="status" aria-label={t('settings.check.reportLabel')}>
          <p>{t('settings.check.checked', { count: state.report.cardsChecked })}</p>
          {state.repaired ? (
            <ul>
              {findings(state.report).map((finding) => (
                <li key={finding}>{finding}</li>
              ))}
            </ul>
          ) : (
            <p>{t('settings.check.sound')}</p>
          )}
        </div>
      )}
      {state.phase === 'failed' && (
        <p role="alert" className="settings__error">
          {t('settings.check.failed', { reason: describeError(state.error, t) })}
        </p>
      )}
    </section>
  );
}
