import { useMemo } from 'react';
import { useTranslation } from '../../i18n/i18n.ts';
import type { HistogramBin } from '../../domain/stats/card-stats.ts';
import { SERIES_COLOR } from './chart-colors.ts';
import { DataTable } from './data-table.tsx';
import { UplotChart } from './uplot-chart.tsx';
import './ui.css';

interface HistogramProps {
  title: string;
  chartLabel: string;
  bins: readonly HistogramBin[];
  /** The label of a bin, e.g. "3–7 d" or "90–100 %". */
  binLabel: (bin: HistogramBin) => string;
}

/** One distribution as bars, with its table. */
export function Histogram({ title, chartLabel, bins, binLabel }: HistogramProps) {
  const { t } = useTranslation();
  const labels = useMemo(() => bins.map(binLabel), [bins, binLabel]);
  const series = useMemo(
    () => [
      {
        label: t('stats.memory.cards'),
        colorVar: SERIES_COLOR,
        values: bins.map((bin) => bin.count),
      },
    ],
    [bins, t],
  );
  return (
    <figure className="histogram">
      <figcaption>{title}</figcaption>
      <UplotChart label={chartLabel} labels={labels} series={series} kind="bars" height={160} />
      <DataTable
        caption={title}
        columns={[t('stats.memory.range'), t('stats.memory.cards')]}
        rows={bins.map((bin, index) => [labels[index], bin.count])}
      />
    </figure>
  );
}
