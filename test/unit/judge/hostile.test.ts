import { strict as assert } from 'node:assert';
import { measureHostileCorpus, readHostileCorpus } from '../../../src/judge/hostileCorpus';
import { testWorkerScript } from './workerBuild';

describe('judge / hostile corpus', function () {
  // Each file needs at most twice its limit plus the watchdog margin; the whole corpus takes a minute or two.
  this.timeout(600_000);

  it('declares a verdict in every file, at least forty of them', () => {
    const cases = readHostileCorpus();
    assert.ok(cases.length >= 40, `${cases.length} files`);
    const kinds = new Set(cases.map((c) => c.expect));
    for (const verdict of ['accepted', 'wrong_answer', 'time_limit_exceeded', 'memory_limit_exceeded', 'runtime_error', 'compile_error']) {
      assert.ok(kinds.has(verdict as never), `no file expects ${verdict}`);
    }
  });

  it('gives every file its declared verdict, keeps the host alive and still accepts a correct submission', async () => {
    const figures = await measureHostileCorpus({ workerScript: await testWorkerScript() });
    const mismatches = figures.results.filter((r) => r.verdict !== r.expect).map((r) => `${r.file}: expected ${r.expect}, got ${r.verdict} (${r.message ?? ''})`);
    assert.deepEqual(mismatches, []);
    assert.equal(figures.verdictsMatched, figures.files);
    assert.ok(figures.acceptedAfterwards, 'a correct solution is accepted after the corpus');
    // Generous bound only: the box is shared, so a loaded scheduler may stretch any single test.
    const wayOver = figures.results.filter((r) => r.slowestTestMs > r.boundMs * 4);
    assert.deepEqual(wayOver.map((r) => `${r.file} ${Math.round(r.slowestTestMs)} ms`), []);
    const slowest = figures.results.reduce((a, b) => (a.slowestTestMs / a.boundMs >= b.slowestTestMs / b.boundMs ? a : b));
    console.log(
      `      hostile corpus: ${figures.verdictsMatched}/${figures.files} verdicts; slowest ${figures.slowestFile} ${Math.round(figures.slowestTestMs)} ms;` +
        ` closest to its bound ${slowest.file} ${Math.round(slowest.slowestTestMs)}/${slowest.boundMs} ms;` +
        ` host memory growth ${figures.hostMemoryGrowthMb.toFixed(1)} MB; event-loop stall ${figures.longestEventLoopStallMs.toFixed(0)} ms (idle ${figures.idleEventLoopStallMs.toFixed(0)} ms)`,
    );
  });
});
