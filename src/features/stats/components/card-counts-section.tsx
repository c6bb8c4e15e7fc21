import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import type { CardCounts } from '../../../domain/stats/card-stats.ts';
import { CARD_STATUSES } from '../../../domain/stats/classify.ts';
import { STATUS_COLORS } from '../../../components/ui/chart-colors.ts';

/** Cards by state: the figures, and one bar split in proportion (the figures say it in text). */
export function CardCountsSection({ counts }: { counts: CardCounts }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const share = (count: number) => (counts.total === 0 ? 0 : count / counts.total);
  return (
    <section className="stats__section" aria-labelledby="stats-counts">
      <h2 id="stats-counts">{t('stats.counts.title')}</h2>
      <div className="status-bar" aria-hidden="true">
        {CARD_STATUSES.map((status) => (
          <span
            key={status}
            style={{
              width: `${share(counts[status]) * 100}%`,
              background: `var(${STATUS_COLORS[status]})`,
            }}
          />
        ))}
      </div>
      <dl className="stats__figures">
        {CARD_STATUSES.map((status) => (
          <div key={status}>
            <dt>
              <span
                className="chart-legend__swatch"
                style={{ background: `var(${STATUS_COLORS[status]})` }}
              />
              {t(`stats.counts.status.${status}`)}
            </dt>
            <dd data-testid={`count-${status}`}>
              {format.number(counts[status])} ({format.percent(share(counts[status]))})
            </dd>
          </div>
        ))}
        <div>
          <dt>{t('stats.counts.total')}</dt>
          <dd>{format.number(counts.total)}</dd>
        </div>
      </dl>
    </section>
  );
}
