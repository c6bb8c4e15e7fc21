import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import type { StoredAnswer } from '../../../storage/answer-log.ts';
import { Table } from '../../../components/ui/table.tsx';
import { gradeLabelKey, stateLabelKey } from '../../../i18n/fsrs-labels.ts';

/** Every answer a card was given, oldest first: when, which grade, from which state, how long. */
export function ReviewHistory({ logs }: { logs: readonly StoredAnswer[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (logs.length === 0) return <p>{t('browse.card.noHistory')}</p>;
  return (
    <Table
      columns={[
        t('browse.card.answeredAt'),
        t('browse.card.grade'),
        t('browse.card.stateBefore'),
        t('browse.card.intervalBefore'),
        t('browse.card.duration'),
      ]}
      rowHeaders
      rows={logs.map((log) => ({
        key: log.uid ?? String(log.id),
        cells: [
          format.dateTime(log.review),
          <span key="grade" className={`grade grade--${String(log.rating)}`}>
            {t(gradeLabelKey(log.rating))}
          </span>,
          t(stateLabelKey(log.state)),
          t('stats.days', { count: log.scheduled_days }),
          format.duration(log.durationMs),
        ],
      }))}
    />
  );
}
