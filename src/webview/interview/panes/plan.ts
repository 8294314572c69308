/**
 * Plan: approach, data structures, complexity and edge cases. Saved as the candidate types (debounced),
 * and never overwritten by an incoming view while a field is being edited.
 */
import * as l10n from '@vscode/l10n';
import { debounce, h, setValue, valueOf } from '../../shared/dom';
import type { InterviewView } from '../../protocol';
import { ComplexityPicker, defineComplexityPicker } from '../complexityPicker';
import { phaseName } from '../../shared/phaseNames';
import type { Send } from './send';

type Plan = InterviewView['plan'];
type PlanField = keyof Plan;

/** Words are functions so they are translated when the pane is built, after the bundle is configured. */
const FIELDS: { key: PlanField; label: () => string; control: 'area' | 'field' | 'complexity'; placeholder: () => string }[] = [
  { key: 'approach', label: () => l10n.t('Approach'), control: 'area', placeholder: () => l10n.t('How you will solve it, step by step') },
  { key: 'dataStructures', label: () => l10n.t('Data structures'), control: 'field', placeholder: () => l10n.t('e.g. hash map from value to index') },
  { key: 'timeComplexity', label: () => l10n.t('Time complexity'), control: 'complexity', placeholder: () => '' },
  { key: 'spaceComplexity', label: () => l10n.t('Space complexity'), control: 'complexity', placeholder: () => '' },
  { key: 'edgeCases', label: () => l10n.t('Edge cases'), control: 'area', placeholder: () => l10n.t('Empty input, duplicates, negatives…') },
  { key: 'alternative', label: () => l10n.t('Alternative (optional)'), control: 'area', placeholder: () => l10n.t('Another approach you considered') },
  { key: 'tradeoff', label: () => l10n.t('Trade-off (optional)'), control: 'area', placeholder: () => l10n.t('Why this one over the alternative') },
];

export class PlanPane {
  readonly element = h('section', { class: 'pane plan', 'aria-labelledby': 'plan-title' });
  private readonly controls = new Map<PlanField, HTMLElement>();
  private readonly dirty = new Set<PlanField>();
  private readonly saver;
  private readonly status = h('p', { class: 'save-status', 'aria-live': 'polite' });

  constructor(send: Send) {
    defineComplexityPicker();
    this.saver = debounce(() => {
      send({ kind: 'updatePlan', plan: this.read() });
      this.dirty.clear();
      this.status.textContent = l10n.t('Saved.');
    }, 700);
    this.element.append(h('h2', { id: 'plan-title' }, phaseName('plan')));
    const form = h('div', { class: 'form' });
    for (const field of FIELDS) {
      const id = `plan-${field.key}`;
      const label = field.label();
      let control: HTMLElement;
      if (field.control === 'complexity') {
        control = h('onsite-complexity-picker', { id, class: 'complexity-picker', 'aria-label': label });
      } else if (field.control === 'area') {
        control = h('vscode-textarea', { id, rows: 3, resize: 'vertical', placeholder: field.placeholder(), 'aria-label': label });
      } else {
        control = h('vscode-textfield', { id, placeholder: field.placeholder(), 'aria-label': label });
      }
      const changed = (): void => {
        this.dirty.add(field.key);
        this.status.textContent = l10n.t('Saving…');
        this.saver.schedule();
      };
      control.addEventListener('input', changed);
      control.addEventListener('change', changed);
      control.addEventListener('focusout', () => { this.saver.flush(); });
      this.controls.set(field.key, control);
      form.append(h('vscode-form-group', { variant: 'vertical' }, h('vscode-label', { for: id }, label), control));
    }
    this.element.append(form, this.status);
    window.addEventListener('beforeunload', () => { this.saver.flush(); });
  }

  private read(): Plan {
    const plan = {} as Plan;
    for (const field of FIELDS) {
      const control = this.controls.get(field.key);
      plan[field.key] = control === undefined ? '' : valueOf(control);
    }
    return plan;
  }

  update(view: InterviewView): void {
    const editable = view.outcome === null;
    for (const field of FIELDS) {
      const control = this.controls.get(field.key);
      if (control === undefined) continue;
      control.toggleAttribute('disabled', !editable);
      if (control instanceof ComplexityPicker) control.setOptions(view.problem.complexityClasses);
      if (this.dirty.has(field.key) || control.matches(':focus-within')) continue;
      if (valueOf(control) !== view.plan[field.key]) setValue(control, view.plan[field.key]);
    }
  }
}
