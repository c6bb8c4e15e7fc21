import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { Table } from '../../../components/ui/table.tsx';
import { retentionRate } from '../../../domain/stats/classify.ts';
import type { PassFail } from '../../../domain/stats/stats-types.ts';
import {
  RETENTION_PERIODS,
  type RetentionPeriod,
  type TrueRetention,
} from '../../../domain/stats/true-retention.ts';

const PERIODS = Object.keys(RETENTION_PERIODS) as RetentionPeriod[];
const COLUMNS = ['young', 'mature', 'all'] as const;

interface RetentionSectionProps {
  retention: TrueRetention;
  /** Answers of any kind over the last year: says why a year without retention is empty. */
  answers: number;
}

/**
 * True retention, young and mature, over today, week, month and year: a table, as in Anki.
 * When the year has none, a sentence says why: no answers, or only answers to learning cards.
 */
export function RetentionSection({ retention, answers }: RetentionSectionProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const cell = (counts: PassFail) => {
    const rate = retentionRate(counts);
    if (rate === null) return t('stats.none');
    return t('stats.retention.cell', {
      rate: format.percent(rate),
      passed: format.number(counts.passed),
      total: format.number(counts.passed + counts.failed),
    });
  };
  return (
    <section className="stats__section" aria-labelledby="stats-retention">
      <h2 id="stats-retention">{t('stats.retention.title')}</h2>
      {retentionRate(retention.year.all) === null && (
        <p data-testid="retention-empty">
          {t(answers > 0 ? 'stats.retention.learningOnly' : 'stats.retention.noAnswers')}
        </p>
      )}
      <Table
        caption={t('stats.retention.caption')}
        columns={[
          t('stats.retention.period'),
          ...COLUMNS.map((column) => t(`stats.retention.${column}`)),
        ]}
        rowHeaders
        rows={PERIODS.map((period) => ({
          key: period,
          cells: [
            t(`stats.retention.periods.${period}`),
            ...COLUMNS.map((column) => cell(retention[period][column])),
          ],
        }))}
      />
    </section>
  );
}
