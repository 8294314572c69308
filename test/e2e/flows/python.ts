/** A Python interview: an infinite loop stopped at the limit while the editor answers, then a solve to the debrief. */
import { assert, FLOW_SETTINGS, runIntoTimeLimitWhileResponsive, skipToCode, startFromPalette, TWO_SUM, type Flow } from './flow';

const PYTHON_TWO_SUM = {
  correct: [
    'class Solution:',
    '    def twoSum(self, nums: List[int], target: int) -> List[int]:',
    '        seen = {}',
    '        for i, x in enumerate(nums):',
    '            if target - x in seen:',
    '                return [seen[target - x], i]',
    '            seen[x] = i',
    '        return []',
  ].join('\n'),
  infinite: ['class Solution:', '    def twoSum(self, nums: List[int], target: int) -> List[int]:', '        while True:', '            pass'].join('\n'),
};

export const pythonInterview: Flow = {
  name: 'Python interview: an infinite loop ends in TLE with a responsive editor, then a solve to the debrief',
  slug: 'python-interview',
  settings: FLOW_SETTINGS,
  async run(workbench) {
    const panel = await startFromPalette(workbench, TWO_SUM.title, 'Python 3');
    await skipToCode(panel);
    const signature = await (await panel.locator('pre.signature')).innerText();
    assert(/def twoSum\(self, nums: List\[int\], target: int\) -> List\[int\]/.test(signature), `the code pane shows a signature other than Python's: ${signature}`);
    await panel.openSolution();
    // Monaco renders spaces as no-break spaces.
    const starter = (await workbench.activeEditorText()).replace(/\u00a0/g, ' ');
    assert(/class Solution:/.test(starter) && /def twoSum\(self, nums: List\[int\], target: int\) -> List\[int\]:/.test(starter), `the Python starter is not LeetCode's: ${starter}`);
    await workbench.screenshot('python-starter-light');

    await workbench.typeIntoEditor(PYTHON_TWO_SUM.infinite);
    // While Python spins in its own process, the panel and the editor still answer.
    await runIntoTimeLimitWhileResponsive(workbench, panel, 'still typing while Python runs');
    await workbench.screenshot('python-time-limit-light');

    await panel.openSolution();
    await workbench.typeIntoEditor(PYTHON_TWO_SUM.correct);
    await panel.run();
    const run = await panel.waitForReport('run', 'accepted', 120_000);
    assert(/3 \/ 3 passed/.test(run), `the run did not pass the three examples: ${run}`);
    await panel.nextPhase('Test');
    await panel.submit();
    await panel.waitForReport('submission', 'accepted', 120_000);
    await workbench.screenshot('python-submitted-light');

    await panel.openDebrief();
    const review = await workbench.webview('form.self-review', 30_000);
    for (const dimension of await review.locator('form.self-review fieldset').all()) await dimension.locator('input[value="3"]').check();
    await review.locator('form.self-review button[type="submit"]').click();
    const breakdown = 'section[aria-labelledby="phases-title"]';
    const debrief = await workbench.webview(breakdown, 30_000);
    const phases = await debrief.locator(`${breakdown} table`).innerText();
    assert(/code/i.test(phases), `the debrief has no phase breakdown: ${phases}`);
    await workbench.screenshot('python-debrief-light');
  },
};
