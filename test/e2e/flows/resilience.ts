/** The session survives what the editor does to the extension: a window reload, a killed extension host. */
import type { Workbench } from '../workbench';
import { InterviewPanel, type PhaseName } from '../interviewPanel';
import { assert, FLOW_SETTINGS, startFromPalette, TWO_SUM, type Flow } from './flow';

/**
 * After a reload the panel comes back by itself: through VS Code's serializer when the workbench kept
 * its editors, otherwise because the extension reopens the panel it had open (code-server often loses
 * the editor layout on a reload). The person never has to look for Resume.
 */
async function panelAfterRestart(workbench: Workbench): Promise<InterviewPanel> {
  const panel = new InterviewPanel(workbench);
  await panel.frame(30_000);
  return panel;
}

async function sessionInPlan(workbench: Workbench): Promise<{ panel: InterviewPanel; elapsed: number; note: string }> {
  const panel = await startFromPalette(workbench, TWO_SUM.title);
  await panel.ask('Are there negative numbers?');
  await panel.lastAnswer(1);
  const note = 'hash map of complements looks right';
  await panel.addNote(note);
  await panel.nextPhase('Plan');
  const elapsed = await panel.totalElapsed();
  // Zero would make "the timer did not go back" say nothing.
  assert(elapsed > 0, 'the interview clock has not started');
  return { panel, elapsed, note };
}

async function checkResumed(panel: InterviewPanel, before: { elapsed: number; note: string }, phase: PhaseName = 'Plan'): Promise<void> {
  await panel.waitForPhase(phase, 30_000);
  const notes = await panel.notes();
  assert(notes.some((n) => n.includes(before.note)), `the note did not survive: ${notes.join(' | ')}`);
  const elapsed = await panel.totalElapsed();
  // The clock continues from where it was; it neither restarts at zero nor loses the time before.
  assert(elapsed >= before.elapsed, `the timer went back from ${before.elapsed} s to ${elapsed} s`);
  const transcript = await (await panel.locator('ol.transcript')).innerText();
  assert(transcript.includes('negative numbers'), 'the clarification transcript did not survive');
}

export const reloadMidSession: Flow = {
  name: 'reload mid-session resumes with phase, notes, timer and the last run\'s results intact',
  slug: 'reload',
  settings: FLOW_SETTINGS,
  async run(workbench) {
    const before = await sessionInPlan(workbench);
    await before.panel.nextPhase('Code');
    await before.panel.openSolution();
    await workbench.typeIntoEditor(TWO_SUM.wrong);
    await before.panel.run();
    const runBefore = await before.panel.waitForReport('run', 'wrong_answer');
    await workbench.reload();
    // The window is ready once its status bar shows; from then on the wait is the extension's.
    const windowReady = Date.now();
    const panel = await panelAfterRestart(workbench);
    await panel.waitForPhase('Code', 30_000);
    await panel.waitForReport('run', 'wrong_answer', 30_000);
    console.log(`    panel back after reload: ${Date.now() - windowReady} ms`);
    await checkResumed(panel, before, 'Code');
    const runAfter = await panel.waitForReport('run', 'wrong_answer');
    assert(runAfter === runBefore, `the last run's results changed over the reload:\n${runBefore}\n---\n${runAfter}`);
    await workbench.screenshot('resumed-after-reload-light');
  },
};

export const extensionHostKilled: Flow = {
  name: 'killing the extension host mid-session resumes with phases, notes and timer intact',
  slug: 'exthost-kill',
  settings: FLOW_SETTINGS,
  async run(workbench) {
    const before = await sessionInPlan(workbench);
    const hosts = workbench.server.extensionHostPids();
    assert(hosts.length === 1, `expected one extension host process, found ${hosts.length}`);
    const [host] = hosts as [number];
    process.kill(host, 'SIGKILL');
    // code-server neither restarts a killed extension host nor offers to; the person reloads the
    // window. SIGKILL gives the extension no chance to flush, so only what it had already persisted counts.
    await workbench.reload();
    const panel = await panelAfterRestart(workbench);
    const now = workbench.server.extensionHostPids();
    assert(now.length > 0 && !now.includes(host), 'no new extension host took over');
    await checkResumed(panel, before);
    await workbench.screenshot('resumed-after-host-kill-light');
  },
};
