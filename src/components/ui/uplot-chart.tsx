import { useEffect, useRef } from 'react';
import type uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useThemeVersion } from './use-theme-version.ts';
import './ui.css';

export interface ChartSeries {
  readonly label: string;
  /** A CSS custom property holding the colour, e.g. `--good`, so both themes apply. */
  readonly colorVar: string;
  readonly values: readonly number[];
}

interface UplotChartProps {
  /** The chart's accessible name; the data itself is in the table beside the chart. */
  label: string;
  /** One x-axis label per point. */
  labels: readonly string[];
  series: readonly ChartSeries[];
  /** `stacked`: bars of each series on top of the previous ones. */
  kind: 'bars' | 'stacked' | 'line';
  /** Fixed top of the y-axis (e.g. 100 for percentages); otherwise from the data. */
  yMax?: number;
  height?: number;
}

let canvasSupport: boolean | undefined;
function canDrawCanvas(): boolean {
  if (canvasSupport === undefined) {
    try {
      canvasSupport = document.createElement('canvas').getContext('2d') !== null;
    } catch {
      canvasSupport = false;
    }
  }
  return canvasSupport;
}

/** The colour a custom property resolves to under `host` (canvas needs a concrete colour). */
function resolveColor(host: HTMLElement, variable: string): string {
  const probe = document.createElement('span');
  probe.style.color = `var(${variable})`;
  host.appendChild(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** Cumulative sums, so each stacked series is drawn as a bar from 0 to its running total. */
function stack(series: readonly ChartSeries[]): ChartSeries[] {
  const totals = new Array<number>(series[0]?.values.length ?? 0).fill(0);
  return series.map((entry) => ({
    ...entry,
    values: entry.values.map((value, index) => (totals[index] = (totals[index] ?? 0) + value)),
  }));
}

function buildChart(
  UPlot: typeof uPlot,
  host: HTMLElement,
  { labels, series, kind, yMax, height = 200 }: UplotChartProps,
): uPlot {
  const color = (variable: string) => resolveColor(host, variable);
  const [fg, border] = [color('--fg'), color('--border')];
  // Later series are drawn over earlier ones: draw the tallest stack first.
  const drawn = kind === 'stacked' ? stack(series).reverse() : [...series];
  const top = Math.max(1, ...drawn.flatMap((entry) => entry.values));
  const bars = UPlot.paths.bars?.({ size: [0.8, 48], gap: 1 });
  const axis = { stroke: fg, ticks: { stroke: border }, font: '12px system-ui, sans-serif' };
  return new UPlot(
    {
      width: host.clientWidth || 600,
      height,
      legend: { show: false },
      cursor: { drag: { x: false, y: false }, points: { show: false } },
      scales: {
        x: { time: false, range: [-0.5, labels.length - 0.5] },
        y: { range: [0, yMax ?? Math.ceil(top * 1.1)] },
      },
      axes: [
        {
          ...axis,
          grid: { show: false },
          incrs: [1, 2, 5, 7, 14, 30, 61, 91, 182],
          values: (_chart, splits) => splits.map((split) => labels[split] ?? ''),
        },
        // Counts and percentages: whole-number steps only (no "2.5 cards").
        {
          ...axis,
          grid: { stroke: border, width: 1 },
          incrs: [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000],
        },
      ],
      series: [
        {},
        ...drawn.map((entry) => {
          const stroke = color(entry.colorVar);
          return kind === 'line'
            ? {
                label: entry.label,
                stroke,
                width: 2,
                points: { show: true, size: 6, fill: stroke },
              }
            : {
                label: entry.label,
                stroke,
                fill: stroke,
                width: 0,
                paths: bars,
                points: { show: false },
              };
        }),
      ],
    },
    [labels.map((_, index) => index), ...drawn.map((entry) => [...entry.values])],
    host,
  );
}

/**
 * A small canvas chart drawn with uPlot (loaded on first use), in the theme's colours and redrawn
 * when the theme changes. Decorative for screen readers: give it a table alternative. Where a
 * canvas cannot be drawn (tests under jsdom) only the labelled box remains.
 */
export function UplotChart(props: UplotChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const theme = useThemeVersion();
  // The props as one plain value: a re-render with equal data does not draw the chart again.
  const key = JSON.stringify(props);

  useEffect(() => {
    const element = host.current;
    if (element === null || !canDrawCanvas()) return;
    const options = JSON.parse(key) as UplotChartProps;
    let chart: uPlot | undefined;
    let disposed = false;
    const resize = new ResizeObserver(() => {
      chart?.setSize({ width: element.clientWidth, height: options.height ?? 200 });
    });
    void import('uplot').then(({ default: UPlot }) => {
      if (disposed) return;
      chart = buildChart(UPlot, element, options);
      resize.observe(element);
    });
    return () => {
      disposed = true;
      resize.disconnect();
      chart?.destroy();
    };
  }, [key, theme]);

  return <div ref={host} className="chart" role="img" aria-label={props.label} />;
}
