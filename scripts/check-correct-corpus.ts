/**
 * Judges the correct-solution corpus on each problem's full Submit suite and prints a table:
 * problem, file, verdict, slowest test / time limit, and the first failing test of a rejection.
 * Usage: npm run build && node --import tsx scripts/check-correct-corpus.ts [--lanes N] [--factor F] [problem-id …]
 * One lane (the default) gives the steadiest timings; two halve the wall time on an idle two-core box.
 * `--factor 10` multiplies every limit, so a rejected solution shows how long it really takes (for calibration).
 */
import { join } from 'node:path';
import { judgeCorrectCorpus, readCorrectCorpus, readRejections } from '../test/reliability/correctCorpus';

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const lanesAt = argv.indexOf('--lanes');
  const lanes = lanesAt >= 0 ? Number(argv.splice(lanesAt, 2)[1]) : 1;
  const factorAt = argv.indexOf('--factor');
  const timeLimitFactor = factorAt >= 0 ? Number(argv.splice(factorAt, 2)[1]) : undefined;
  const only = new Set(argv);
  const solutions = readCorrectCorpus().filter((s) => only.size === 0 || only.has(s.problemId));
  const known = readRejections();
  const started = performance.now();
  const results = await judgeCorrectCorpus({
    solutions,
    lanes,
    ...(timeLimitFactor !== undefined ? { timeLimitFactor } : {}),
    workerScript: join(__dirname, '..', 'dist', 'worker.js'),
    onResult: (r) => {
      const timing = `${Math.round(r.slowestTestMs)}/${r.timeLimitMs} ms`;
      const listed = known.has(`${r.problemId}/${r.file}`) ? ' (listed in REJECTIONS.md)' : '';
      const failure = r.firstFailure ? `  ${r.firstFailure.id} "${r.firstFailure.label}": ${r.firstFailure.message.replace(/\s+/g, ' ').slice(0, 200)}` : '';
      console.log(`${r.problemId.padEnd(46)} ${r.file.padEnd(28)} ${r.verdict.padEnd(20)} ${timing.padStart(12)}${listed}${failure}`);
    },
  });
  const accepted = results.filter((r) => r.verdict === 'accepted').length;
  console.log(`\n${accepted}/${results.length} accepted in ${Math.round((performance.now() - started) / 1000)} s`);
  const perProblem = new Map<string, (typeof results)[number]>();
  for (const r of results.filter((x) => x.verdict === 'accepted')) {
    const prev = perProblem.get(r.problemId);
    if (!prev || r.slowestTestMs > prev.slowestTestMs) perProblem.set(r.problemId, r);
  }
  console.log('\nslowest accepted solution per problem:');
  for (const [id, r] of [...perProblem].sort()) console.log(`${id.padEnd(46)} ${r.file.padEnd(28)} ${Math.round(r.slowestTestMs)}/${r.timeLimitMs} ms`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
