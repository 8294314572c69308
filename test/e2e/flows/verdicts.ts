/** What the candidate sees when the code is wrong or never finishes. */
import { assert, FLOW_SETTINGS, runIntoTimeLimitWhileResponsive, TWO_SUM, twoSumInCode, type Flow } from './flow';

export const wrongAnswer: Flow = {
  name: 'a wrong solution shows Wrong Answer with the failing example',
  slug: 'wrong-answer',
  settings: FLOW_SETTINGS,
  async run(workbench) {
    const panel = await twoSumInCode(workbench, TWO_SUM.wrong);
    await panel.run();
    const report = await panel.waitForReport('run', 'wrong_answer');
    // The first example's pair is at indices 2 and 3, so [0, 1] fails it with its input on show.
    assert(report.includes('Expected') && report.includes('Actual'), `the failing test's details are not shown: ${report}`);
    assert(report.includes('[4,9,1,6]') || report.includes('[4, 9, 1, 6]'), `the failing example's input is not shown: ${report}`);
    await workbench.screenshot('wrong-answer-light');
  },
};

export const infiniteLoop: Flow = {
  name: 'an infinite loop reports Time Limit Exceeded and the UI stays responsive',
  slug: 'infinite-loop',
  settings: FLOW_SETTINGS,
  async run(workbench) {
    const panel = await twoSumInCode(workbench, TWO_SUM.infinite);
    // While the sandbox spins, the panel and the editor still answer.
    const report = await runIntoTimeLimitWhileResponsive(workbench, panel, 'still typing while the judge runs');
    // Fail-fast: the first test over the limit ends the run, and the panel says what was skipped.
    assert(/2 more not run: stopped at the first test over the time limit/.test(report), `no not-run line: ${report}`);
    await workbench.screenshot('time-limit-light');

    // Giving up now: the debrief must not credit code that never finished a test, nor blame an input.
    await (await panel.locator('#give-up')).click();
    await workbench.notificationButton('Give up').click();
    const review = await workbench.webview('form.self-review', 30_000);
    for (const dimension of await review.locator('form.self-review fieldset').all()) await dimension.locator('input[value="4"]').check();
    await review.locator('form.self-review button[type="submit"]').click();
    const scoresSection = 'section[aria-labelledby="scores-title"]';
    const debrief = await workbench.webview(scoresSection, 30_000);
    const codeQuality = await debrief.locator(`${scoresSection} tr`, { hasText: 'Code quality' }).innerText();
    assert(/not enough evidence/.test(codeQuality), `code that never finished a test was scored: ${codeQuality}`);
    const timeline = await debrief.locator('section[aria-labelledby="timeline-title"]').innerText();
    assert(/no test passed: time limit exceeded/.test(timeline), `the timeout is not reported as the whole solution's: ${timeline}`);
    assert(!/small random|negatives/.test(timeline), `an input kind is blamed for a timeout on every test: ${timeline}`);
    await debrief.locator(scoresSection).scrollIntoViewIfNeeded();
    await workbench.screenshot('gave-up-debrief-light');
  },
};
