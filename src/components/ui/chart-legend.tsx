import type { ChartSeries } from './uplot-chart.tsx';
import './ui.css';

/** Colour keys of a chart's series (the chart itself draws no legend). */
export function ChartLegend({
  series,
}: {
  series: readonly Pick<ChartSeries, 'label' | 'colorVar'>[];
}) {
  return (
    <ul className="chart-legend" aria-hidden="true">
      {series.map((entry) => (
        <li key={entry.label}>
          <span className="chart-legend__swatch" style={{ background: `var(${entry.colorVar})` }} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}
