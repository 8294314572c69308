import { strict as assert } from 'node:assert';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  defaultCorrectCorpusDir,
  judgeCorrectCorpus,
  parseRejections,
  readCorrectCorpus,
  readRejections,
} from '../../../src/judge/correctCorpus';
import { repoRoot, testWorkerScript } from './workerBuild';

describe('judge / correct-solution corpus', function () {
  // 275 solutions on full Submit suites in two judges (each problem's references run once per judge):
  // several minutes on a shared two-core machine.
  this.timeout(900_000);

  it('holds at least five styled solutions per bundled problem, one of them TypeScript', () => {
    const solutions = readCorrectCorpus();
    const problems = readdirSync(join(repoRoot, 'problems')).filter((d) => existsSync(join(repoRoot, 'problems', d, 'problem.json')));
    const thin = problems.filter((id) => {
      const mine = solutions.filter((s) => s.problemId === id);
      return mine.length < 5 || !mine.some((s) => s.language === 'typescript');
    });
    assert.deepEqual(thin, [], 'problems with fewer than five solutions or no TypeScript one');
    assert.ok(solutions.every((s) => s.style.length > 0));
  });

  it('reads the rejection table rows and nothing else', () => {
    const keys = parseRejections(
      [
        '# Rejections',
        '| problem | file | verdict |',
        '|---|---|---|',
        '| `two-sum` | `brute-force.js` | time_limit_exceeded |',
        '| move-zeroes | splice-push.js | time_limit_exceeded |',
        'two-sum | prose.js | not a row',
      ].join('\n'),
    );
    assert.deepEqual([...keys].sort(), ['move-zeroes/splice-push.js', 'two-sum/brute-force.js']);
  });

  it('lists only rejections that name a corpus file', () => {
    const files = new Set(readCorrectCorpus().map((s) => `${s.problemId}/${s.file}`));
    const stale = [...readRejections()].filter((key) => !files.has(key));
    assert.deepEqual(stale, [], `rows in ${join(defaultCorrectCorpusDir(), 'REJECTIONS.md')} without a file`);
  });

  it('accepts every correct solution on the full Submit suite except the listed rejections', async () => {
    const known = readRejections();
    const results = await judgeCorrectCorpus({ workerScript: await testWorkerScript(), lanes: 2 });
    const unexpected = results
      .filter((r) => r.verdict !== 'accepted' && !known.has(`${r.problemId}/${r.file}`))
      .map((r) => `${r.problemId}/${r.file}: ${r.verdict} at ${r.firstFailure?.id ?? '?'} "${r.firstFailure?.label ?? ''}": ${r.firstFailure?.message ?? ''}`);
    const nowAccepted = results.filter((r) => r.verdict === 'accepted' && known.has(`${r.problemId}/${r.file}`));
    for (const r of nowAccepted) console.log(`      now accepted, remove from REJECTIONS.md: ${r.problemId}/${r.file}`);
    const accepted = results.filter((r) => r.verdict === 'accepted').length;
    const closest = results
      .filter((r) => r.verdict === 'accepted')
      .reduce((a, b) => (a.slowestTestMs / a.timeLimitMs >= b.slowestTestMs / b.timeLimitMs ? a : b));
    console.log(
      `      correct corpus: ${accepted}/${results.length} accepted, ${known.size} known rejections;` +
        ` closest to its limit ${closest.problemId}/${closest.file} ${Math.round(closest.slowestTestMs)}/${closest.timeLimitMs} ms`,
    );
    assert.deepEqual(unexpected, []);
  });
});
