import { useTranslation } from '../../../i18n/i18n.ts';
import type { FitMetrics, FitOutcome } from '../../../domain/scheduling/optimizer.ts';

function Row({ label, metrics }: { label: string; metrics: FitMetrics }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{metrics.logLoss.toFixed(4)}</td>
      <td>{(metrics.rmse * 100).toFixed(2)}%</td>
    </tr>
  );
}

/** Log loss and RMSE of the current and (after Optimize) the new parameters, side by side. */
export function OptimizeFigures({ outcome }: { outcome: FitOutcome }) {
  const { t } = useTranslation();
  if (Number.isNaN(outcome.current.logLoss)) return null;
  return (
    <table className="optimize-figures">
      <caption>{t('optimize.figures')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('optimize.parameters')}</th>
          <th scope="col">{t('optimize.logLoss')}</th>
          <th scope="col">{t('optimize.rmse')}</th>
        </tr>
      </thead>
      <tbody>
        <Row label={t('optimize.current')} metrics={outcome.current} />
        {outcome.candidate !== undefined && (
          <Row label={t('optimize.candidate')} metrics={outcome.candidate.metrics} />
        )}
      </tbody>
    </table>
  );
}
