/** The Study Plan view: the list by topic with progress, coming-soon problems inert, a click starting a bundled one. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { STUDY_LIST } from '../../../src/problems/studyList';
import { InterviewPanel } from '../interviewPanel';
import { assert, FLOW_SETTINGS, type Flow } from './flow';

/** The list's problems the bank does not hold yet (none once all 150 are bundled). */
function notBundled(): string[] {
  const bank = join(__dirname, '..', '..', '..', 'problems');
  return STUDY_LIST.flatMap((t) => t.problems).filter((p) => !existsSync(join(bank, p.id, 'problem.json'))).map((p) => p.title);
}

export const studyPlanFlow: Flow = {
  name: 'the Study Plan lists the 150 by topic with progress per topic and starts a problem from the list',
  slug: 'study-plan',
  settings: FLOW_SETTINGS,
  async run(workbench) {
    await workbench.open();
    await workbench.openView('Onsite');
    // The first-run walkthrough opens once the view is seen; closed first, it cannot take focus from a later picker.
    const walkthrough = workbench.page.locator('.gettingStartedContainer').first();
    await walkthrough.waitFor({ timeout: 30_000 });
    await workbench.runCommand('View: Close All Editors');
    await walkthrough.waitFor({ state: 'detached', timeout: 10_000 });
    const plan = workbench.page.locator('.part.sidebar .pane', { hasText: 'Study Plan' }).first();
    await plan.waitFor({ timeout: 30_000 });

    // A fresh profile: nothing solved, every topic counted against the whole list, not against the bank.
    const arrays = plan.locator('.monaco-list-row', { hasText: 'Arrays & Hashing' }).first();
    await arrays.waitFor({ timeout: 30_000 });
    const arraysLine = await arrays.innerText();
    assert(/0 of 9 solved/.test(arraysLine), `Arrays & Hashing has no "0 of 9 solved" line: ${arraysLine}`);
    const header = await plan.locator('.pane-header').first().innerText();
    assert(/0 of 150 solved/.test(header), `the view's description does not count the list: ${header}`);
    // Collapsed topics below the open one still carry their line (rows past the pane's height are not rendered).
    const twoPointers = plan.locator('.monaco-list-row', { hasText: 'Two Pointers' }).first();
    assert(/0 of 5 solved/.test(await twoPointers.innerText()), `Two Pointers: ${await twoPointers.innerText()}`);

    // The topic to pick up from is open. While the bank lacks some of the list, a problem not bundled yet
    // is there, marked, and does nothing; once it holds all 150, no row says "coming soon".
    const soon = plan.locator('.monaco-list-row', { hasText: 'coming soon' }).first();
    const missing = notBundled();
    if (missing.length > 0) await soon.waitFor({ timeout: 10_000 });
    const bundled = plan.locator('.monaco-list-row', { hasText: 'Contains Duplicate' }).first();
    assert(!/coming soon/.test(await bundled.innerText()), `Contains Duplicate is bundled but marked coming soon: ${await bundled.innerText()}`);
    await workbench.parkPointer();
    await workbench.screenshot('study-plan-light');
    await workbench.setTheme('dark');
    await workbench.screenshot('study-plan-dark');
    await workbench.setTheme('light');
    if (missing.length > 0) {
      await soon.click();
      const quickInputs = await workbench.page.locator('.quick-input-widget:visible').count();
      assert(quickInputs === 0, 'clicking a coming-soon problem opened a picker');
    } else {
      const marked = await plan.locator('.monaco-list-row', { hasText: 'coming soon' }).count();
      assert(marked === 0, `the bank holds the whole list, yet ${marked} rows say "coming soon"`);
    }

    // A bundled problem starts as it does from the explorer: the language, then the interview.
    await plan.locator('.monaco-list-row', { hasText: 'Two Sum' }).first().click();
    await workbench.pickQuickItem('JavaScript');
    const panel = new InterviewPanel(workbench);
    await panel.waitForPhase('Clarify', 60_000);
    await workbench.screenshot('study-plan-started');
  },
};
