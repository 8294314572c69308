import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { activeOnsite, interviewTab, nextPhase, waitFor } from './onsite';
import { RELOAD_HANDOFF } from './paths';

describe('after a window reload', () => {
  it('the interview is still running: its panel is back (restored or resumed) and its solution kept', async function () {
    // The whole window is restoring at the same time; on a busy machine that takes a while.
    this.timeout(90_000);
    assert.ok(existsSync(RELOAD_HANDOFF), 'the first round did not leave a session behind');
    const { solution } = JSON.parse(readFileSync(RELOAD_HANDOFF, 'utf8')) as { solution: string };
    await activeOnsite();
    // VS Code restores the panel when it persisted the window's editors before the reload; when the
    // reload outran that, the person resumes the interview from the palette. Either way it is the same one.
    const restored = await waitFor('the interview panel to be restored', () => interviewTab(), 30_000).catch(() => undefined);
    if (restored === undefined) await vscode.commands.executeCommand('onsite.resumeInterview');
    // A restored tab first shows the title VS Code persisted, which may be an older panel's; the
    // extension retitles it once it has revived the panel with the unfinished interview.
    const titles: string[] = [];
    await waitFor('the panel to show Valid Anagram', () => {
      const label = interviewTab()?.label ?? '(no panel)';
      if (titles.at(-1) !== label) titles.push(label);
      return /Valid Anagram/.test(label) ? true : undefined;
    }, 30_000).catch((error: unknown) => { throw new Error(`${String(error)}; the panel showed: ${titles.join(' → ')}`); });
    assert.match(readFileSync(solution, 'utf8'), /first idea: count letters/);
    // Which text editors come back is VS Code's editor persistence, not the extension's; a reload that
    // outruns it restores an older set, so the solution is checked on disk rather than as a tab.
    // The restored session still takes commands: moving to the test phase works.
    await nextPhase();
  });
});
