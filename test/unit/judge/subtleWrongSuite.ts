import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Judge } from '../../../src/judge/judge';
import { loadProblem } from '../../../src/problems/loader';
import { repoRoot, testWorkerScript } from './workerBuild';

/**
 * Subtly wrong solutions an interview candidate really writes (a falsy-zero minimum, a key that
 * collides on wide grids, an early `break`): each must be rejected by its problem's Submit suite,
 * or the suite is too thin to trust. Each file's first line names its bug.
 * One suite per part of the bank (subtleWrongB/C/D.test.ts name their problems).
 */
const fixturesDir = join(repoRoot, 'test', 'fixtures', 'subtle-wrong');

export function describeSubtleWrong(part: string, problemIds: readonly string[]): void {
  describe(`judge / subtle wrong solutions (${part})`, function () {
    this.timeout(600_000);

    for (const problemId of problemIds) {
      it(`rejects every subtly wrong ${problemId}`, async () => {
        const dir = join(fixturesDir, problemId);
        const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')).sort() : [];
        assert.ok(files.length > 0, `no subtly wrong solutions under ${dir}`);
        const loaded = await loadProblem(join(repoRoot, 'problems', problemId), 'bundled');
        if (!loaded.ok) throw new Error(`problem ${problemId} is broken: ${JSON.stringify(loaded.broken.issues)}`);
        const judge = new Judge({ workerScript: await testWorkerScript() });
        try {
          const accepted: string[] = [];
          for (const file of files) {
            const source = readFileSync(join(dir, file), 'utf8');
            assert.match(source.split('\n')[0] ?? '', /^\/\/ Bug: /, `${file}: the first line must name the bug ("// Bug: …")`);
            await judge.warm();
            const report = await judge.submit(loaded.problem, source, 'javascript');
            if (report.verdict === 'accepted') accepted.push(file);
          }
          assert.deepEqual(accepted, [], `subtly wrong ${problemId} solutions the hidden tests accept`);
        } finally {
          await judge.dispose();
        }
      });
    }
  });
}
