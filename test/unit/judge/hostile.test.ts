import { strict as assert } from 'node:assert';
import { HOSTILE_CLASSES, measureHostileCorpus, readHostileCorpus } from '../../reliability/hostileCorpus';
import { testWorkerScript } from './workerBuild';

describe('judge / hostile corpus', function () {
  // Every submission is bounded, but a judge without that bound (or a loaded machine) can take
  // minutes over the whole corpus; the wall-clock goals live in `npm run reliability`.
  this.timeout(1_800_000);

  it('declares a verdict and a class in every file, at least forty of them', () => {
    const cases = readHostileCorpus();
    assert.ok(cases.length >= 40, `${cases.length} files`);
    const kinds = new Set(cases.map((c) => c.expect));
    for (const verdict of ['accepted', 'wrong_answer', 'time_limit_exceeded', 'memory_limit_exceeded', 'runtime_error', 'compile_error']) {
      assert.ok(kinds.has(verdict as never), `no file expects ${verdict}`);
    }
    const classes = new Set(cases.map((c) => c.className));
    assert.deepEqual(HOSTILE_CLASSES.filter((c) => !classes.has(c)), [], 'every class has a file');
    assert.ok(cases.some((c) => c.submitFull), 'some files are judged on the whole Submit suite');
  });

  it('gives every file its declared verdict, bounds every submission and still accepts a correct one', async () => {
    const figures = await measureHostileCorpus({ workerScript: await testWorkerScript() });
    const counted = figures.results.filter((r) => r.pending === undefined);
    const pending = figures.results.filter((r) => r.pending !== undefined);
    for (const r of pending) {
      console.log(`      pending (${r.pending ?? ''}): ${r.file} ${r.contained ? 'already contained' : `${r.mismatch ?? ''} (${r.message ?? ''})`}`);
    }
    for (const c of figures.classes) {
      console.log(
        `      ${c.className}: ${c.contained}/${c.files} contained; worst wall ${Math.round(c.worstWallMs)} ms (${c.worstWallFile});` +
          ` host RSS ${c.worstRssMb.toFixed(0)} MB (+${c.worstRssGrowthMb.toFixed(0)}); stall ${c.worstStallMs.toFixed(0)} ms`,
      );
    }
    console.log(
      `      hostile corpus: ${figures.contained}/${figures.files} contained (+${figures.pendingContained}/${figures.pendingFiles} pending);` +
        ` host RSS ${figures.hostRssBeforeMb.toFixed(0)} → peak ${figures.hostRssPeakMb.toFixed(0)} MB;` +
        ` event-loop stall ${figures.longestEventLoopStallMs.toFixed(0)} ms (idle ${figures.idleEventLoopStallMs.toFixed(0)} ms)`,
    );
    const mismatches = counted.filter((r) => !r.contained).map((r) => `${r.file}: ${r.mismatch ?? ''} (${r.message ?? ''})`);
    // Generous bound only: the box is shared, so a loaded scheduler may stretch any submission.
    const wayOver = figures.results.filter((r) => r.wallMs > 4 * r.boundMs).map((r) => `${r.file}: ${Math.round(r.wallMs)} ms, bound ${r.boundMs} ms`);
    assert.deepEqual({ mismatches, wayOver }, { mismatches: [], wayOver: [] });
    assert.equal(figures.contained, figures.files);
    assert.ok(figures.acceptedAfterwards, 'a correct solution is accepted after the corpus');
  });
});
