/** The session survives what the editor does to the extension: a window reload, a killed extension host. */
import type { Workbench } from '../workbench';
import { InterviewPanel } from '../interviewPanel';
import { assert, FLOW_SETTINGS, startFromPalette, TWO_SUM, type Flow } from './flow';

/**
 * After the extension comes back, the panel is restored by VS Code when it had persisted the window's
 * editors before the reload; otherwise the person opens the Onsite view (which activates the extension,
 * so it can tell there is an unfinished interview) and runs Resume Interview.
 */
async function panelAfterRestart(workbench: Workbench): Promise<InterviewPanel> {
  const panel = new InterviewPanel(workbench);
  // VS Code revives the panel through the extension's serializer; on a busy machine that takes a while.
  const restored = await panel.frame(30_000).then(() => true, () => false);
  if (!restored) {
    await workbench.openView('Onsite');
    await workbench.runCommand('Onsite: Resume Interview');
  }
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

async function checkResumed(panel: InterviewPanel, before: { elapsed: number; note: string }): Promise<void> {
  await panel.waitForPhase('Plan', 30_000);
  const notes = await panel.notes();
  assert(notes.some((n) => n.includes(before.note)), `the note did not survive: ${notes.join(' | ')}`);
  const elapsed = await panel.totalElapsed();
  // The clock continues from where it was; it neither restarts at zero nor loses the time before.
  assert(elapsed >= before.elapsed, `the timer went back from ${before.elapsed} s to ${elapsed} s`);
  const transcript = await (await panel.locator('ol.transcript')).innerText();
  assert(transcript.includes('negative numbers'), 'the clarification transcript did not survive');
}

export const reloadMidSession: Flow = {
  name: 'reload mid-session resumes with phase, notes and timer intact',
  slug: 'reload',
  settings: FLOW_SETTINGS,
  async run(workbench) {
    const before = await sessionInPlan(workbench);
    await workbench.reload();
    const panel = await panelAfterRestart(workbench);
    await checkResumed(panel, before);
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
