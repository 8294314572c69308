/** The history overview: trends, recurring weaknesses, calibration, review schedule and what to do next. */
import { seriesColour, trendChart } from './charts';
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
  const unit = c.unit === 'percent' ? ' %' : c.unit === 'minutes' ? ' min' : '';
  const rows = xs.map((x, i) => [x, ...c.series.map((s) => { const p = s.points[i]; return p === undefined ? '–' : `${p.y}${unit}`; })]);
  const empty = c.series.every((s) => s.points.length === 0);
  return el(
    'figure',
    { class: 'trend' },
    el('figcaption', { id: titleId }, c.title),
    empty ? el('p', {}, 'No sessions with this figure yet.') : trendChart(c, titleId),
    c.series.length > 1
      ? el('ul', { class: 'legend' }, ...c.series.map((s, i) => el('li', {}, swatch(i), s.label)))
      : null,
    empty ? null : el('details', {}, el('summary', {}, 'Figures as a table'), table(c.title, ['Session', ...c.series.map((s) => s.label)], rows)),
  );
}

export function historyPage(view: HistoryView): HTMLElement[] {
  const exportButton = el('button', { type: 'button', class: 'secondary' }, 'Export history…');
  exportButton.addEventListener('click', () => { host.postMessage({ kind: 'exportHistory' }); });
  const importButton = el('button', { type: 'button', class: 'secondary' }, 'Import history…');
  importButton.addEventListener('click', () => { host.postMessage({ kind: 'importHistory' }); });

  const suggestion = view.suggestion;
  let next: HTMLElement | null = null;
  if (suggestion !== null) {
    const start = el('button', { type: 'button' }, `Start ${suggestion.title}`);
    start.addEventListener('click', () => { host.postMessage({ kind: 'startProblem', problemId: suggestion.problemId }); });
    next = section('Next', 'next-title', el('p', {}, el('strong', {}, suggestion.title), ` — ${suggestion.reason}.`), start);
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
    el('header', {}, el('h1', {}, 'Interview history'), el('p', { class: 'subtitle' }, `${view.sessions} finished session${view.sessions === 1 ? '' : 's'}`), el('div', { class: 'actions' }, exportButton, importButton)),
    ...(next === null ? [] : [next]),
    section(
      'Recurring weaknesses',
      'weak-title',
      view.weaknesses.length === 0 ? el('p', {}, 'Nothing recurs in your last sessions.') : el('ul', {}, ...view.weaknesses.map((w) => el('li', {}, w))),
    ),
    section('Trends', 'trends-title', ...view.charts.map(chart)),
    section(
      'Self-rating calibration',
      'calibration-title',
      table(
        'Mean of your score minus the evidence score (positive: you rated yourself higher)',
        ['Dimension', 'Mean gap', 'Sessions'],
        view.calibration.map((c) => [c.title, c.mean === null ? '–' : (c.mean > 0 ? '+' : '') + String(c.mean), String(c.sessions)]),
      ),
    ),
    section(
      'Review schedule',
      'schedule-title',
      view.schedule.length === 0 ? el('p', {}, 'No problems practised yet.') : table('Problems by next review (FSRS)', ['Problem', 'Due', 'Last grade', 'Why'], view.schedule.map((s) => [s.title, s.due, s.lastGrade, s.reason])),
    ),
    section('Sessions', 'sessions-title', recent),
  ];
}
