/**
 * `npm run bench`: every performance figure the README quotes, measured on this machine and printed.
 * Nothing here asserts a time: machines are shared and noisy, so figures are read, not gated.
 * Parts: judge (worker start, per-test overhead, hidden suites, QuickJS/Node), the Node built-in
 * groups (evaluation per test, speed on interview-sized inputs), activation and
 * bundle sizes, the bank's max-size margins (slow: pass --margins to include it), and the debrief's
 * growth judgement calibrated on every problem's reference and naive solution (slow: --growth), the
 * interviewer on the clarify evaluation set, each matching approach side by side (--calibrate also
 * re-derives the confidence bands from the banks' held-out phrasings), and the mutation gate's score
 * per problem (slow: --mutation), issue 21's per-problem table with engine parity (slow:
 * --problems [--lanes N] [--no-mutation] [--write-readme]), the Python sandbox (--python; --python-only skips the rest),
 * and issue 18's command-line and stall figures: `onsite judge` wall against a bare Node start and the
 * longest event-loop stall of a scripted interview (always), `onsite validate` on the whole bank (slow:
 * --validate-bank); --instant-only runs just that section, --judge-only just the judge's.
 */
import { join } from 'node:path';
import { Judge } from '../src/judge/judge';
import { benchActivation } from './bench/activation';
import { benchInstantFeel } from './bench/instantFeel';
import { formatMargins, measureBankMargins } from './bench/bank';
import { calibrate, heldOutScores } from './bench/calibrate';
import { bundledMetas, evaluateInterviewer, formatClarifyFigures, readEvalSet, splitByProblem } from './bench/clarify';
import { formatGrowth, measureBankGrowth } from './bench/growth';
import { benchJudge } from './bench/judge';
import { formatMutation, measureBankMutation } from './bench/mutation';
import { benchNodeBuiltins } from './bench/nodeBuiltins';
import { formatProblems, measureProblems, writeProblemsTable } from './bench/problems';
import { loadProblem } from '../src/problems/loader';
import { nodeRecursionDepth, sandboxRecursionDepth } from '../test/reliability/recursionDepth';
import { benchPython } from './bench/python';

const root = join(__dirname, '..');

async function withJudge(work: (judge: Judge) => Promise<void>): Promise<void> {
  const judge = new Judge({ workerScript: join(root, 'dist', 'worker.js') });
  try {
    await work(judge);
  } finally {
    await judge.dispose();
  }
}

async function benchInterviewer(calibrateBands: boolean): Promise<void> {
  const metas = await bundledMetas(join(root, 'problems'));
  const evalSet = readEvalSet(join(root, 'test', 'fixtures', 'clarify-eval'));
  const names = ['ngram', 'lexical', 'blend'] as const;
  const rows = names.map((name) => ({ name: name === 'ngram' ? 'ngram (used)' : name, figures: evaluateInterviewer(evalSet, metas, name) }));
  for (const line of formatClarifyFigures(rows)) console.log(line);
  const { tuning, heldOut } = splitByProblem(evalSet);
  const halves = [
    { name: `ngram, tuning half (${tuning.length} problems)`, figures: evaluateInterviewer(tuning, metas, 'ngram') },
    { name: `ngram, held-out half (${heldOut.length} problems)`, figures: evaluateInterviewer(heldOut, metas, 'ngram') },
  ];
  console.log('\nThe interviewer on each half of the set (split by problem; ideas were tuned on the first, read on the second):\n');
  for (const line of formatClarifyFigures(halves).slice(2)) console.log(line);
  if (!calibrateBands) return;
  console.log('\nBands chosen on held-out bank phrasings (≤ 2 % wrong, a quarter off-bank):');
  for (const name of names) {
    const c = calibrate(heldOutScores(metas.values(), name));
    console.log(`  ${name}: ${JSON.stringify(c.bands)} — held out: ${(100 * c.rightDirect).toFixed(1)} % direct, ${(100 * c.rightOrAskBack).toFixed(1)} % direct or ask-back, ${(100 * c.wrong).toFixed(1)} % wrong (${c.positives} phrasings, ${c.negatives} uncovered)`);
  }
}

/** The recursion depth of the same function in Node's default stack and in the sandbox (issue 21 item 5). */
async function recursionParity(): Promise<string> {
  const pairSum = await loadProblem(join(root, 'test', 'fixtures', 'problems', 'pair-sum'), 'user');
  if (!pairSum.ok) return 'recursion depth: the pair-sum fixture did not load';
  let sandbox = Number.NaN;
  await withJudge(async (judge) => { sandbox = await sandboxRecursionDepth(judge, pairSum.problem); });
  const node = nodeRecursionDepth();
  return `recursion depth of \`down(n)\` (one frame per call): Node ${process.version} default stack ${node.toLocaleString('en')}, sandbox ${sandbox.toLocaleString('en')} (${(sandbox / node).toFixed(2)}× Node's)`;
}

/** Issue 21's per-problem table; with --write-readme it also replaces the README's copy. */
async function benchProblems(args: string[], only: string[] | undefined): Promise<void> {
  const lanesAt = args.indexOf('--lanes');
  const lanes = lanesAt >= 0 ? Number(args[lanesAt + 1]) : 2;
  const withMutation = !args.includes('--no-mutation');
  console.log(`\n## Bank: per problem (issue 21) — ${lanes} lane(s)${withMutation ? '' : ', mutation gate skipped'}`);
  const started = performance.now();
  const rows = await measureProblems({
    root: join(root, 'problems'),
    workerScript: join(root, 'dist', 'worker.js'),
    ...(only ? { only } : {}),
    lanes,
    withMutation,
    onRow: (row) => { console.error(`  measured ${row.id}`); },
  });
  const parity = await recursionParity();
  const load = (await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ');
  const lines = [...formatProblems(rows), '', parity];
  for (const line of lines) console.log(line);
  if (args.includes('--write-readme') && only === undefined) {
    const heading = `Measured ${new Date().toISOString().slice(0, 10)} by \`npm run bench -- --problems --write-readme\` (${lanes} lane${lanes === 1 ? "" : "s"}, ${Math.round((performance.now() - started) / 60_000)} min, load average ${load} on a shared 2-core machine: times are indicative).`;
    writeProblemsTable(join(root, 'README.md'), heading, lines);
    console.log('README.md table rewritten.');
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--lanes');
  if (args.includes('--problems')) {
    // The long per-problem table on its own: it takes minutes, and the other sections add nothing to it.
    await benchProblems(args, only.length ? only : undefined);
    return;
  }
  if (args.includes('--instant-only')) {
    console.log(`## Instant feel (issue 18): the CLI and the host's stalls — load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    for (const line of await benchInstantFeel({ validateBank: args.includes('--validate-bank') })) console.log(line);
    return;
  }
  if (args.includes('--python-only')) {
    console.log('## Python judge (Pyodide in its own process)');
    for (const line of await benchPython()) console.log(line);
    return;
  }
  console.log(`Onsite benchmarks — ${new Date().toISOString()} — load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  if (!args.includes('--judge-only')) {
    console.log('## Interviewer (clarifying questions)');
    await benchInterviewer(args.includes('--calibrate'));
    if (args.includes('--interviewer')) return;
    console.log('');
  }
  console.log('## Judge');
  for (const line of await benchJudge()) console.log(line);
  if (args.includes('--judge-only')) return;
  console.log('\n## Instant feel (issue 18): the CLI and the host\'s stalls');
  for (const line of await benchInstantFeel({ validateBank: args.includes('--validate-bank') })) console.log(line);
  console.log('\n## Node built-ins in the sandbox');
  for (const line of await benchNodeBuiltins()) console.log(line);
  console.log('\n## Activation and bundles');
  for (const line of await benchActivation()) console.log(line);
  if (args.includes('--python')) {
    console.log('\n## Python judge (Pyodide in its own process)');
    for (const line of await benchPython()) console.log(line);
  }
  const problems = only.length ? only : undefined;
  if (args.includes('--margins')) {
    console.log('\n## Bank: max-size tests, reference vs naive, in the sandbox');
    await withJudge(async (judge) => {
      for (const line of formatMargins(await measureBankMargins(judge, join(root, 'problems'), problems))) console.log(line);
    });
  }
  if (args.includes('--growth')) {
    console.log('\n## Bank: measured growth against the reference (the debrief\'s judgement)');
    await withJudge(async (judge) => {
      for (const line of formatGrowth(await measureBankGrowth(judge, join(root, 'problems'), problems))) console.log(line);
    });
  }
  if (args.includes('--mutation')) {
    console.log('\n## Bank: mutation gate (share of the reference\'s mutants the hidden tests kill)');
    await withJudge(async (judge) => {
      for (const line of formatMutation(await measureBankMutation(judge, join(root, 'problems'), problems))) console.log(line);
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
