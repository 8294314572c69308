/** A whole interview, as a strong candidate does it, ending in the debrief. */
import type { InterviewPanel } from '../interviewPanel';
import type { Workbench } from '../workbench';
import { assert, captureInEveryTheme, FLOW_SETTINGS, startFromPalette, TWO_SUM, type Flow } from './flow';

/**
 * The panel's phase clock and the status bar's count the same time and redraw just past each of its
 * seconds: read side by side a few times, they should show the same second. Logged, not asserted: the
 * two reads are two round trips apart, which a loaded machine can stretch past a boundary.
 */
async function compareClocks(workbench: Workbench, panel: InterviewPanel): Promise<void> {
  const statusItem = workbench.page.locator('.part.statusbar').getByText(/Clarify \d+:\d{2}/).first();
  const phaseClock = await panel.locator('.clock[aria-label="Phase time"]');
  const pairs: string[] = [];
  for (let i = 0; i < 6; i++) {
    const inPanel = /(\d+:\d{2}) \//.exec(await phaseClock.innerText())?.[1] ?? '?';
    const inStatusBar = /(\d+:\d{2})/.exec(await statusItem.innerText())?.[1] ?? '?';
    pairs.push(`${inPanel}${inPanel === inStatusBar ? '=' : '≠'}${inStatusBar}`);
    await workbench.page.waitForTimeout(370);
  }
  console.log(`    phase clock, panel vs status bar: ${pairs.join(' ')} (${pairs.filter((p) => p.includes('=')).length} of ${pairs.length} agree)`);
}

export const fullInterview: Flow = {
  name: 'full interview: clarify, plan, code, run, custom test, submit, debrief',
  slug: 'full-interview',
  settings: FLOW_SETTINGS,
  async run(workbench) {
    const panel = await startFromPalette(workbench, TWO_SUM.title);
    assert((await panel.title()).includes(TWO_SUM.title), 'the panel does not show the problem title');

    await panel.ask('Can I use the same element twice?');
    const answer = await panel.lastAnswer(1);
    assert(/indices must differ/i.test(answer), `unexpected interviewer answer: ${answer}`);
    await captureInEveryTheme(workbench, 'clarify');
    await compareClocks(workbench, panel);

    await panel.nextPhase('Plan');
    await panel.fillPlan({
      approach: 'One pass with a hash map from value to index; for each number look up target minus it.',
      edgeCases: 'Duplicates such as [3,3]; negatives; the pair at the two ends.',
      time: 'O(n)',
      space: 'O(n)',
    });
    await captureInEveryTheme(workbench, 'plan');

    await panel.nextPhase('Code');
    await panel.openSolution();
    await workbench.typeIntoEditor(TWO_SUM.correct);
    await panel.run();
    const run = await panel.waitForReport('run', 'accepted');
    assert(/3 \/ 3 passed/.test(run), `the run did not pass the three examples: ${run}`);
    await captureInEveryTheme(workbench, 'code-run');

    await panel.nextPhase('Test');
    await panel.addCustomTest('pair at the ends', ['[1, 5, 9]', '10'], '[0, 2]');
    // Run once more so the new test runs beside the examples before submitting, as a candidate would.
    await panel.run();
    await (await panel.locator('.run-results .report')).filter({ hasText: 'pair at the ends' }).waitFor({ timeout: 60_000 });
    await panel.submit();
    await panel.waitForReport('submission', 'accepted', 120_000);
    await captureInEveryTheme(workbench, 'submitted');

    await panel.openDebrief();
    // The debrief asks for a self-review first, and only then shows the results.
    const review = await workbench.webview('form.self-review', 30_000);
    for (const dimension of await review.locator('form.self-review fieldset').all()) await dimension.locator('input[value="3"]').check();
    await review.locator('#self-review-notes').fill('Should have asked about negatives before planning.');
    await review.locator('form.self-review button[type="submit"]').click();
    const breakdown = 'section[aria-labelledby="phases-title"]';
    const debrief = await workbench.webview(breakdown, 30_000);
    const phases = await debrief.locator(`${breakdown} table`).innerText();
    for (const phase of ['clarify', 'plan', 'code', 'test']) assert(new RegExp(phase, 'i').test(phases), `the debrief's phase breakdown lacks ${phase}: ${phases}`);
    // The interviewer's view on efficiency: the hash map is efficient at interview scale (two-sum's tier).
    const tests = await debrief.locator('section[aria-labelledby="tests-title"]').innerText();
    assert(/Accepted, and efficient at interview scale: .*as O\(n\) allows/.test(tests), `the debrief does not give the efficiency verdict:\n${tests}`);
    await captureInEveryTheme(workbench, 'debrief');

    // Back in the explorer, Two Sum now counts as solved, with its best time, and History lists the session.
    await workbench.openView('Onsite');
    const sideBar = workbench.page.locator('.part.sidebar');
    const history = sideBar.locator('.pane', { hasText: 'History' }).last();
    await history.locator('.monaco-list-row', { hasText: 'Two Sum' }).filter({ hasText: 'accepted' }).first().waitFor({ timeout: 30_000 });
    // The sections below would leave Two Sum, the 14th easy problem, past the explorer's rendered rows.
    await workbench.collapseSection('Study Plan');
    await workbench.collapseSection('History');
    const easy = sideBar.locator('.monaco-list-row', { hasText: 'Easy' }).first();
    await easy.filter({ hasText: /1\/\d+ solved/ }).waitFor({ timeout: 30_000 });
    const twoSum = sideBar.locator('.monaco-list-row', { hasText: 'Two Sum' }).first();
    await twoSum.filter({ hasText: 'best' }).waitFor({ timeout: 30_000 });
    assert(/1\/\d+ solved/.test(await easy.innerText()), `the Easy group does not count the solve: ${await easy.innerText()}`);
    await workbench.setTheme('light');
    await workbench.parkPointer();
    await workbench.screenshot('explorer-solved-light');
  },
};
