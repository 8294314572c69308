/** The session survives what the editor does to the extension: a window reload, a killed extension host. */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { activationFigure, describeActivation, hostLogLines } from '../hostLogs';
import type { Workbench } from '../workbench';
import { InterviewPanel, type PhaseName } from '../interviewPanel';
import { assert, FLOW_SETTINGS, startFromPalette, TWO_SUM, type Flow } from './flow';

/** A "YYYY-MM-DD HH:MM:SS.mmm" log time (the machine's local time, as code-server writes it) in epoch ms. */
function logTime(line: string): number | undefined {
  const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})/.exec(line);
  return match === null ? undefined : new Date(`${match[1] ?? ''}T${match[2] ?? ''}`).getTime();
}

/**
 * Where the wait after a reload goes, for issue #18's 3 s goal: the workbench's own marks (its Restored
 * phase is when it considers the window ready) and the newest extension host's logs, each as ms after
 * the status bar showed. Logged, never asserted.
 */
async function traceReload(workbench: Workbench, panel: InterviewPanel, statusBarShown: number, drawnAt: number): Promise<void> {
  // No helper functions inside: the page runs this function's source, without tsx's helpers.
  const marks = await workbench.page.evaluate(() => ({
    origin: performance.timeOrigin,
    restored: performance.getEntriesByName('code/LifecyclePhase/Restored', 'mark')[0]?.startTime,
    editorsRestored: performance.getEntriesByName('code/didStartWorkbench', 'mark')[0]?.startTime,
    // The webview's outer frame (code-server's host page for it): when the workbench created it.
    frameRequested: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((r) => r.initiatorType === 'iframe' && r.name.includes('/webview/'))?.startTime,
  }));
  const since = (time: number | undefined): string => (time === undefined ? '?' : `${Math.round(time - statusBarShown)}`);
  const lines = (file: string): string[] => hostLogLines(workbench, file);
  const find = (file: string, text: string): number | undefined => { const line = lines(file).find((l) => l.includes(text)); return line === undefined ? undefined : logTime(line); };
  const restored = marks.restored === undefined ? undefined : marks.origin + marks.restored;
  const activated = find('remoteexthost.log', '_doActivateExtension onsite-dev.onsite');
  // Onsite's own lines carry the time they reached the log file, often seconds late: use the durations they state.
  const stated = (pattern: RegExp): number | undefined => {
    const match = lines('onsite-dev.onsite/Onsite.log').map((l) => pattern.exec(l)).find((m) => m !== null);
    return match?.[1] === undefined ? undefined : Number(match[1]);
  };
  const codeLoaded = stated(/Interview code loaded (\d+) ms after activation/);
  const editorsRestored = marks.editorsRestored === undefined ? undefined : marks.origin + marks.editorsRestored;
  console.log(`    reload trace, ms after the status bar: workbench Restored ${since(restored)}, extension host started ${since(find('remoteexthost.log', 'Extension host with pid'))}, Onsite activated ${since(activated)}, interview code loaded ${since(activated === undefined || codeLoaded === undefined ? undefined : activated + codeLoaded)} (evaluating it ${stated(/evaluating it took (\d+) ms/) ?? '?'} ms), session read in ${stated(/Resumed \S+ in (\d+) ms/) ?? '?'} ms, workbench editors restored ${since(editorsRestored)}, webview frame requested ${since(marks.frameRequested === undefined ? undefined : marks.origin + marks.frameRequested)}, interview drawn ${since(drawnAt)}`);
  const readyReceived = stated(/webview ready (\d+) ms\)/);
  console.log(`    the host received the webview's ready ${since(activated === undefined || readyReceived === undefined ? undefined : activated + readyReceived)} ms after the status bar (its own log's figure)`);
  console.log(`    interview drawn ${editorsRestored === undefined ? '?' : Math.round(drawnAt - editorsRestored)} ms after the workbench restored its editors, ${restored === undefined ? '?' : Math.round(drawnAt - restored)} ms after its Restored phase, ${activated === undefined ? '?' : Math.round(drawnAt - activated)} ms after Onsite's activation`);
  await traceWebview(panel, statusBarShown);
}

/** The webview's own part: its document's navigation and script, the ready handshake, the first message. */
async function traceWebview(panel: InterviewPanel, statusBarShown: number): Promise<void> {
  const frame = await panel.frame();
  // No named helpers inside: the page runs this function's source, without tsx's helpers.
  const webview = await frame.evaluate(() => {
    const marks = new Map(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime]));
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const script = performance.getEntriesByType('resource').find((r) => r.name.includes('interview.js')) as PerformanceResourceTiming | undefined;
    return {
      origin: performance.timeOrigin,
      responseEnd: navigation?.responseEnd,
      // Its document is fetched past the webview's service worker: when that worker answered, when the server did.
      workerStart: navigation === undefined || navigation.workerStart === 0 ? undefined : navigation.workerStart,
      responseStart: navigation?.responseStart,
      scriptFetched: script?.responseEnd,
      scriptEvaluated: marks.get('onsite:script-evaluated'),
      savedViewDrawn: marks.get('onsite:saved-view-drawn'),
      readySent: marks.get('onsite:ready-sent'),
      firstMessage: marks.get('onsite:first-message'),
      domContentLoaded: navigation?.domContentLoadedEventEnd,
    };
  });
  const at = (offset: number | undefined): string => (offset === undefined ? '?' : `${Math.round(webview.origin + offset - statusBarShown)}`);
  // The editor's frame around the page (its host page, which registers the service worker and writes the page in).
  const host = await frame.parentFrame()?.evaluate(() => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { origin: performance.timeOrigin, received: navigation?.responseEnd, loaded: navigation?.loadEventEnd };
  }).catch(() => undefined);
  const hostAt = (offset: number | undefined): string => (host === undefined || offset === undefined ? '?' : `${Math.round(host.origin + offset - statusBarShown)}`);
  console.log(`    webview host page, ms after the status bar: requested ${hostAt(0)}, received ${hostAt(host?.received)}, loaded ${hostAt(host?.loaded)}; the page's document: service worker started ${at(webview.workerStart)}, first byte ${at(webview.responseStart)}`);
  // The script is written into the document (webviewHtml.ts): fetched, it waited on the busy workbench.
  assert(webview.scriptFetched === undefined, 'the interview page fetched its script instead of carrying it inline');
  console.log(`    webview, ms after the status bar: document requested ${at(0)}, document received ${at(webview.responseEnd)}, script evaluated ${at(webview.scriptEvaluated)}, saved view drawn ${at(webview.savedViewDrawn)}, ready sent ${at(webview.readySent)}, first message from the extension ${at(webview.firstMessage)}, DOMContentLoaded ${at(webview.domContentLoaded)}`);
  // The README's reload section names these: two waits on the editor's service worker (counted from the host
  // page's load, a little after it began registering), then Onsite's own part.
  const span = (from: number | undefined, to: number | undefined): string => (from === undefined || to === undefined ? '?' : `${Math.round(to - from)}`);
  const hostLoaded = host?.loaded === undefined ? undefined : host.origin + host.loaded - webview.origin;
  console.log(`    where the webview's wait went, ms: host page loaded → document requested (its service worker registered) ${span(hostLoaded, 0)}, document requested → service worker took it ${span(0, webview.workerStart)}, document received → extension's view on the page (Onsite) ${span(webview.responseEnd, webview.firstMessage)}`);
}

/**
 * The judge worker starts only once the webview said it drew the interview: started as the view was
 * posted, it held the view's delivery back by 1.0–1.4 s. Both lines come from the newest host's log,
 * in the order they were written; the worker's line may take a moment to appear.
 */
async function checkJudgeWaitedForPanel(workbench: Workbench): Promise<void> {
  const log = 'onsite-dev.onsite/Onsite.log';
  const deadline = Date.now() + 20_000;
  let lines = hostLogLines(workbench, log);
  while (!lines.some((l) => l.includes('judge worker ready')) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    lines = hostLogLines(workbench, log);
  }
  const shown = lines.findIndex((l) => l.includes('The reopened interview panel showed the interview'));
  const judgeReady = lines.findIndex((l) => l.includes('judge worker ready'));
  assert(shown >= 0, `the reopened panel never reported drawing the interview:\n${lines.join('\n')}`);
  assert(judgeReady > shown, `the judge worker ${judgeReady < 0 ? 'never started' : 'started before the panel drew the interview'}:\n${lines.join('\n')}`);
}

/**
 * After a reload the panel comes back by itself: through VS Code's serializer when the workbench kept
 * its editors, otherwise because the extension reopens the panel it had open (code-server often loses
 * the editor layout on a reload). The person never has to look for Resume. A restored tab first draws
 * the view it saved; checks wait for the extension's live view, whose clock runs.
 */
async function panelAfterRestart(workbench: Workbench): Promise<{ panel: InterviewPanel; drawnMs: number; liveMs: number }> {
  const started = Date.now();
  const panel = new InterviewPanel(workbench);
  // Generous on purpose: how fast the panel returns is measured and reported, not asserted; on a
  // 2-core machine at load 15–25 the return alone took up to 27 s.
  const frame = await panel.frame(90_000);
  const drawnMs = Date.now() - started;
  // The saved view is on screen only until the extension answers: checked and pictured when the moment is caught.
  // No named helpers inside: the page runs this function's source, without tsx's helpers.
  const saved = await frame.evaluate(() => {
    const app = document.getElementById('app');
    if (app === null || !app.inert) return undefined;
    return {
      reconnecting: [...app.querySelectorAll<HTMLElement>('.reconnecting')].some((e) => !e.hidden),
      clocks: [...app.querySelectorAll<HTMLElement>('.clock')].some((e) => !e.hidden),
    };
  }).catch(() => undefined);
  if (saved !== undefined) {
    await workbench.screenshot('reload-saved-view-reconnecting');
    // Its clocks are the ones its view arrived with, often behind: "Reconnecting…" stands in for them.
    assert(saved.reconnecting && !saved.clocks, `the saved view shows ${saved.clocks ? 'its stale clocks' : 'no "Reconnecting…" line'}`);
  }
  await panel.waitForLive(60_000);
  return { panel, drawnMs, liveMs: Date.now() - started };
}

async function sessionInPlan(workbench: Workbench): Promise<{ panel: InterviewPanel; elapsed: number; note: string }> {
  const panel = await startFromPalette(workbench, TWO_SUM.title);
  await panel.ask('Are there negative numbers?');
  await panel.lastAnswer(1);
  const note = 'hash map of complements looks right';
  await panel.addNote(note);
  await panel.nextPhase('Plan');
  // Zero would make "the timer did not go back" say nothing: the interviewer now answers within the
  // first second, so wait for the clock's first tick (it ticks each second) rather than assume it.
  const frame = await panel.frame();
  await frame
    .waitForFunction(() => !/^\D*0:00\b/.test(document.querySelector('.clock[aria-label="Total time"]')?.textContent ?? '0:00'), undefined, { timeout: 5_000 })
    .catch(() => undefined);
  const elapsed = await panel.totalElapsed();
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

/**
 * The plan's complexity picker: the list opens whole inside the panel, its active option is marked,
 * and the keyboard alone chooses a class. Screenshot in the light theme, where the highlight was faint.
 */
async function checkComplexityPicker(workbench: Workbench, panel: InterviewPanel): Promise<void> {
  const id = 'plan-timeComplexity';
  const list = await panel.openComplexityPicker(id);
  const options = await list.getByRole('option').allInnerTexts();
  // Two Sum's own classes, in its own order (problem.json complexityClasses), after the "not stated" choice.
  const own = (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'problems', 'two-sum', 'problem.json'), 'utf8')) as { complexityClasses: string[] }).complexityClasses;
  assert(options.slice(1).join(', ') === own.join(', '), `the complexity picker offers ${options.join(', ')}, not Two Sum's own ${own.join(', ')}`);
  const frame = await panel.frame();
  const inView = await list.evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= document.documentElement.clientHeight;
  });
  assert(inView, 'the complexity list runs past the panel\'s edge');
  await frame.locator(`#${id} [role="option"]`, { hasText: 'O(n log n)' }).hover();
  await workbench.screenshot('complexity-picker-light');
  // Keyboard only: Escape closes without choosing; Enter opens, End and arrows move, Enter chooses.
  const face = frame.locator(`#${id} .picker-face`);
  await face.press('Escape');
  await list.waitFor({ state: 'hidden', timeout: 5_000 });
  await face.press('Enter');
  await face.press('End');
  await face.press('Home');
  for (let step = 0; step < options.indexOf('O(n)'); step++) await face.press('ArrowDown');
  await face.press('Enter');
  const chosen = await panel.complexity(id);
  assert(chosen === 'O(n)', `the keyboard chose "${chosen}" instead of O(n)`);
  // The highlight in the other themes too, then back to light for the rest of the flow.
  for (const kind of ['dark', 'high-contrast'] as const) {
    await workbench.setTheme(kind);
    await panel.openComplexityPicker(id);
    await frame.locator(`#${id} [role="option"]`, { hasText: 'O(n log n)' }).hover();
    await workbench.screenshot(`complexity-picker-${kind}`);
    await face.press('Escape');
  }
  await workbench.setTheme('light');
}

export const reloadMidSession: Flow = {
  name: 'reload mid-session resumes with phase, notes, timer and the last run\'s results intact',
  slug: 'reload',
  settings: FLOW_SETTINGS,
  async run(workbench) {
    const before = await sessionInPlan(workbench);
    await checkComplexityPicker(workbench, before.panel);
    await before.panel.nextPhase('Code');
    await before.panel.openSolution();
    await workbench.typeIntoEditor(TWO_SUM.wrong);
    await before.panel.run();
    const runBefore = await before.panel.waitForReport('run', 'wrong_answer');
    // The statement's examples by the statement's names, as the debrief names them.
    assert(/Example 1 · Wrong Answer/.test(runBefore) && !runBefore.includes('small random'), `the run report does not name the examples as the statement does:\n${runBefore}`);
    await workbench.reload();
    // The window is ready once its status bar shows; from then on the wait is the extension's.
    const windowReady = Date.now();
    const { panel, drawnMs, liveMs } = await panelAfterRestart(workbench);
    await panel.waitForPhase('Code', 30_000);
    await panel.waitForReport('run', 'wrong_answer', 30_000);
    // Load average beside the figure: on the shared CI machine it decides most of the wait.
    console.log(`    panel back after reload: ${Date.now() - windowReady} ms (interview drawn after ${drawnMs} ms, live after ${liveMs} ms; load average ${loadavg()[0]?.toFixed(1) ?? '?'})`);
    await traceReload(workbench, panel, windowReady, windowReady + drawnMs);
    console.log(`    after the reload, ${describeActivation(await activationFigure(workbench))}`);
    await checkJudgeWaitedForPanel(workbench);
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
    const { panel } = await panelAfterRestart(workbench);
    const now = workbench.server.extensionHostPids();
    assert(now.length > 0 && !now.includes(host), 'no new extension host took over');
    await checkResumed(panel, before);
    await workbench.screenshot('resumed-after-host-kill-light');
  },
};
