import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { needsParityPass } from '../../../src/judge/engineParity';
import { entryPath, PARITY_STORE_DIRECTORY, parityKey, parityStoreReader, writeParityStore } from '../../../src/judge/parityStore';
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

  it('writes one file per script, so a Submit reads only its own problem\'s entries', async () => {
    const files = readdirSync(join(directory, PARITY_STORE_DIRECTORY));
    const stored = await writeParityStore(directory, problems);
    assert.equal(files.length, stored, 'a file per stored script, and nothing left from the previous write');
    assert.ok(files.every((f) => /^[0-9a-f]{64}\.json$/.test(f)));
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
      mkdirSync(join(other, PARITY_STORE_DIRECTORY));
      const key = parityKey(twoSum.generator);
      writeFileSync(entryPath(other, key), '{ not json');
      assert.equal(parityStoreReader(other)(twoSum.generator), undefined, 'corrupt');
      const current = JSON.parse(readFileSync(entryPath(directory, key), 'utf8')) as { format: string };
      writeFileSync(entryPath(other, key), JSON.stringify({ ...current, format: 'parity-js/0' }));
      assert.equal(parityStoreReader(other)(twoSum.generator), undefined, 'another format');
      writeFileSync(entryPath(other, key), JSON.stringify(current));
      assert.ok(parityStoreReader(other)(twoSum.generator) !== undefined, 'the same entry, whole, is found');
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
