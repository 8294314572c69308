/** One run's or submission's results: a summary line and, per test, input, expected, actual, time and console. */
import { h } from '../../shared/dom';
import type { ReportView } from '../../protocol';
import { VERDICT_LABELS } from '../strings';

function block(label: string, value: string | undefined): HTMLElement | null {
  if (value === undefined || value === '') return null;
  return h('div', { class: 'io' }, h('span', { class: 'io-label' }, label), h('pre', {}, value));
}

export function renderReport(report: ReportView, caption: string, showDetails: boolean): HTMLElement {
  const summary = h(
    'p',
    { class: `summary verdict-${report.verdict}` },
    h('strong', {}, `${caption}: ${VERDICT_LABELS[report.verdict]}`),
    ` — ${report.passed} / ${report.total} passed`,
  );
  const list = h('ul', { class: 'results' });
  for (const test of report.tests) {
    const head = h(
      'span',
      { class: 'result-head' },
      h('span', { class: `badge verdict-${test.verdict}` }, test.verdict === 'accepted' ? '✓' : '✗'),
      ` ${test.label} · ${VERDICT_LABELS[test.verdict]} · ${test.timeMs.toFixed(1)} ms`,
    );
    if (!showDetails) {
      list.append(h('li', {}, head));
      continue;
    }
    const details = h(
      'details',
      { open: test.verdict !== 'accepted' },
      h('summary', {}, head),
      block('Input', test.input),
      block('Expected', test.expected),
      block('Actual', test.actual),
      block(test.position === undefined ? 'Message' : `Message (line ${test.position.line})`, test.message),
      block('Console', test.console),
    );
    list.append(h('li', {}, details));
  }
  return h('div', { class: 'report' }, summary, list);
}
