/** Code: the solution file, Run, Debug Test, and the last run's results. */
import * as l10n from '@vscode/l10n';
import { h, replaceChildren, valueOf } from '../../shared/dom';
import type { InterviewView } from '../../protocol';
import { phaseName } from '../../shared/phaseNames';
import { renderReport } from './results';
import { testCaption } from '../strings';
import type { Send } from './send';

export class CodePane {
  readonly element = h('section', { class: 'pane code', 'aria-labelledby': 'code-title' });
  private readonly signature = h('pre', { class: 'signature' });
  private readonly open = h('vscode-button', { secondary: true, id: 'open-solution' }, l10n.t('Open solution file'));
  private readonly run = h('vscode-button', { id: 'run' }, l10n.t('Run'));
  private readonly debugChoice = h('vscode-single-select', { id: 'debug-test', 'aria-label': l10n.t('Test to debug') });
  private readonly debug = h('vscode-button', { secondary: true, id: 'debug' }, l10n.t('Debug test'));
  private readonly results = h('div', { class: 'run-results', 'aria-live': 'polite' });
  private shownChoices = '';

  constructor(send: Send) {
    this.open.addEventListener('click', () => { send({ kind: 'openSolution' }); });
    this.run.addEventListener('click', () => { send({ kind: 'run' }); });
    this.debug.addEventListener('click', () => {
      const testId = valueOf(this.debugChoice);
      if (testId !== '') send({ kind: 'debugTest', testId });
    });
    this.element.append(
      h('h2', { id: 'code-title' }, phaseName('code')),
      this.signature,
      h('div', { class: 'row', role: 'toolbar', 'aria-label': l10n.t('Code actions') }, this.open, this.run),
      h(
        'div',
        { class: 'row debug-row' },
        this.debugChoice,
        this.debug,
        h('span', { class: 'warning-text' }, l10n.t('Debugging runs your code in Node, outside the sandbox.')),
      ),
      this.results,
    );
  }

  update(view: InterviewView): void {
    this.signature.textContent = view.problem.signature;
    const idle = view.outcome === null && view.busy === null;
    this.run.toggleAttribute('disabled', !idle);
    this.debug.toggleAttribute('disabled', !idle);
    this.run.textContent = view.busy === 'run' ? l10n.t('Running…') : l10n.t('Run');
    const choices = [...view.visibleTests.map((t) => ({ id: t.id, label: testCaption({ ...t, source: 'visible' }) })), ...view.customTests.map((t) => ({ id: t.id, label: l10n.t('Custom: {0}', t.label) }))];
    const key = JSON.stringify(choices);
    if (key !== this.shownChoices) {
      this.shownChoices = key;
      replaceChildren(this.debugChoice, ...choices.map((c) => h('vscode-option', { value: c.id }, c.label)));
    }
    replaceChildren(this.results, view.lastRun === null ? h('p', { class: 'empty' }, l10n.t('Run to see each test’s input, expected and actual output.')) : renderReport(view.lastRun, l10n.t('Last run'), true));
  }
}
