import { useTranslation } from '../../../i18n/i18n.ts';
import { clock } from '../../../config/clock.ts';
import { summarizeSession } from '../../../domain/study/session-summary.ts';
import { useStudyStore } from '../study-store.ts';
import { useNextDue } from '../hooks/use-next-due.ts';
import { usePersistAfterSession } from '../hooks/use-persist-after-session.ts';
import { NextSteps } from './next-steps.tsx';
import { formatDuration } from '../../../components/format-duration.ts';

/** What the learner sees when nothing is left to show now: wait or done, and the summary. */
export function SessionEnd() {
  const { t, i18n } = useTranslation();
  const { phase, session, waitUntil, undo } = useStudyStore();
  const nextDue = useNextDue(session?.deck.id ?? '');
  usePersistAfterSession((session?.answers.length ?? 0) > 0);
  if (session === null) return null;
  const summary = summarizeSession(session.answers, nextDue ? [{ due: nextDue }] : []);
  const dateTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const time = new Intl.DateTimeFormat(i18n.language, { timeStyle: 'short' });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <section className="session-end" aria-labelledby="session-summary-title">
      <p role="status" className="session-end__state">
        {phase === 'wait' && waitUntil !== null
          ? t('study.wait', { time: time.format(waitUntil) })
          : t('study.done')}
      </p>
      <h2 id="session-summary-title">{t('study.summary.title')}</h2>
      <ul className="session-end__summary">
        <li>{t('study.summary.studied', { count: summary.cardsStudied })}</li>
        <li>{t('study.summary.time', { time: formatDuration(summary.timeSpentMs) })}</li>
        <li>{t('study.summary.again', { percent: percent.format(summary.againShare) })}</li>
        <li>
          {summary.nextDue === null
            ? t('study.summary.nothingDue')
            : t('study.summary.nextDue', { when: dateTime.format(summary.nextDue) })}
        </li>
      </ul>
      <button
        type="button"
        disabled={session.answers.length === 0}
        onClick={() => {
          void undo(clock.now());
        }}
      >
        {t('study.undo')} <kbd>Ctrl+Z</kbd>
      </button>
      <NextSteps deckId={session.deck.id} />
    </section>
  );
}
