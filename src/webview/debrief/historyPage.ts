/** The history overview: trends, recurring weaknesses, calibration, review schedule and what to do next. */
import * as l10n from '@vscode/l10n';
import { chartFigure, seriesColour, trendChart } from './charts';
import { el, section, table } from './dom';
import { host } from './host';
import type { ChartView, HistoryView } from './protocol';

/** Set through the CSSOM: the CSP allows no inline style attributes. */
function swatch(index: number): HTMLElement {
  const span = el('span', { class: 'swatch', 'aria-hidden': 'true' });
  span.style.background = seriesColour(index);
  return span;
}

function chart(c: ChartView): HTMLElement {
  const titleId = `chart-${c.id}`;
  const xs = c.series[0]?.points.map((p) => p.x) ?? [];
  const rows = xs.map((x, i) => [x, ...c.series.map((s) => { const p = s.points[i]; return p === undefined || p.y === null ? '–' : chartFigure(p.y, c.unit); })]);
  const empty = c.series.every((s) => s.points.length === 0);
  return el(
    'figure',
    { class: 'trend' },
    el('figcaption', { id: titleId }, c.title),
    empty ? el('p', {}, l10n.t('No sessions with this figure yet.')) : trendChart(c, titleId),
    c.series.length > 1
      ? el('ul', { class: 'legend' }, ...c.series.map((s, i) => el('li', {}, swatch(i), s.label)))
      : null,
    empty ? null : el('details', {}, el('summary', {}, l10n.t('Figures as a table')), table(c.title, [l10n.t('Session'), ...c.series.map((s) => s.label)], rows)),
  );
}

export function historyPage(view: HistoryView): HTMLElement[] {
  const exportButton = el('button', { type: 'button', class: 'secondary' }, l10n.t('Export history…'));
  exportButton.addEventListener('click', () => { host.postMessage({ kind: 'exportHistory' }); });
  const importButton = el('button', { type: 'button', class: 'secondary' }, l10n.t('Import history…'));
  importButton.addEventListener('click', () => { host.postMessage({ kind: 'importHistory' }); });

  const suggestion = view.suggestion;
  let next: HTMLElement | null = null;
  if (suggestion !== null) {
    const start = el('button', { type: 'button' }, l10n.t('Start {0}', suggestion.title));
    start.addEventListener('click', () => { host.postMessage({ kind: 'startProblem', problemId: suggestion.problemId }); });
    next = section(l10n.t('Next'), 'next-title', el('p', {}, el('strong', {}, suggestion.title), ` — ${suggestion.reason}.`), start);
  }

  const recent = el(
    'ul',
    { class: 'recent' },
    ...view.recent.map((s) => {
      const open = el('button', { type: 'button', class: 'link' }, s.title);
      open.addEventListener('click', () => { host.postMessage({ kind: 'openSession', sessionId: s.sessionId }); });
      return el('li', {}, open, ` ${s.when} · ${s.outcome} · ${s.active}`);
    }),
  );

  return [
    el('header', {}, el('h1', {}, l10n.t('Interview history')), el('p', { class: 'subtitle' }, l10n.t('{0} finished session(s)', view.sessions)), el('div', { class: 'actions' }, exportButton, importButton)),
    ...(next === null ? [] : [next]),
    section(
      l10n.t('Recurring weaknesses'),
      'weak-title',
      view.weaknesses.length === 0 ? el('p', {}, l10n.t('Nothing recurs in your last sessions.')) : el('ul', {}, ...view.weaknesses.map((w) => el('li', {}, w))),
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
        ? el('p', {}, l10n.t('No problems practised yet.'))
        : table(l10n.t('Problems by next review (FSRS)'), [l10n.t('Problem'), l10n.t('Due'), l10n.t('Last grade'), l10n.t('Why')], view.schedule.map((s) => [s.title, s.due, s.lastGrade, s.reason])),
    ),
    section(l10n.t('Sessions'), 'sessions-title', recent),
  ];
}
