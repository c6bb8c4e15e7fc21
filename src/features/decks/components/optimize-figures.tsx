import { useTranslation } from '../../../i18n/i18n.ts';
import { useFormatters } from '../../../components/use-formatters.ts';
import { Table } from '../../../components/ui/table.tsx';
import type { FitMetrics, FitOutcome } from '../../../domain/scheduling/optimizer.ts';

/** Log loss and RMSE of the current and (after Optimize) the new parameters, side by side. */
export function OptimizeFigures({ outcome }: { outcome: FitOutcome }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (Number.isNaN(outcome.current.logLoss)) return null;
  const row = (label: string, metrics: FitMetrics) => ({
    key: label,
    cells: [label, format.number(metrics.logLoss, 4), format.percent(metrics.rmse, 2)],
  });
  return (
    <Table
      caption={t('optimize.figures')}
      columns={[t('optimize.parameters'), t('optimize.logLoss'), t('optimize.rmse')]}
      rowHeaders
      rows={[
        row(t('optimize.current'), outcome.current),
        ...(outcome.candidate === undefined
          ? []
          : [row(t('optimize.candidate'), outcome.candidate.metrics)]),
      ]}
    />
  );
}
