/**
 * Charts drawn as SVG from the data, coloured with the theme's chart variables so they follow light,
 * dark and high-contrast themes. Each chart is an image with a text title; the same figures are always
 * given as a table beside it for screen readers and for reading exact values.
 */
import * as l10n from '@vscode/l10n';
import { phaseName } from '../shared/phaseNames';
import { svg } from './dom';
import type { ChartView, DebriefView } from './protocol';

const SERIES_COLOURS = ['blue', 'orange', 'green', 'purple', 'red', 'yellow'].map((c) => `var(--vscode-charts-${c})`);

/** A figure with its unit as the charts label it: 80%, 12 min, or a bare number for a score gap. */
export function chartFigure(value: number, unit: ChartView['unit']): string {
  switch (unit) {
    case 'percent':
      return l10n.t('{0}%', value);
    case 'minutes':
      return l10n.t('{0} min', value);
    case 'gap':
      return String(value);
  }
}

export function seriesColour(index: number): string {
  return SERIES_COLOURS[index % SERIES_COLOURS.length] ?? 'var(--vscode-charts-foreground)';
}

/** Horizontal bars: the budget as an outline, time spent as a filled bar, red past the budget. */
export function phaseChart(phases: DebriefView['phases'], titleId: string): SVGElement {
  const rowHeight = 30;
  const labelWidth = 70;
  const width = 420;
  // Room on the right for the "23:55 / 12:00" label even beside the longest bar.
  const labelRoom = 100;
  const scale = Math.max(1, ...phases.map((p) => Math.max(p.spentMs, p.budgetMs)));
  const barWidth = (ms: number): number => ((width - labelWidth - labelRoom) * ms) / scale;
  const rows = phases.map((p, i) => {
    const y = i * rowHeight + 6;
    const over = p.spentMs > p.budgetMs;
    return svg(
      'g',
      {},
      svg('text', { x: 0, y: y + 14, class: 'chart-label' }, phaseName(p.phase)),
      svg('rect', { x: labelWidth, y, width: barWidth(p.budgetMs), height: 18, class: 'budget' }),
      svg('rect', { x: labelWidth, y: y + 4, width: Math.max(1, barWidth(p.spentMs)), height: 10, fill: over ? 'var(--vscode-charts-red)' : 'var(--vscode-charts-blue)' }),
      svg('text', { x: labelWidth + Math.max(barWidth(p.spentMs), barWidth(p.budgetMs)) + 6, y: y + 14, class: 'chart-label' }, `${p.spent} / ${p.budget}`),
    );
  });
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${phases.length * rowHeight + 6}`, role: 'img', 'aria-labelledby': titleId, class: 'chart' },
    ...rows,
  );
}

function yRange(chart: ChartView): [number, number] {
  const values = chart.series.flatMap((s) => s.points.map((p) => p.y ?? 0));
  switch (chart.unit) {
    case 'percent':
      return [0, 100];
    case 'gap':
      return [-3, 3];
    default:
      return [0, Math.max(1, ...values)];
  }
}

/** One line per series over the sessions, with a dot per session and the axis range written out. */
export function trendChart(chart: ChartView, titleId: string): SVGElement {
  const width = 420;
  const height = 170;
  const left = 36;
  const bottom = 20;
  const [min, max] = yRange(chart);
  const count = Math.max(...chart.series.map((s) => s.points.length), 1);
  const x = (i: number): number => left + (count === 1 ? (width - left) / 2 : (i * (width - left - 10)) / (count - 1));
  const y = (v: number): number => height - bottom - ((v - min) / (max - min || 1)) * (height - bottom - 10);
  const parts: SVGElement[] = [
    svg('line', { x1: left, y1: y(min), x2: width, y2: y(min), class: 'axis' }),
    svg('text', { x: 0, y: y(max) + 4, class: 'chart-label' }, chartFigure(max, chart.unit)),
    svg('text', { x: 0, y: y(min), class: 'chart-label' }, chartFigure(min, chart.unit)),
  ];
  if (chart.unit === 'gap') parts.push(svg('line', { x1: left, y1: y(0), x2: width, y2: y(0), class: 'axis zero' }));
  chart.series.forEach((series, index) => {
    const colour = seriesColour(index);
    // Sessions without a figure leave a gap in the line rather than a made-up point.
    const present = series.points.flatMap((p, i) => (p.y === null ? [] : [{ i, x: p.x, y: p.y }]));
    if (present.length > 1) {
      parts.push(svg('polyline', { points: present.map((p) => `${x(p.i)},${y(p.y)}`).join(' '), fill: 'none', stroke: colour, 'stroke-width': 2 }));
    }
    present.forEach((p) => {
      parts.push(svg('circle', { cx: x(p.i), cy: y(p.y), r: 3, fill: colour }, svg('title', {}, `${series.label} ${p.x}: ${chartFigure(p.y, chart.unit)}`)));
    });
  });
  return svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': titleId, class: 'chart' }, ...parts);
}
