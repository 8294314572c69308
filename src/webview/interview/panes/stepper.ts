/** The phase stepper: where the interview is and what each phase still needs before moving on. */
import * as l10n from '@vscode/l10n';
import { h, replaceChildren } from '../../shared/dom';
import type { InterviewView } from '../../protocol';
import { phaseName } from '../../shared/phaseNames';

export class Stepper {
  readonly element = h('nav', { class: 'stepper', 'aria-label': l10n.t('Interview phases') });
  private readonly list = h('ol');

  constructor() {
    this.element.append(this.list);
  }

  update(view: InterviewView): void {
    replaceChildren(
      this.list,
      ...view.steps.map((step) => {
        const criteria = h(
          'ul',
          { class: 'criteria' },
          ...step.criteria.map((c) =>
            h('li', { class: c.met ? 'met' : 'unmet' }, h('span', { class: 'mark', 'aria-hidden': 'true' }, c.met ? '✓' : '○'), h('span', { class: 'sr-only' }, c.met ? l10n.t('Met: ') : l10n.t('Not yet: ')), c.label),
          ),
        );
        return h(
          'li',
          { class: `step ${step.status}`, 'aria-current': step.status === 'current' ? 'step' : undefined },
          h('span', { class: 'step-name' }, phaseName(step.phase)),
          step.status === 'current' || step.criteria.some((c) => !c.met) ? criteria : null,
        );
      }),
    );
  }
}
