/** The interviewer asks back when a question could mean two things, and steers small talk back to the problem. */
import { assert, FLOW_SETTINGS, startFromPalette, type Flow } from './flow';

export const askBack: Flow = {
  name: 'an ambiguous question is asked back, the choice answered; small talk is steered back',
  slug: 'ask-back',
  settings: FLOW_SETTINGS,
  async run(workbench) {
    const panel = await startFromPalette(workbench, 'Top K Frequent Elements');
    await panel.ask("How's your day going?");
    const steered = await panel.lastAnswer(1);
    // Small talk gets an in-character reply of its kind (a greeting is answered as one) that steers
    // back to the problem, shown as small talk and never as a made-up answer about the input.
    const smallTalk = await panel.locator('ol.transcript > li:nth-child(1) p.a.small-talk');
    assert((await smallTalk.count()) === 1 && /about the problem|focus on the problem/.test(steered) && !/assumption/i.test(steered), `small talk was not steered back: ${steered}`);

    // The issue's own example: ties or k's range? The interviewer asks rather than guessing.
    await panel.ask('What if two numbers appear the same number of times?');
    const choices = await panel.locator('ol.transcript [data-ask-back] .choices vscode-button');
    await choices.first().waitFor({ timeout: 20_000 });
    const labels = await choices.allInnerTexts();
    assert(labels.length === 3 && /^\(1\) What if several values tie/.test(labels[0] ?? '') && labels[2] === 'Neither', `unexpected choices: ${JSON.stringify(labels)}`);
    const askedBack = await panel.lastAnswer(2);
    assert(askedBack.startsWith('Interviewer: Do you mean: (1)'), `no ask-back text: ${askedBack}`);
    // The first choice has the keyboard: Enter picks it.
    const frame = await panel.frame();
    const hasFocus = await frame
      .waitForFunction(() => (document.activeElement?.textContent ?? '').startsWith('(1) '), undefined, { timeout: 5_000 })
      .then(() => true, () => false);
    assert(hasFocus, `the first choice does not have the focus: ${await frame.evaluate(() => document.activeElement?.textContent ?? '')}`);
    await workbench.screenshot('ask-back-light');
    await frame.locator('ol.transcript [data-ask-back] .choices vscode-button').first().press('Enter');
    const answer = (await panel.locator('ol.transcript > li:nth-child(2) p.a.matched')).first();
    await answer.waitFor({ timeout: 20_000 });
    const text = await answer.innerText();
    assert(text.includes('uniquely determined'), `the chosen clarification was not answered: ${text}`);
    assert((await choices.count()) === 0, 'the choices are still offered after the pick');
    await workbench.screenshot('ask-back-answered-light');
  },
};
