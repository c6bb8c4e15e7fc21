import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { isAnswer, type StoredAnswer } from '../../../storage/answer-log.ts';
import { Table } from '../../../components/ui/table.tsx';
import { gradeLabelKey, stateLabelKey } from '../../../i18n/fsrs-labels.ts';
import { State } from '../../../domain/scheduling/fsrs-vocabulary.ts';

/**
 * Every answer a card was given, oldest first: when, which grade, from which state, how long;
 * and, as Anki's card info lists them, its resets and reschedules by hand (Manual rows), marked
 * as such. A Manual row's `state` is the state it set, so a reset has no "state before" to show.
 */
export function ReviewHistory({ logs }: { logs: readonly StoredAnswer[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (logs.length === 0) return <p>{t('browse.card.noHistory')}</p>;
  const none = t('browse.none');
  return (
    <>
      <Table
        columns={[
          t('browse.card.date'),
          t('browse.card.grade'),
          t('browse.card.stateBefore'),
          t('browse.card.intervalBefore'),
          t('browse.card.duration'),
        ]}
        rowHeaders
        rows={logs.map((log) => {
          const answer = isAnswer(log);
          const reset = !answer && log.state === State.New;
          return {
            key: log.uid ?? String(log.id),
            className: answer ? undefined : 'review-history__manual',
            cells: [
              format.dateTime(log.review),
              answer ? (
                <span key="grade" className={`grade grade--${String(log.rating)}`}>
                  {t(gradeLabelKey(log.rating))}
                </span>
              ) : reset ? (
                t('browse.card.manualReset')
              ) : (
                t('browse.card.manualRescheduled', { date: format.dateTime(log.due) })
              ),
              reset ? none : t(stateLabelKey(log.state)),
              t('stats.days', { count: log.scheduled_days }),
              answer ? format.duration(log.durationMs) : none,
            ],
          };
        })}
      />
      {logs.some((log) => !isAnswer(log)) && <p className="muted">{t('browse.card.manualNote')}</p>}
    </>
  );
}
