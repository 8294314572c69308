/** The history overview: trends, recurring weaknesses, calibration, review schedule and what to do next. */
import * as l10n from '@vscode/l10n';
import { chartFigure, seriesColour, trendChart } from './charts';
import { section, table } from './dom';
import { h } from '../shared/dom';
import { postToHost } from '../shared/vscodeApi';
import type { ChartView, HistoryView } from './protocol';

/** Set through the CSSOM: the CSP allows no inline style attributes. */
function swatch(index: number): HTMLElement {
  const span = h('span', { class: 'swatch', 'aria-hidden': 'true' });
  span.style.background = seriesColour(index);
  return span;
}

function chart(c: ChartView): HTMLElement {
  const titleId = `chart-${c.id}`;
  const xs = c.series[0]?.points.map((p) => p.x) ?? [];
  const rows = xs.map((x, i) => [x, ...c.series.map((s) => { const p = s.points[i]; return p === undefined || p.y === null ? '–' : chartFigure(p.y, c.unit); })]);
  const empty = c.series.every((s) => s.points.length === 0);
  return h(
    'figure',
    { class: 'trend' },
    h('figcaption', { id: titleId }, c.title),
    empty ? h('p', {}, l10n.t('No sessions with this figure yet.')) : trendChart(c, titleId),
    c.series.length > 1
      ? h('ul', { class: 'legend' }, ...c.series.map((s, i) => h('li', {}, swatch(i), s.label)))
      : null,
    empty ? null : h('details', {}, h('summary', {}, l10n.t('Figures as a table')), table(c.title, [l10n.t('Session'), ...c.series.map((s) => s.label)], rows)),
  );
}

export function historyPage(view: HistoryView): HTMLElement[] {
  const exportButton = h('button', { type: 'button', class: 'secondary' }, l10n.t('Export history…'));
  exportButton.addEventListener('click', () => { postToHost({ kind: 'exportHistory' }); });
  const importButton = h('button', { type: 'button', class: 'secondary' }, l10n.t('Import history…'));
  importButton.addEventListener('click', () => { postToHost({ kind: 'importHistory' }); });

  const suggestion = view.suggestion;
  let next: HTMLElement | null = null;
  if (suggestion !== null) {
    const start = h('button', { type: 'button' }, l10n.t('Start {0}', suggestion.title));
    start.addEventListener('click', () => { postToHost({ kind: 'startProblem', problemId: suggestion.problemId }); });
    next = section(l10n.t('Next'), 'next-title', h('p', {}, h('strong', {}, suggestion.title), ` — ${suggestion.reason}.`), start);
  }

  const recent = h(
    'ul',
    { class: 'recent' },
    ...view.recent.map((s) => {
      const open = h('button', { type: 'button', class: 'link' }, s.title);
      open.addEventListener('click', () => { postToHost({ kind: 'openSession', sessionId: s.sessionId }); });
      return h('li', {}, open, ` ${s.when} · ${s.outcome} · ${s.active}`);
    }),
  );

  return [
    h('header', {}, h('h1', {}, l10n.t('Interview history')), h('p', { class: 'subtitle' }, l10n.t('{0} finished session(s)', view.sessions)), h('div', { class: 'actions' }, exportButton, importButton)),
    ...(next === null ? [] : [next]),
    section(
      l10n.t('Recurring weaknesses'),
      'weak-title',
      view.weaknesses.length === 0 ? h('p', {}, l10n.t('Nothing recurs in your last sessions.')) : h('ul', {}, ...view.weaknesses.map((w) => h('li', {}, w))),
    ),
    section(l10n.t('Trends'), 'trends-title', ...view.charts.map(chart)),
    section(
      l10n.t('Self-rating calibration'),
      'calibration-title',
      table(
        l10n.t('Mean of your score minus the evidence score (positive: you rated yourself higher)'),
        [l10n.t('Dimension'), l10n.t('Mean gap'), l10n.t('Sessions')],
        view.calibration.map((c) => [c.title, c.mean === null ? l10n.t('not enough evidence') : (c.mean > 0 ? '+' : '') + String(c.mean), String(c.sessions)]),
      ),
    ),
    section(
      l10n.t('Review schedule'),
      'schedule-title',
      view.schedule.length === 0
        ? h('p', {}, l10n.t('No problems practised yet.'))
        : table(l10n.t('Problems by next review (FSRS)'), [l10n.t('Problem'), l10n.t('Due'), l10n.t('Last grade'), l10n.t('Why')], view.schedule.map((s) => [s.title, s.due, s.lastGrade, s.reason])),
    ),
    section(l10n.t('Sessions'), 'sessions-title', recent),
  ];
}
