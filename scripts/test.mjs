// `npm test`: every test stage in order, each streamed as it runs, then one closing line
// "tests: N passed, N failed" that CI reads. A stage that fails does not stop the later ones,
// so one run shows everything that is broken.
import { spawn } from 'node:child_process';

const stages = [
  { name: 'unit', cmd: 'npx', args: ['mocha'] },
  // The bank is validated through the built CLI, exactly as an author runs `onsite validate`.
  { name: 'bank', cmd: 'bash', args: ['-c', 'npm run --silent build && node dist/cli.js validate problems'] },
  // #21: every problem's tests must kill ≥ 98% of the reference's non-equivalent mutants. Equivalence
  // checks already recorded in equivalent-mutants.json (same inputs, validator, reference, mutant) are reused.
  { name: 'mutation gate', cmd: 'bash', args: ['-c', 'npm run --silent build && node dist/cli.js validate --mutation problems'] },
  { name: 'integration (desktop VS Code)', cmd: 'node', args: ['--import', 'tsx', 'test/integration/runDesktop.ts'] },
  { name: 'e2e (code-server + Chromium)', cmd: 'bash', args: ['test/e2e/run.sh'] },
];

function run(stage) {
  return new Promise((resolve) => {
    const started = Date.now();
    let output = '';
    const child = spawn(stage.cmd, stage.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => { output += d; process.stdout.write(d); });
    child.stderr.on('data', (d) => { output += d; process.stderr.write(d); });
    child.on('close', (code) => resolve({ code: code ?? 1, output, seconds: (Date.now() - started) / 1000 }));
    child.on('error', (err) => resolve({ code: 1, output: String(err), seconds: 0 }));
  });
}

/** Counts from mocha's spec reporter ("12 passing", "1 failing") or our own "N passed, N failed" lines. */
function counts(output, code) {
  const pass = [...output.matchAll(/^\s*(\d+) passing/gm)].reduce((s, m) => s + Number(m[1]), 0)
    + [...output.matchAll(/^[\w-]*:? ?(\d+) passed, (\d+) failed/gm)].reduce((s, m) => s + Number(m[1]), 0);
  const fail = [...output.matchAll(/^\s*(\d+) failing/gm)].reduce((s, m) => s + Number(m[1]), 0)
    + [...output.matchAll(/^[\w-]*:? ?(\d+) passed, (\d+) failed/gm)].reduce((s, m) => s + Number(m[2]), 0);
  return { pass, fail: fail === 0 && code !== 0 ? 1 : fail };
}

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
const summary = [];
for (const stage of stages) {
  if (only.length && !only.some((o) => stage.name.startsWith(o))) continue;
  console.log(`\n=== ${stage.name} ===`);
  const result = await run(stage);
  const c = counts(result.output, result.code);
  passed += c.pass;
  failed += c.fail;
  summary.push(`${stage.name}: ${result.code === 0 ? 'ok' : 'FAILED'} (${c.pass} passed, ${c.fail} failed, ${result.seconds.toFixed(1)} s)`);
}
console.log('\n' + summary.join('\n'));
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
