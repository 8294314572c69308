/**
 * Test: the candidate's own tests (one JSON value per argument, checked before sending), Submit, and the
 * hidden tests' counts and labels afterwards.
 */
import { clearField, h, replaceChildren, valueOf } from '../../shared/dom';
import type { InterviewView } from '../../protocol';
import { renderReport } from './results';
import type { Send } from './send';

/** Why a typed JSON text is not a value, or null when it is. */
export function jsonProblem(source: string): string | null {
  try {
    JSON.parse(source);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : 'not valid JSON';
  }
}

export class TestsPane {
  readonly element = h('section', { class: 'pane tests', 'aria-labelledby': 'tests-title' });
  private readonly list = h('ul', { class: 'custom-tests', 'aria-label': 'Your tests' });
  private readonly form = h('div', { class: 'form custom-form' });
  private readonly label = h('vscode-textfield', { id: 'custom-label', placeholder: 'What it probes, e.g. "all negative"', 'aria-label': 'Test name' });
  private readonly expected = h('vscode-textarea', { id: 'custom-expected', rows: 1, placeholder: 'Leave empty to just see the output', 'aria-label': 'Expected output as JSON (optional)' });
  private readonly error = h('p', { class: 'error', role: 'alert' });
  private readonly add = h('vscode-button', { id: 'add-test' }, 'Save test');
  private readonly submit = h('vscode-button', { id: 'submit' }, 'Submit');
  private readonly debrief = h('vscode-button', { secondary: true, id: 'open-debrief' }, 'Open debrief');
  private readonly submission = h('div', { class: 'submission', 'aria-live': 'polite' });
  private argFields: HTMLElement[] = [];
  private shownParams = '';
  private shownTests = '';

  constructor(private readonly send: Send) {
    this.add.addEventListener('click', () => { this.save(); });
    this.submit.addEventListener('click', () => { send({ kind: 'submit' }); });
    this.debrief.addEventListener('click', () => { send({ kind: 'openDebrief' }); });
    this.element.append(
      h('h2', { id: 'tests-title' }, 'Test'),
      h('h3', {}, 'Your tests'),
      this.list,
      h('h3', {}, 'Add a test'),
      this.form,
      h('div', { class: 'row' }, this.submit, this.debrief),
      this.submission,
    );
  }

  private save(): void {
    const args = this.argFields.map((f) => valueOf(f).trim());
    for (const [i, arg] of args.entries()) {
      const problem = arg === '' ? 'is empty' : jsonProblem(arg);
      if (problem !== null) {
        const name = this.argFields[i]?.getAttribute('data-param') ?? `argument ${i + 1}`;
        this.error.textContent = `${name}: ${problem}`;
        this.argFields[i]?.focus();
        return;
      }
    }
    const expectedText = valueOf(this.expected).trim();
    const expectedProblem = expectedText === '' ? null : jsonProblem(expectedText);
    if (expectedProblem !== null) {
      this.error.textContent = `Expected: ${expectedProblem}`;
      this.expected.focus();
      return;
    }
    this.error.textContent = '';
    const label = valueOf(this.label).trim();
    this.send({ kind: 'saveCustomTest', id: null, label: label === '' ? `custom ${args.join(', ').slice(0, 40)}` : label, args, expected: expectedText === '' ? null : expectedText });
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
        h('vscode-textarea', { id: `custom-arg-${i}`, rows: 1, 'data-param': p.name, placeholder: `${p.type} as JSON`, 'aria-label': `${p.name} (${p.type}) as JSON` }),
      );
      replaceChildren(
        this.form,
        h('vscode-form-group', { variant: 'vertical' }, h('vscode-label', { for: 'custom-label' }, 'Name'), this.label),
        ...this.argFields.map((f, i) =>
          h('vscode-form-group', { variant: 'vertical' }, h('vscode-label', { for: `custom-arg-${i}` }, `${view.problem.params[i]?.name ?? ''}: ${view.problem.params[i]?.type ?? ''}`), f),
        ),
        h('vscode-form-group', { variant: 'vertical' }, h('vscode-label', { for: 'custom-expected' }, 'Expected (JSON, optional)'), this.expected),
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
          const remove = h('vscode-button', { secondary: true, 'aria-label': `Remove test ${t.label}` }, 'Remove');
          remove.addEventListener('click', () => { this.send({ kind: 'removeCustomTest', id: t.id }); });
          return h('li', { class: 'row' }, h('code', {}, `${t.label}: (${t.args.join(', ')})${t.expected === null ? '' : ` → ${t.expected}`}`), remove);
        }),
      );
      if (view.customTests.length === 0) this.list.append(h('li', { class: 'empty' }, 'No tests of your own yet. They are kept for this problem across sessions.'));
    }
    const idle = view.outcome === null && view.busy === null;
    this.submit.toggleAttribute('disabled', !idle);
    this.add.toggleAttribute('disabled', view.outcome !== null);
    this.submit.textContent = view.busy === 'submit' ? 'Submitting…' : 'Submit';
    this.debrief.hidden = view.outcome === null;
    replaceChildren(this.submission, view.lastSubmit === null ? null : renderReport(view.lastSubmit, 'Submission', false));
  }
}
