/** Around the interview: the first-run walkthrough, the problem explorer, and Start's combined filters. */
import { InterviewPanel } from '../interviewPanel';
import { assert, FLOW_SETTINGS, type Flow } from './flow';

export const explorerAndWalkthrough: Flow = {
  name: 'first run shows the walkthrough, never again after; the explorer and combined Start filters lead to an interview',
  slug: 'explorer',
  settings: FLOW_SETTINGS,
  async run(workbench) {
    await workbench.open();
    // Opening the Onsite view activates the extension for the first time: the walkthrough follows.
    await workbench.openView('Onsite');
    const walkthrough = workbench.page.locator('.gettingStartedContainer', { hasText: 'Mock interviews with Onsite' }).first();
    await walkthrough.waitFor({ timeout: 30_000 });
    await walkthrough.locator('.getting-started-step', { hasText: 'The four phases' }).first().waitFor({ timeout: 10_000 });
    // Opening the view left the pointer on the activity bar, whose tooltip would cover the tree.
    await workbench.parkPointer();
    await workbench.screenshot('walkthrough-light');

    const tree = workbench.page.locator('.part.sidebar .pane', { hasText: 'Problems' }).first();
    const easy = tree.locator('.monaco-list-row', { hasText: 'Easy' }).first();
    await easy.waitFor({ timeout: 30_000 });
    assert(/0\/\d+ solved/.test(await easy.innerText()), `the Easy group has no solved count: ${await easy.innerText()}`);
    await tree.locator('.monaco-list-row', { hasText: 'Binary Search' }).first().waitFor({ timeout: 10_000 });
    await workbench.screenshot('explorer-light');
    // Rows past the section's height are not rendered: collapsing Easy brings the next group into view.
    await easy.click();
    const medium = tree.locator('.monaco-list-row', { hasText: 'Medium' }).first();
    await medium.waitFor({ timeout: 10_000 });
    assert(/0\/\d+ solved/.test(await medium.innerText()), `the Medium group has no solved count: ${await medium.innerText()}`);
    await easy.click();
    await workbench.setTheme('dark');
    await workbench.screenshot('explorer-dark');
    await workbench.setTheme('light');

    // Once shown, the walkthrough never opens by itself again: close it, reload, and it stays closed
    // through the rest of the flow (many seconds past the moment it would have opened).
    await workbench.runCommand('View: Close All Editors');
    await walkthrough.waitFor({ state: 'detached', timeout: 10_000 });
    await workbench.reload();
    await workbench.openView('Onsite');
    await workbench.page.locator('.part.sidebar .monaco-list-row', { hasText: 'Binary Search' }).first().waitFor({ timeout: 30_000 });

    // Start with two filters of different kinds: only medium graph problems are offered.
    await workbench.runCommand('Onsite: Start Interview');
    await workbench.checkQuickItem('medium');
    await workbench.checkQuickItem('graph');
    const title = await workbench.quickPickTitle();
    assert(/\b\d+ of \d+ problems match/.test(title), `the filter title does not count the matches: ${title}`);
    await workbench.acceptQuickPick();
    // The list is longer than the picker shows (the bank has a dozen medium graph problems): ask it by name.
    const offered = await workbench.quickItemLabels();
    const islands = await workbench.quickItemLabelsFiltered('Number of Islands');
    assert(islands.some((l) => l.includes('Number of Islands')), `Number of Islands (medium, graph) is missing: ${offered.join(' | ')}`);
    const twoSum = await workbench.quickItemLabelsFiltered('Two Sum');
    assert(!twoSum.some((l) => l.includes('Two Sum')), `Two Sum (easy) passed a medium filter: ${twoSum.join(' | ')}`);
    const walkthroughTabs = await workbench.page.locator('.tabs-container .tab', { hasText: 'Walkthrough' }).count();
    assert(walkthroughTabs === 0, 'the walkthrough opened again after a reload');
    await workbench.pickQuickItem('Number of Islands');
    await workbench.pickQuickItem('JavaScript');
    const panel = new InterviewPanel(workbench);
    await panel.waitForPhase('Clarify', 60_000);
  },
};
