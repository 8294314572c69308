import { strict as assert } from 'node:assert';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { defaultPythonCorpusDir, judgeCorrectCorpus, readCorrectCorpus } from '../../reliability/correctCorpus';
import { repoRoot, testWorkerScript } from './workerBuild';

describe('judge / Python correct-solution corpus', function () {
  // 168 solutions on full Submit suites in the Pyodide process: under a minute on a quiet machine.
  this.timeout(900_000);

  it('holds at least two LeetCode Python solutions per bundled problem, and the bank a starter.py for each', () => {
    const solutions = readCorrectCorpus(defaultPythonCorpusDir());
    const problems = readdirSync(join(repoRoot, 'problems')).filter((d) => existsSync(join(repoRoot, 'problems', d, 'problem.json')));
    assert.deepEqual(problems.filter((id) => solutions.filter((s) => s.problemId === id).length < 2), [], 'problems with fewer than two Python solutions');
    assert.deepEqual(problems.filter((id) => !existsSync(join(repoRoot, 'problems', id, 'starter.py'))), [], 'problems without starter.py');
    assert.ok(solutions.every((s) => s.language === 'python' && s.style.length > 0));
  });

  it('accepts every solution, as LeetCode does', async () => {
    const results = await judgeCorrectCorpus({ solutions: readCorrectCorpus(defaultPythonCorpusDir()), workerScript: await testWorkerScript() });
    const rejected = results.filter((r) => r.verdict !== 'accepted').map((r) => `${r.problemId}/${r.file}: ${r.verdict} on ${r.firstFailure?.label ?? '?'}: ${r.firstFailure?.message ?? ''}`);
    assert.deepEqual(rejected, []);
  });
});
