/**
 * Plan: approach, data structures, complexity and edge cases. Saved as the candidate types (debounced),
 * and never overwritten by an incoming view while a field is being edited.
 */
import { debounce, h, setValue, valueOf } from '../../shared/dom';
import { COMPLEXITY_CLASSES } from '../../protocol';
import type { InterviewView } from '../../protocol';
import type { Send } from './send';

type Plan = InterviewView['plan'];
type PlanField = keyof Plan;

const FIELDS: { key: PlanField; label: string; control: 'area' | 'field' | 'complexity'; placeholder: string }[] = [
  { key: 'approach', label: 'Approach', control: 'area', placeholder: 'How you will solve it, step by step' },
  { key: 'dataStructures', label: 'Data structures', control: 'field', placeholder: 'e.g. hash map from value to index' },
  { key: 'timeComplexity', label: 'Time complexity', control: 'complexity', placeholder: '' },
  { key: 'spaceComplexity', label: 'Space complexity', control: 'complexity', placeholder: '' },
  { key: 'edgeCases', label: 'Edge cases', control: 'area', placeholder: 'Empty input, duplicates, negatives…' },
  { key: 'alternative', label: 'Alternative (optional)', control: 'area', placeholder: 'Another approach you considered' },
  { key: 'tradeoff', label: 'Trade-off (optional)', control: 'area', placeholder: 'Why this one over the alternative' },
];

export class PlanPane {
  readonly element = h('section', { class: 'pane plan', 'aria-labelledby': 'plan-title' });
  private readonly controls = new Map<PlanField, HTMLElement>();
  private readonly dirty = new Set<PlanField>();
  private readonly saver;
  private readonly status = h('p', { class: 'save-status', 'aria-live': 'polite' });

  constructor(send: Send) {
    this.saver = debounce(() => {
      send({ kind: 'updatePlan', plan: this.read() });
      this.dirty.clear();
      this.status.textContent = 'Saved.';
    }, 700);
    this.element.append(h('h2', { id: 'plan-title' }, 'Plan'));
    const form = h('div', { class: 'form' });
    for (const field of FIELDS) {
      const id = `plan-${field.key}`;
      let control: HTMLElement;
      if (field.control === 'complexity') {
        control = h('vscode-single-select', { id, 'aria-label': field.label });
        control.append(h('vscode-option', { value: '' }, '—'), ...COMPLEXITY_CLASSES.map((c) => h('vscode-option', { value: c }, c)));
      } else if (field.control === 'area') {
        control = h('vscode-textarea', { id, rows: 3, resize: 'vertical', placeholder: field.placeholder, 'aria-label': field.label });
      } else {
        control = h('vscode-textfield', { id, placeholder: field.placeholder, 'aria-label': field.label });
      }
      const changed = (): void => {
        this.dirty.add(field.key);
        this.status.textContent = 'Saving…';
        this.saver.schedule();
      };
      control.addEventListener('input', changed);
      control.addEventListener('change', changed);
      control.addEventListener('focusout', () => { this.saver.flush(); });
      this.controls.set(field.key, control);
      form.append(h('vscode-form-group', { variant: 'vertical' }, h('vscode-label', { for: id }, field.label), control));
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
      if (this.dirty.has(field.key) || control.matches(':focus-within')) continue;
      if (valueOf(control) !== view.plan[field.key]) setValue(control, view.plan[field.key]);
    }
  }
}
