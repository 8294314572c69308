import { strict as assert } from 'node:assert';
import { measureHostileCorpus, PYTHON_CORPUS_DIR, readHostileCorpus } from '../../reliability/hostileCorpus';
import { testWorkerScript } from './workerBuild';

describe('judge / Python hostile corpus', function () {
  this.timeout(1_800_000);

  it('declares a verdict and a class in every file, at least thirty of them, every verdict covered', () => {
    const cases = readHostileCorpus(PYTHON_CORPUS_DIR);
    assert.ok(cases.length >= 30, `${cases.length} files`);
    assert.ok(cases.every((c) => c.language === 'python'));
    const kinds = new Set(cases.map((c) => c.expect));
    for (const verdict of ['accepted', 'wrong_answer', 'time_limit_exceeded', 'memory_limit_exceeded', 'runtime_error', 'compile_error']) {
      assert.ok(kinds.has(verdict as never), `no file expects ${verdict}`);
    }
    assert.ok(cases.filter((c) => c.className === 'escape').length >= 10, 'every escape route has a file');
  });

  it('gives every file its declared verdict, bounds every submission and still accepts a correct one', async () => {
    const figures = await measureHostileCorpus({ corpusDir: PYTHON_CORPUS_DIR, workerScript: await testWorkerScript() });
    for (const c of figures.classes) {
      console.log(`      ${c.className}: ${c.contained}/${c.files} contained; worst wall ${Math.round(c.worstWallMs)} ms (${c.worstWallFile}); stall ${c.worstStallMs.toFixed(0)} ms`);
    }
    const mismatches = figures.results.filter((r) => !r.contained).map((r) => `${r.file}: ${r.mismatch ?? ''} (${r.message ?? ''})`);
    const wayOver = figures.results.filter((r) => r.wallMs > 4 * r.boundMs).map((r) => `${r.file}: ${Math.round(r.wallMs)} ms, bound ${r.boundMs} ms`);
    assert.deepEqual({ mismatches, wayOver }, { mismatches: [], wayOver: [] });
    assert.ok(figures.acceptedAfterwards, 'a correct Python solution is accepted after the corpus');
  });
});
