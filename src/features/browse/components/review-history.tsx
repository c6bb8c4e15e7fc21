import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import type { ReviewLogRecord } from '../../../storage/db.ts';
import { gradeLabelKey, stateLabelKey } from '../../../i18n/fsrs-labels.ts';

/** Every answer a card was given, oldest first: when, which grade, from which state, how long. */
export function ReviewHistory({ logs }: { logs: readonly ReviewLogRecord[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (logs.length === 0) return <p>{t('browse.card.noHistory')}</p>;
  return (
    <table className="browse__table">
      <thead>
        <tr>
          <th scope="col">{t('browse.card.answeredAt')}</th>
          <th scope="col">{t('browse.card.grade')}</th>
          <th scope="col">{t('browse.card.stateBefore')}</th>
          <th scope="col">{t('browse.card.intervalBefore')}</th>
          <th scope="col">{t('browse.card.duration')}</th>
        </tr>
      </thead>
      <tbody>
        {logs.map((log) => (
          <tr key={log.id}>
            <th scope="row">{format.dateTime(log.review)}</th>
            <td className={`grade grade--${log.rating}`}>{t(gradeLabelKey(log.rating))}</td>
            <td>{t(stateLabelKey(log.state))}</td>
            <td>{t('stats.days', { count: log.scheduled_days })}</td>
            <td>{format.duration(log.durationMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
