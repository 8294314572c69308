import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { activeOnsite, advanceToCode, closeInterview, interviewTab, startProblem } from './onsite';
import { REPO_ROOT } from './paths';

describe('interview session', () => {
  before(async () => { await activeOnsite(); });
  afterEach(async () => { await closeInterview(); });

  it('starting a problem opens the interview panel, and the code phase creates the solution file from the starter', async () => {
    await startProblem('two-sum');
    assert.ok(interviewTab(), 'no interview panel');
    const solution = await advanceToCode('two-sum');
    assert.ok(existsSync(solution.fsPath), `${solution.fsPath} does not exist`);
    assert.equal(readFileSync(solution.fsPath, 'utf8'), readFileSync(`${REPO_ROOT}/problems/two-sum/starter.js`, 'utf8'));
  });
});
