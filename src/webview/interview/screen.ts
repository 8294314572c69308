/**
 * The whole interview screen. Sections are built once and updated from each view the host sends, so
 * focus and half-typed text survive updates; which phase panes show follows the current phase.
 */
import * as l10n from '@vscode/l10n';
import { h, replaceChildren, setValue, valueOf } from '../shared/dom';
import { loadViewState, saveViewState } from '../shared/vscodeApi';
import { parseHostMessage } from '../protocol';
import type { HostMessage, InterviewView } from '../protocol';
import { ClarifyPane } from './panes/clarify';
import { CodePane } from './panes/code';
import { Header } from './panes/header';
import { FollowUpPane, HintsPane } from './panes/hints';
import { NotesPane } from './panes/notes';
import { PlanPane } from './panes/plan';
import type { Send } from './panes/send';
import { StatementPane } from './panes/statement';
import { Stepper } from './panes/stepper';
import { TestsPane } from './panes/tests';
import { outcomeSentence } from './strings';

interface ViewDetails {
  scrollY: number;
  statementOpen: boolean;
  /** Text typed but not yet sent (a question, a note, a test), by field id, so a reload keeps it. */
  drafts: Record<string, string>;
  /** The session the drafts belong to. */
  sessionId: string;
  /**
   * The last view the extension sent. VS Code keeps a webview's state across a window reload, so the
   * panel draws it as soon as its script runs, without waiting for an extension host that is still
   * starting (or busy activating git); unknown because it is validated again before it is drawn.
   */
  lastView?: unknown;
}

/** Fields whose unsent text survives the webview being reloaded or hidden. */
const DRAFT_FIELDS = ['question', 'assumption', 'note', 'followup-answer', 'custom-label', 'custom-expected', 'custom-arg-0', 'custom-arg-1', 'custom-arg-2', 'custom-arg-3', 'custom-arg-4'];

export class InterviewScreen {
  private readonly header: Header;
  private readonly stepper = new Stepper();
  private readonly statement = new StatementPane();
  private readonly clarify: ClarifyPane;
  private readonly plan: PlanPane;
  private readonly code: CodePane;
  private readonly tests: TestsPane;
  private readonly hints: HintsPane;
  private readonly followUp: FollowUpPane;
  private readonly notes: NotesPane;
  private readonly banner = h('p', { class: 'banner', role: 'status', hidden: true });
  private details: ViewDetails;
  private started = false;
  private draftsRestored = false;
  private scrollSave: number | undefined;

  constructor(private readonly root: HTMLElement, send: Send) {
    this.header = new Header(send);
    this.clarify = new ClarifyPane(send);
    this.plan = new PlanPane(send);
    this.code = new CodePane(send);
    this.tests = new TestsPane(send);
    this.hints = new HintsPane(send);
    this.followUp = new FollowUpPane(send);
    this.notes = new NotesPane(send);
    this.details = loadViewState<ViewDetails>({ scrollY: 0, statementOpen: true, drafts: {}, sessionId: '' });
    root.addEventListener('input', (event) => {
      const target = event.target as HTMLElement | null;
      if (target === null || !DRAFT_FIELDS.includes(target.id)) return;
      this.details.drafts[target.id] = valueOf(target);
      saveViewState(this.details);
    });
    this.statement.element.toggleAttribute('open', this.details.statementOpen);
    this.statement.element.addEventListener('toggle', () => {
      this.details.statementOpen = this.statement.element.hasAttribute('open');
      saveViewState(this.details);
    });
    window.addEventListener('scroll', () => {
      this.details.scrollY = window.scrollY;
      // The state carries the last view (tens of KB): saved once scrolling pauses, not at every event.
      if (this.scrollSave !== undefined) return;
      this.scrollSave = window.setTimeout(() => {
        this.scrollSave = undefined;
        saveViewState(this.details);
      }, 200);
    }, { passive: true });
  }

  /**
   * Draws the view saved before a reload, read-only (inert and dimmed, "Reconnecting…" in place of the clocks)
   * until the extension's own view replaces it. False when there is none or it no longer fits the
   * protocol (saved by an older version).
   */
  showSaved(): boolean {
    if (this.details.lastView === undefined) return false;
    const parsed = parseHostMessage({ kind: 'view', view: this.details.lastView });
    if (!parsed.ok || parsed.value.kind !== 'view') return false;
    this.show(parsed.value.view, false);
    return true;
  }

  handle(message: HostMessage): void {
    switch (message.kind) {
      case 'view':
        this.show(message.view, true);
        return;
      case 'empty':
        this.started = false;
        this.setLive(true);
        this.details.lastView = undefined;
        saveViewState(this.details);
        replaceChildren(this.root, h('p', { class: 'empty-state' }, message.reason));
        return;
      case 'notice':
        this.notice(message.level, message.text);
        return;
      case 'focus':
        this.focus(message.target);
        return;
    }
  }

  /** A saved view is inert and marked busy for assistive technology until the extension's own view replaces it. */
  private setLive(live: boolean): void {
    this.root.inert = !live;
    if (live) this.root.removeAttribute('aria-busy');
    else this.root.setAttribute('aria-busy', 'true');
  }

  /** `live`: the extension's view, which the panel acts on; otherwise the saved one, shown until it arrives. */
  private show(view: InterviewView, live: boolean): void {
    this.setLive(live);
    if (!this.started) {
      this.started = true;
      replaceChildren(
        this.root,
        this.header.element,
        this.stepper.element,
        this.banner,
        h('div', { class: 'layout-main' }, this.statement.element, this.followUp.element, this.clarify.element, this.plan.element, this.code.element, this.tests.element),
        h('aside', { class: 'layout-side', 'aria-label': l10n.t('Notes and hints') }, this.notes.element, this.hints.element),
      );
      requestAnimationFrame(() => { window.scrollTo(0, this.details.scrollY); });
    }
    this.header.setLive(live);
    for (const part of [this.header, this.stepper, this.statement, this.clarify, this.plan, this.code, this.tests, this.hints, this.followUp, this.notes]) part.update(view);
    // Drafts go into the session the extension names, never into a saved view it may replace.
    if (live) this.restoreDrafts(view.sessionId);
    const phase = view.phase;
    this.clarify.element.hidden = phase !== 'clarify' && view.questions.length === 0 && view.assumptions.length === 0;
    this.clarify.element.classList.toggle('current', phase === 'clarify');
    this.plan.element.hidden = phase === 'clarify';
    this.plan.element.classList.toggle('current', phase === 'plan');
    this.code.element.hidden = phase === 'clarify' || phase === 'plan';
    this.code.element.classList.toggle('current', phase === 'code');
    this.tests.element.hidden = phase === 'clarify' || phase === 'plan';
    this.tests.element.classList.toggle('current', phase === 'test');
    this.banner.hidden = view.outcome === null;
    this.banner.textContent = view.outcome === null ? '' : outcomeSentence(view.outcome);
    if (live) {
      this.details.lastView = view;
      saveViewState(this.details);
    }
  }

  private restoreDrafts(sessionId: string): void {
    if (this.draftsRestored) return;
    this.draftsRestored = true;
    if (this.details.sessionId !== sessionId) {
      this.details = { ...this.details, sessionId, drafts: {} };
      saveViewState(this.details);
      return;
    }
    for (const [id, text] of Object.entries(this.details.drafts)) {
      const field = document.getElementById(id);
      if (field !== null && text !== '' && valueOf(field) === '' && !field.matches(':focus-within')) setValue(field, text);
    }
  }

  private notice(level: 'info' | 'error', text: string): void {
    const area = document.getElementById('notice');
    if (area === null) return;
    area.className = `notice ${level}`;
    area.textContent = text;
    if (level === 'error' && text.startsWith('Test:')) this.tests.showError(text.slice(5).trim());
  }

  private focus(target: 'question' | 'plan' | 'tests' | 'notes' | 'followUp'): void {
    const element: HTMLElement | null =
      target === 'question' ? this.clarify.question
        : target === 'notes' ? this.notes.input
          : target === 'followUp' ? this.followUp.answer
            : target === 'plan' ? document.getElementById('plan-approach')
              : document.getElementById('custom-arg-0');
    element?.focus();
    element?.scrollIntoView({ block: 'center' });
  }
}
