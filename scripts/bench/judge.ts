/**
 * Judge benchmark: worker cold start, first Run after warm, per-test overhead, hidden-suite time per
 * bank problem with its reference, and the QuickJS/Node time ratio of the same references on their
 * largest generated input. Needs the built worker (npm run build → dist/worker.js).
 * Goals: first Run after warm ≤ 150 ms, per-test overhead ≤ 1 ms, typical hidden suite ≤ 300 ms.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { entryCall } from '../../src/judge/calls';
import { functionCallSteps } from '../../src/judge/debugScript';
import { HARNESS_FACTORY } from '../../src/judge/guest/harness';
import { Judge } from '../../src/judge/judge';
import { prepareSource } from '../../src/judge/solutionSource';
import { loadProblemBank } from '../../src/problems/loader';
import { isGeneratedTest, type Problem } from '../../src/problems/types';

const root = resolve(__dirname, '..', '..');
const workerScript = join(root, 'dist', 'worker.js');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

const ms = (v: number): string => `${v.toFixed(1)} ms`;

/** Times a JavaScript solution (the reference by default) in Node on one input with the judge's own harness: prepare, call, serialise. */
export function nodeTimeMs(problem: Problem, argsJson: string, repeats: number, source = problem.reference): number {
  const prepared = prepareSource(source, 'javascript');
  const call = entryCall(problem, argsJson);
  if (call.kind !== 'function') return Number.NaN;
  const steps = functionCallSteps(call, '__h');
  const script = [
    `var __h = ${HARNESS_FACTORY}(true);${call.nodeClass === undefined ? '' : `__h.useNodeClass(${JSON.stringify(call.nodeClass)});`}`,
    prepared.script,
    ';(() => {',
    ...steps.resolve.map((line) => `  ${line}`),
    '  const times = [];',
    `  for (let r = 0; r < ${repeats}; r++) {`,
    '    const t = performance.now();',
    `    ${steps.prepare}`,
    `    const out = ${steps.call};`,
    `    ${steps.serialize('out')};`,
    '    times.push(performance.now() - t);',
    '  }',
    '  console.log(Math.min(...times));',
    '})();',
  ].join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'onsite-bench-'));
  const file = join(dir, 'reference.js');
  writeFileSync(file, script);
  return Number(execFileSync(process.execPath, [file], { encoding: 'utf8' }).trim());
}

async function coldStarts(count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const judge = new Judge({ workerScript });
    const started = performance.now();
    await judge.warm();
    times.push(performance.now() - started);
    await judge.dispose();
  }
  return times;
}

export async function benchJudge(): Promise<string[]> {
  if (!existsSync(workerScript)) return ['judge: dist/worker.js is missing; run npm run build first'];
  const lines: string[] = [];
  const cold = await coldStarts(5);
  lines.push(`judge worker cold start (spawn + QuickJS load): median ${ms(median(cold))}, min ${ms(Math.min(...cold))} over ${cold.length}`);

  const bank = await loadProblemBank([{ path: join(root, 'problems'), origin: 'bundled' }]);
  const problems = bank.problems;
  const sample = problems.find((p) => p.meta.id === 'two-sum') ?? problems[0];
  const judge = new Judge({ workerScript });
  try {
    if (sample) {
      const firstRuns: number[] = [];
      for (let i = 0; i < 5; i++) {
        const fresh = new Judge({ workerScript });
        await fresh.warm();
        const started = performance.now();
        await fresh.run(sample, sample.reference, 'javascript');
        firstRuns.push(performance.now() - started);
        await fresh.dispose();
      }
      lines.push(`first Run after warm (${sample.meta.id}, ${sample.tests.visible.length} examples): median ${ms(median(firstRuns))} (goal ≤ 150 ms)`);
    }

    await judge.warm();
    const trivial = sample ?? problems[0];
    if (trivial?.meta.entry.kind === 'function') {
      const name = trivial.meta.entry.name;
      const args = trivial.tests.visible[0]?.args ?? [];
      const tests = Array.from({ length: 200 }, (_, i) => ({ id: `t${i}`, label: `t${i}`, source: 'custom' as const, args, expected: null }));
      const source = `var ${name} = function () { return null; };`;
      await judge.judge(trivial, source, 'javascript', tests.slice(0, 20));
      const started = performance.now();
      const report = await judge.judge(trivial, source, 'javascript', tests);
      const wall = performance.now() - started;
      const inside = report.tests.reduce((a, t) => a + t.timeMs, 0);
      lines.push(`per-test overhead: ${ms(wall / tests.length)} per test end to end (fresh context from ${judge.workerStats.snapshots ? 'a memory snapshot' : 'scratch'}, harness, postMessage), of which ${ms(inside / tests.length)} inside the call window (goal ≤ 1 ms)`);
    }

    const suites: number[] = [];
    const firsts: number[] = [];
    const ratios: number[] = [];
    lines.push('hidden suite per problem with its reference (first: a fresh judge after the interview-start preparation, expected values from dist/expected/ or prepared; second: again) and QuickJS/Node ratio on the largest generated input:');
    for (const problem of problems) {
      // As in an interview: the judge is warmed and the expected outputs prepared when it starts.
      const interview = new Judge({ workerScript });
      await interview.warm();
      await interview.prepareExpected(problem);
      const t1 = performance.now();
      const first = await interview.submit(problem, problem.reference, 'javascript');
      const firstMs = performance.now() - t1;
      firsts.push(firstMs);
      await interview.dispose();
      const t2 = performance.now();
      await judge.submit(problem, problem.reference, 'javascript');
      const cachedMs = performance.now() - t2;
      suites.push(cachedMs);
      let ratio = '';
      const largest = problem.tests.hidden.filter(isGeneratedTest).sort((a, b) => b.generate.size - a.generate.size)[0];
      if (largest && problem.meta.entry.kind === 'function') {
        const generated = await judge.generatedTest(problem, largest.generate);
        const q = await judge.judge(problem, problem.reference, 'javascript', [
          { id: 'q', label: 'q', source: 'hidden', args: JSON.parse(generated.argsJson) as unknown[], expected: generated.expected },
        ]);
        const quickjsMs = q.tests[0]?.timeMs ?? Number.NaN;
        const nodeMs = nodeTimeMs(problem, generated.argsJson, 5);
        if (Number.isFinite(nodeMs) && nodeMs > 0) {
          ratios.push(quickjsMs / nodeMs);
          ratio = `; QuickJS ${ms(quickjsMs)} vs Node ${ms(nodeMs)} = ${(quickjsMs / nodeMs).toFixed(1)}×`;
        }
      }
      lines.push(`  ${problem.meta.id}: ${first.verdict}, ${first.total} tests, ${ms(firstMs)} first, ${ms(cachedMs)} cached${ratio}`);
    }
    if (suites.length > 0) {
      lines.push(`first Submit in an interview (after preparation): median ${ms(median(firsts))}, max ${ms(Math.max(...firsts))} over ${firsts.length} problems (goal ≤ 500 ms for 60 tests)`);
      lines.push(`hidden suite (cached expected values): median ${ms(median(suites))}, max ${ms(Math.max(...suites))} over ${suites.length} problems (goal ≤ 300 ms typical)`);
    }
    if (ratios.length > 0) lines.push(`QuickJS/Node time ratio: median ${median(ratios).toFixed(1)}×, range ${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}×`);
    if (bank.broken.length > 0) lines.push(`(${bank.broken.length} bank folders did not load and were skipped)`);
  } finally {
    await judge.dispose();
  }
  return lines;
}

if (require.main === module) {
  void benchJudge().then((lines) => {
    for (const line of lines) console.log(line);
  });
}
