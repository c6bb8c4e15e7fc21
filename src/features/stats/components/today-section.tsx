import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { retentionRate } from '../../../domain/stats/classify.ts';
import type { TodayStats } from '../../../domain/stats/review-activity.ts';

/** Today's reviews, cards, time, share of Again and retention, as Anki's "Today" panel. */
export function TodaySection({ today }: { today: TodayStats }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const retention = retentionRate(today.retention);
  const items = [
    ['reviews', format.number(today.answers)],
    ['cards', format.number(today.cardsStudied)],
    ['time', format.duration(today.timeSpentMs)],
    ['again', format.percent(today.againShare)],
    ['retention', retention === null ? t('stats.none') : format.percent(retention)],
  ] as const;
  return (
    <section className="stats__section" aria-labelledby="stats-today">
      <h2 id="stats-today">{t('stats.today.title')}</h2>
      <dl className="stats__figures">
        {items.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`stats.today.${key}`)}</dt>
            <dd data-testid={`today-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t('stats.today.retentionHint')}</p>
    </section>
  );
}
