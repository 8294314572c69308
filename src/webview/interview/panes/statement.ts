/** The problem statement. The host renders Markdown with raw HTML disabled; this side sanitises anyway. */
import DOMPurify from 'dompurify';
import * as l10n from '@vscode/l10n';
import { h } from '../../shared/dom';
import type { InterviewView } from '../../protocol';

export class StatementPane {
  readonly element = h('details', { class: 'pane statement', open: true });
  private readonly body = h('div', { class: 'statement-body' });
  private shown = '';

  constructor() {
    this.element.append(h('summary', {}, h('h2', {}, l10n.t('Problem'))), this.body);
  }

  update(view: InterviewView): void {
    if (view.problem.statementHtml === this.shown) return;
    this.shown = view.problem.statementHtml;
    this.body.innerHTML = DOMPurify.sanitize(view.problem.statementHtml, { USE_PROFILES: { html: true }, FORBID_TAGS: ['style', 'form', 'input', 'img'] });
  }
}
