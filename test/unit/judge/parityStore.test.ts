import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needsParityPass } from '../../../src/judge/engineParity';
import { PARITY_STORE_FILE, parityStoreReader, writeParityStore } from '../../../src/judge/parityStore';
import { stripModuleSyntax } from '../../../src/judge/solutionSource';
import { transpileTypeScript } from '../../../src/judge/transpile';
import type { Problem } from '../../../src/problems/types';
import { bankProblem } from '../../builders/problems';

describe('parity store: the bank\'s own scripts through the engine-parity pass at build time', () => {
  let directory: string;
  let problems: Problem[];

  before(async () => {
    directory = mkdtempSync(join(tmpdir(), 'onsite-parity-'));
    // two-sum's generator only looks as if it needs the pass (an array spread); lru-cache's and
    // kth-largest's scripts destructure, so the pass rewrites them.
    problems = await Promise.all(['two-sum', 'lru-cache', 'kth-largest-element-in-an-array', 'valid-anagram'].map(bankProblem));
    await writeParityStore(directory, problems);
  });

  after(() => { rmSync(directory, { recursive: true, force: true }); });

  it('gives every stored script exactly what the live pass gives', async () => {
    const read = parityStoreReader(directory);
    let found = 0;
    let rewritten = 0;
    for (const problem of problems) {
      for (const script of [problem.generator, problem.validator ?? '', problem.reference, stripModuleSyntax(problem.reference), ...problem.mutants.map((m) => m.source)]) {
        if (!needsParityPass(script)) {
          assert.equal(read(script), undefined, 'a script that needs no pass has no entry');
          continue;
        }
        const stored = read(script);
        assert.ok(stored !== undefined, `${problem.meta.id}: a script that needs the pass is stored`);
        found++;
        const live = await transpileTypeScript(script, { javascript: true, parity: true });
        assert.ok(live.ok);
        assert.equal(stored.script, live.script, `${problem.meta.id}: the stored script is the live pass's`);
        assert.equal(stored.parityHelpers, live.parityHelpers);
        if (live.script !== script) {
          rewritten++;
          assert.deepEqual(stored.lineMap, live.lineMap, 'error positions map back as they would live');
        }
      }
    }
    assert.ok(found >= 3, `only ${found} scripts were looked up`);
    assert.ok(rewritten >= 1, 'no script was rewritten: the test covers only "unchanged" entries');
  });

  it('misses a script that differs by one character, so an edited problem is transformed live', () => {
    const read = parityStoreReader(directory);
    const [twoSum] = problems;
    assert.ok(twoSum !== undefined && read(twoSum.generator) !== undefined);
    assert.equal(read(`${twoSum.generator} `), undefined);
  });

  it('reads a missing, corrupt or older store as empty, never as an error', () => {
    const [twoSum] = problems;
    assert.ok(twoSum !== undefined);
    const other = mkdtempSync(join(tmpdir(), 'onsite-parity-'));
    try {
      assert.equal(parityStoreReader(other)(twoSum.generator), undefined, 'missing');
      writeFileSync(join(other, PARITY_STORE_FILE), '{ not json');
      assert.equal(parityStoreReader(other)(twoSum.generator), undefined, 'corrupt');
      const current = JSON.parse(readFileSync(join(directory, PARITY_STORE_FILE), 'utf8')) as { format: string };
      writeFileSync(join(other, PARITY_STORE_FILE), JSON.stringify({ ...current, format: 'parity-js/0' }));
      assert.equal(parityStoreReader(other)(twoSum.generator), undefined, 'another format');
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
