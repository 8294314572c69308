/**
 * Test: the candidate's own tests (one JSON value per argument, checked before sending), Submit, and the
 * hidden tests' counts and labels afterwards.
 */
import * as l10n from '@vscode/l10n';
import { clearField, h, replaceChildren, valueOf } from '../../shared/dom';
import type { InterviewView } from '../../protocol';
import { phaseName } from '../../shared/phaseNames';
import { renderReport } from './results';
import type { Send } from './send';

/** Why a typed JSON text is not a value, or null when it is. */
export function jsonProblem(source: string): string | null {
  try {
    JSON.parse(source);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : l10n.t('not valid JSON');
  }
}

export class TestsPane {
  readonly element = h('section', { class: 'pane tests', 'aria-labelledby': 'tests-title' });
  private readonly list = h('ul', { class: 'custom-tests', 'aria-label': l10n.t('Your tests') });
  private readonly form = h('div', { class: 'form custom-form' });
  private readonly label = h('vscode-textfield', { id: 'custom-label', placeholder: l10n.t('What it probes, e.g. "all negative"'), 'aria-label': l10n.t('Test name') });
  private readonly expected = h('vscode-textarea', { id: 'custom-expected', rows: 1, placeholder: l10n.t('Leave empty to just see the output'), 'aria-label': l10n.t('Expected output as JSON (optional)') });
  private readonly error = h('p', { class: 'error', role: 'alert' });
  private readonly add = h('vscode-button', { id: 'add-test' }, l10n.t('Save test'));
  private readonly submit = h('vscode-button', { id: 'submit' }, l10n.t('Submit'));
  private readonly debrief = h('vscode-button', { secondary: true, id: 'open-debrief' }, l10n.t('Open debrief'));
  private readonly submission = h('div', { class: 'submission', 'aria-live': 'polite' });
  private argFields: HTMLElement[] = [];
  private shownParams = '';
  private shownTests = '';

  constructor(private readonly send: Send) {
    this.add.addEventListener('click', () => { this.save(); });
    this.submit.addEventListener('click', () => { send({ kind: 'submit' }); });
    this.debrief.addEventListener('click', () => { send({ kind: 'openDebrief' }); });
    this.element.append(
      h('h2', { id: 'tests-title' }, phaseName('test')),
      h('h3', {}, l10n.t('Your tests')),
      this.list,
      h('h3', {}, l10n.t('Add a test')),
      this.form,
      h('div', { class: 'row' }, this.submit, this.debrief),
      this.submission,
    );
  }

  private save(): void {
    const args = this.argFields.map((f) => valueOf(f).trim());
    for (const [i, arg] of args.entries()) {
      const problem = arg === '' ? l10n.t('is empty') : jsonProblem(arg);
      if (problem !== null) {
        const name = this.argFields[i]?.getAttribute('data-param') ?? l10n.t('argument {0}', i + 1);
        this.error.textContent = l10n.t({ message: '{0}: {1}', comment: ['A parameter name ({0}) and what is wrong with the JSON typed for it ({1}).'], args: [name, problem] });
        this.argFields[i]?.focus();
        return;
      }
    }
    const expectedText = valueOf(this.expected).trim();
    const expectedProblem = expectedText === '' ? null : jsonProblem(expectedText);
    if (expectedProblem !== null) {
      this.error.textContent = l10n.t('Expected: {0}', expectedProblem);
      this.expected.focus();
      return;
    }
    this.error.textContent = '';
    const label = valueOf(this.label).trim();
    this.send({ kind: 'saveCustomTest', id: null, label: label === '' ? l10n.t('custom {0}', args.join(', ').slice(0, 40)) : label, args, expected: expectedText === '' ? null : expectedText });
    for (const f of [...this.argFields, this.expected, this.label]) clearField(f);
  }

  showError(text: string): void {
    this.error.textContent = text;
  }

  update(view: InterviewView): void {
    const paramsKey = JSON.stringify(view.problem.params);
    if (paramsKey !== this.shownParams) {
      this.shownParams = paramsKey;
      this.argFields = view.problem.params.map((p, i) =>
        h('vscode-textarea', { id: `custom-arg-${i}`, rows: 1, 'data-param': p.name, placeholder: l10n.t('{0} as JSON', p.type), 'aria-label': l10n.t('{0} ({1}) as JSON', p.name, p.type) }),
      );
      replaceChildren(
        this.form,
        h('vscode-form-group', { variant: 'vertical' }, h('vscode-label', { for: 'custom-label' }, l10n.t('Name')), this.label),
        ...this.argFields.map((f, i) =>
          h('vscode-form-group', { variant: 'vertical' }, h('vscode-label', { for: `custom-arg-${i}` }, `${view.problem.params[i]?.name ?? ''}: ${view.problem.params[i]?.type ?? ''}`), f),
        ),
        h('vscode-form-group', { variant: 'vertical' }, h('vscode-label', { for: 'custom-expected' }, l10n.t('Expected (JSON, optional)')), this.expected),
        this.error,
        h('div', { class: 'row' }, this.add),
      );
    }
    const testsKey = JSON.stringify(view.customTests);
    if (testsKey !== this.shownTests) {
      this.shownTests = testsKey;
      replaceChildren(
        this.list,
        ...view.customTests.map((t) => {
          const remove = h('vscode-button', { secondary: true, 'aria-label': l10n.t('Remove test {0}', t.label) }, l10n.t('Remove'));
          remove.addEventListener('click', () => { this.send({ kind: 'removeCustomTest', id: t.id }); });
          return h('li', { class: 'row' }, h('code', {}, `${t.label}: (${t.args.join(', ')})${t.expected === null ? '' : ` → ${t.expected}`}`), remove);
        }),
      );
      if (view.customTests.length === 0) this.list.append(h('li', { class: 'empty' }, l10n.t('No tests of your own yet. They are kept for this problem across sessions.')));
    }
    const idle = view.outcome === null && view.busy === null;
    this.submit.toggleAttribute('disabled', !idle);
    this.add.toggleAttribute('disabled', view.outcome !== null);
    this.submit.textContent = view.busy === 'submit' ? l10n.t('Submitting…') : l10n.t('Submit');
    this.debrief.hidden = view.outcome === null;
    replaceChildren(this.submission, view.lastSubmit === null ? null : renderReport(view.lastSubmit, l10n.t('Submission'), false));
  }
}
