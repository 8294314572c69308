/** Title, timer and the interview-wide actions (pause, next phase, give up). */
import * as l10n from '@vscode/l10n';
import { formatDuration, h, replaceChildren } from '../../shared/dom';
import type { InterviewView } from '../../protocol';
import { phaseName } from '../../shared/phaseNames';
import { difficultyName, modeName } from '../strings';
import type { Send } from './send';
import { LANGUAGE_NAMES } from '../../../vocabulary/languages';
import { msUntilNextSecond } from '../../../vocabulary/interview';


type Clock = InterviewView['clock'];

function level(elapsed: number, budget: number): 'ok' | 'warn' | 'over' {
  if (budget <= 0) return 'ok';
  if (elapsed >= budget) return 'over';
  return elapsed >= budget * 0.8 ? 'warn' : 'ok';
}

export class Header {
  readonly element = h('header', { class: 'header' });
  private readonly title = h('h1', { class: 'title' });
  private readonly meta = h('p', { class: 'meta' });
  private readonly phaseClock = h('span', { class: 'clock', role: 'timer', 'aria-label': l10n.t('Phase time') });
  private readonly totalClock = h('span', { class: 'clock', role: 'timer', 'aria-label': l10n.t('Total time') });
  private readonly pause = h('vscode-button', { secondary: true, id: 'pause' }, l10n.t('Pause'));
  private readonly next = h('vscode-button', { id: 'next-phase' }, l10n.t('Next phase'));
  private readonly giveUp = h('vscode-button', { secondary: true, id: 'give-up' }, l10n.t('Give up'));
  /** Shown while the panel draws the view saved before a reload, until the extension answers. */
  private readonly reconnecting = h('span', { class: 'reconnecting', role: 'status', hidden: true }, l10n.t('Reconnecting to the interview…'));
  private clock: Clock | undefined;
  private receivedAt = 0;
  private currentPhase = '';
  private finished = false;
  private redraw: ReturnType<typeof setTimeout> | undefined;

  constructor(send: Send) {
    this.pause.addEventListener('click', () => { send({ kind: 'togglePause' }); });
    this.next.addEventListener('click', () => { send({ kind: 'nextPhase' }); });
    this.giveUp.addEventListener('click', () => { send({ kind: 'giveUp' }); });
    const clocks = h('div', { class: 'clocks' }, this.phaseClock, this.totalClock, this.reconnecting);
    const actions = h('div', { class: 'actions', role: 'toolbar', 'aria-label': l10n.t('Interview actions') }, this.pause, this.next, this.giveUp);
    this.element.append(h('div', { class: 'heading' }, this.title, this.meta), clocks, actions);
    this.scheduleRedraw();
  }

  /** Redraws just past each whole second of the phase time, as the status bar does, so the two agree. */
  private scheduleRedraw(): void {
    const clock = this.clock;
    const ticking = clock !== undefined && !clock.paused && !this.finished;
    const wait = ticking ? msUntilNextSecond(clock.phaseElapsedMs + performance.now() - this.receivedAt) : 1000;
    clearTimeout(this.redraw);
    this.redraw = setTimeout(() => {
      this.renderClock();
      this.scheduleRedraw();
    }, wait);
  }

  /**
   * The saved view's clock is the one its view arrived with, often a minute behind what the panel showed:
   * until the extension answers, the clocks give way to "Reconnecting…" rather than show a wrong time.
   */
  setLive(live: boolean): void {
    this.reconnecting.hidden = live;
    this.phaseClock.hidden = !live;
    this.totalClock.hidden = !live;
  }

  update(view: InterviewView): void {
    this.title.textContent = view.problem.title;
    replaceChildren(
      this.meta,
      h('span', { class: `difficulty ${view.problem.difficulty}` }, difficultyName(view.problem.difficulty)),
      // Topics come from the problem file and language names are proper nouns: neither is translated.
      ` · ${view.problem.topics.join(', ')} · ${LANGUAGE_NAMES[view.language]} · ${modeName(view.mode)}`,
    );
    this.currentPhase = phaseName(view.phase);
    this.finished = view.phase === 'done';
    this.clock = view.clock;
    this.receivedAt = performance.now();
    const active = view.outcome === null;
    this.pause.hidden = !active || view.mode === 'strict';
    this.pause.textContent = view.clock.paused ? l10n.t('Resume') : l10n.t('Pause');
    this.pause.setAttribute('aria-pressed', String(view.clock.paused));
    this.next.hidden = !active || view.phase === 'test' || view.phase === 'done';
    const nextPhase = view.steps.find((s) => s.status === 'upcoming');
    this.next.textContent = nextPhase === undefined ? l10n.t('Next phase') : l10n.t('Next: {0}', phaseName(nextPhase.phase));
    this.giveUp.hidden = !active;
    this.renderClock();
    // A new phase starts its seconds at a new offset, and a pause stops them: redraw on the view's own boundaries.
    this.scheduleRedraw();
  }

  private renderClock(): void {
    const clock = this.clock;
    if (clock === undefined) return;
    if (this.finished) {
      // The interview is over: no phase budget to count against, and "(paused)" would mislead.
      this.phaseClock.textContent = l10n.t('Finished');
      this.phaseClock.dataset.level = 'ok';
      this.totalClock.textContent = l10n.t('Total {0} / {1}', formatDuration(clock.totalElapsedMs), formatDuration(clock.totalBudgetMs));
      this.totalClock.dataset.level = level(clock.totalElapsedMs, clock.totalBudgetMs);
      return;
    }
    const running = clock.paused ? 0 : performance.now() - this.receivedAt;
    const phaseElapsed = clock.phaseElapsedMs + running;
    const totalElapsed = clock.totalElapsedMs + running;
    this.phaseClock.textContent = l10n.t({
      message: '{0} {1} / {2}',
      comment: ['The phase clock: {0} is the phase name, {1} the time spent in it, {2} its budget.'],
      args: [this.currentPhase, formatDuration(phaseElapsed), formatDuration(clock.phaseBudgetMs)],
    });
    this.phaseClock.dataset.level = level(phaseElapsed, clock.phaseBudgetMs);
    this.totalClock.textContent = clock.paused
      ? l10n.t('Total {0} / {1} (paused)', formatDuration(totalElapsed), formatDuration(clock.totalBudgetMs))
      : l10n.t('Total {0} / {1}', formatDuration(totalElapsed), formatDuration(clock.totalBudgetMs));
    this.totalClock.dataset.level = level(totalElapsed, clock.totalBudgetMs);
  }
}
