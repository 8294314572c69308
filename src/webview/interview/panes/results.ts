/** One run's or submission's results: a summary line and, per test, input, expected, actual, time and console. */
import * as l10n from '@vscode/l10n';
import { h } from '../../shared/dom';
import type { ReportView } from '../../protocol';
import { testCaption, verdictName } from '../strings';

function block(label: string, value: string | undefined): HTMLElement | null {
  if (value === undefined || value === '') return null;
  return h('div', { class: 'io' }, h('span', { class: 'io-label' }, label), h('pre', {}, value));
}

export function renderReport(report: ReportView, caption: string, showDetails: boolean): HTMLElement {
  const summary = h(
    'p',
    { class: `summary verdict-${report.verdict}` },
    h('strong', {}, l10n.t({ message: '{0}: {1}', comment: ['A run or submission ({0}) and its verdict ({1}).'], args: [caption, verdictName(report.verdict)] })),
    ` — ${l10n.t('{0} / {1} passed', report.passed, report.total)}`,
  );
  const list = h('ul', { class: 'results' });
  for (const test of report.tests) {
    const head = h(
      'span',
      { class: 'result-head' },
      h('span', { class: `badge verdict-${test.verdict}` }, test.verdict === 'accepted' ? '✓' : '✗'),
      ` ${testCaption(test)} · ${verdictName(test.verdict)} · ${l10n.t('{0} ms', test.timeMs.toFixed(1))}`,
    );
    if (!showDetails) {
      list.append(h('li', {}, head));
      continue;
    }
    const details = h(
      'details',
      { open: test.verdict !== 'accepted' },
      h('summary', {}, head),
      block(l10n.t('Input'), test.input),
      block(l10n.t('Expected'), test.expected),
      block(l10n.t('Actual'), test.actual),
      block(test.position === undefined ? l10n.t('Message') : l10n.t('Message (line {0})', test.position.line), test.message),
      block(l10n.t('Console'), test.console),
    );
    list.append(h('li', {}, details));
  }
  const stopped =
    report.notRun === undefined
      ? null
      : h('p', { class: 'not-run' }, l10n.t({ message: '{0} more not run: {1}.', comment: ['{0} tests; {1} why the run stopped early.'], args: [report.notRun, report.stoppedBy ?? ''] }));
  return h('div', { class: 'report' }, summary, list, stopped);
}
