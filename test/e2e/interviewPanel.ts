/**
 * The interview panel as a candidate uses it, over the webview's DOM (src/webview/interview). The frame
 * is looked up again for every step, because a reload or a restarted extension host replaces it.
 */
import type { Frame, Locator } from 'playwright-core';
import type { Workbench } from './workbench';

export type PhaseName = 'Clarify' | 'Plan' | 'Code' | 'Test' | 'Done';

export type VerdictClass = 'accepted' | 'wrong_answer' | 'time_limit_exceeded' | 'runtime_error' | 'compile_error';

const PANEL_MARK = 'nav.stepper';

/** "Total 1:23 / 45:00" → 83 (seconds). */
export function elapsedSeconds(clockText: string): number {
  const match = /(\d+):(\d{2})\s*\//.exec(clockText);
  if (match?.[1] === undefined || match[2] === undefined) throw new Error(`not a clock: "${clockText}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

export class InterviewPanel {
  constructor(private readonly workbench: Workbench) {}

  async frame(timeoutMs = 30_000): Promise<Frame> {
    return this.workbench.webview(PANEL_MARK, timeoutMs);
  }

  async locator(selector: string): Promise<Locator> {
    return (await this.frame()).locator(selector);
  }

  async currentPhase(): Promise<string> {
    return (await this.locator('.step.current .step-name')).innerText();
  }

  /** Waits until the problem statement's text is on screen, polling often enough to time it. */
  async waitForStatement(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      for (const frame of this.workbench.page.frames()) {
        const shown = await frame.locator('.statement-body').evaluateAll((bodies) => bodies.some((b) => (b as HTMLElement).innerText.trim() !== '')).catch(() => false);
        if (shown) return;
      }
      if (Date.now() > deadline) throw new Error('the problem statement did not show');
      await this.workbench.page.waitForTimeout(20);
    }
  }

  /**
   * After a reload the panel first draws the view it saved (inert, "Reconnecting…"); it is live once
   * the extension's own view replaced it.
   */
  async waitForLive(timeoutMs = 30_000): Promise<void> {
    await (await this.frame(timeoutMs)).locator('#app:not([inert]) nav.stepper').waitFor({ timeout: timeoutMs });
  }

  async waitForPhase(phase: PhaseName, timeoutMs = 20_000): Promise<void> {
    await (await this.locator(`.step.current .step-name:text-is("${phase}")`)).waitFor({ timeout: timeoutMs });
  }

  async title(): Promise<string> {
    return (await this.locator('h1.title')).innerText();
  }

  async ask(question: string): Promise<void> {
    const frame = await this.frame();
    await frame.locator('#question input').fill(question);
    await frame.locator('#ask').click();
  }

  /** The interviewer's answer to the question asked last, once it is on screen. */
  async lastAnswer(count: number): Promise<string> {
    const answer = (await this.locator('ol.transcript > li p.a')).nth(count - 1);
    await answer.waitFor({ timeout: 20_000 });
    return answer.innerText();
  }

  /** Next phase; when the extension asks to confirm (criteria unmet), answers "Move on anyway". */
  async nextPhase(expect: PhaseName): Promise<void> {
    await (await this.locator('#next-phase')).click();
    const moveOn = this.workbench.notificationButton('Move on anyway');
    const moved = this.waitForPhase(expect, 30_000).then(() => 'moved' as const);
    const asked = moveOn.waitFor({ timeout: 30_000 }).then(() => 'asked' as const);
    const first = await Promise.race([moved, asked]);
    if (first === 'asked') {
      await moveOn.click();
      await moved;
    } else {
      asked.catch(() => undefined);
    }
  }

  async fillPlan(plan: { approach: string; time: string; space: string; edgeCases: string }): Promise<void> {
    const frame = await this.frame();
    await frame.locator('#plan-approach textarea').fill(plan.approach);
    await frame.locator('#plan-edgeCases textarea').fill(plan.edgeCases);
    await this.chooseComplexity(frame, 'plan-timeComplexity', plan.time);
    await this.chooseComplexity(frame, 'plan-spaceComplexity', plan.space);
    // The pane saves after a pause in typing and on focus loss; leaving the field saves at once.
    await frame.locator('#plan-approach textarea').click();
    await frame.locator('.save-status:text-is("Saved.")').waitFor({ timeout: 10_000 });
  }

  private async chooseComplexity(frame: Frame, id: string, value: string): Promise<void> {
    await this.openComplexityPicker(id);
    await frame.locator(`#${id}`).getByRole('option', { name: value, exact: true }).click();
    const chosen = await this.complexity(id);
    if (chosen !== value) throw new Error(`${id} shows "${chosen}" after choosing "${value}"`);
  }

  /** Opens a plan complexity picker from its face and returns its list once shown. */
  async openComplexityPicker(id: string): Promise<Locator> {
    const frame = await this.frame();
    await frame.locator(`#${id} .picker-face`).click();
    const list = frame.locator(`#${id} [role="listbox"]`);
    await list.waitFor({ state: 'visible', timeout: 10_000 });
    return list;
  }

  async complexity(id: string): Promise<string> {
    return (await this.frame()).locator(`#${id}`).evaluate((el) => (el as unknown as { value: string }).value);
  }

  async addNote(text: string): Promise<void> {
    const frame = await this.frame();
    await frame.locator('#note textarea').fill(text);
    await frame.locator('#add-note').click();
    await frame.locator('ol.note-list li', { hasText: text }).first().waitFor({ timeout: 10_000 });
  }

  async notes(): Promise<string[]> {
    return (await this.locator('ol.note-list li')).allInnerTexts();
  }

  async totalElapsed(): Promise<number> {
    return elapsedSeconds(await (await this.locator('.clock[aria-label="Total time"]')).innerText());
  }

  async openSolution(): Promise<void> {
    await (await this.locator('#open-solution')).click();
  }

  async run(): Promise<void> {
    await (await this.locator('#run')).click();
  }

  /** Waits for the run (or submission) summary of the given verdict and returns the report's text. */
  async waitForReport(where: 'run' | 'submission', verdict: VerdictClass, timeoutMs = 60_000): Promise<string> {
    const container = where === 'run' ? '.run-results' : '.submission';
    const summary = await this.locator(`${container} .summary.verdict-${verdict}`);
    await summary.waitFor({ timeout: timeoutMs });
    return (await this.locator(`${container} .report`)).innerText();
  }

  async addCustomTest(label: string, args: string[], expected: string): Promise<void> {
    const frame = await this.frame();
    await frame.locator('#custom-label input').fill(label);
    for (const [i, arg] of args.entries()) await frame.locator(`#custom-arg-${i} textarea, #custom-arg-${i} input`).first().fill(arg);
    await frame.locator('#custom-expected textarea').fill(expected);
    await frame.locator('#add-test').click();
    await frame.locator('ul.custom-tests li', { hasText: label }).waitFor({ timeout: 10_000 });
  }

  /** Submit; when the extension asks to confirm (criteria unmet), answers "Submit anyway". */
  async submit(): Promise<void> {
    await (await this.locator('#submit')).click();
    const anyway = this.workbench.notificationButton('Submit anyway');
    const busy = (await this.locator('#submit:text-is("Submitting…"), .submission .summary')).first();
    const first = await Promise.race([
      busy.waitFor({ timeout: 30_000 }).then(() => 'submitting' as const),
      anyway.waitFor({ timeout: 30_000 }).then(() => 'asked' as const),
    ]);
    if (first === 'asked') await anyway.click();
  }

  async openDebrief(): Promise<void> {
    await (await this.locator('#open-debrief')).click();
  }
}
