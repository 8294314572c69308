/**
 * Issue 18's command-line and stall figures: `onsite judge` wall time against a bare Node start in
 * the same run (on a shared machine the ratio travels better than the milliseconds), `onsite validate`
 * on the whole bank, and the longest event-loop stall during a scripted interview
 * (interviewStall.ts). Figures are read, never asserted. Needs the build (dist/).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { formatStalls, type StallStep } from './interviewStall';

const root = resolve(__dirname, '..', '..');
const cli = join(root, 'dist', 'cli.js');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function wallMs(args: string[]): { ms: number; status: number | null; stdout: string } {
  const started = performance.now();
  const result = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { ms: performance.now() - started, status: result.status, stdout: result.stdout };
}

const load = (): string => loadavg().map((l) => l.toFixed(1)).join(' ');

/** `onsite judge <id> <solution>` as a user runs it, interleaved with `node -e 0` so both see the same load. */
export function cliJudgeWall(problemId = 'two-sum', runs = 5): string[] {
  const solution = join(root, 'problems', problemId, 'solution.js');
  const judge: number[] = [];
  const bare: number[] = [];
  const loadBefore = load();
  for (let i = 0; i < runs; i++) {
    bare.push(wallMs(['-e', '0']).ms);
    const run = wallMs([cli, 'judge', problemId, solution]);
    if (run.status !== 0) return [`CLI \`onsite judge ${problemId}\` exited with ${String(run.status)} on its own reference`];
    judge.push(run.ms);
  }
  const ratio = median(judge) / median(bare);
  return [
    `CLI \`onsite judge ${problemId} solution.js\` wall: median ${Math.round(median(judge))} ms (min ${Math.round(Math.min(...judge))}) over ${runs}; ` +
      `\`node -e 0\` median ${Math.round(median(bare))} ms in the same run: ${ratio.toFixed(1)}× a bare Node start (goal ≤ 600 ms; load ${loadBefore} → ${load()})`,
  ];
}

/** `onsite validate` on the whole bank, once: it takes about a minute. */
export function validateBankWall(): string[] {
  const loadBefore = load();
  const run = wallMs([cli, 'validate', join(root, 'problems')]);
  // A failure on a loaded machine is usually a timed check: say which, so it can be read, not guessed.
  const failures = run.stdout.split('\n').filter((line) => line.startsWith('✘') || line.startsWith('    '));
  return [`CLI \`onsite validate\` on the whole bank: ${(run.ms / 1000).toFixed(1)} s, exit ${String(run.status)} (goal ≤ 60 s; load ${loadBefore} → ${load()})`, ...failures.map((line) => `  ${line}`)];
}

/** The scripted interview, bundled as the extension is (the precompiled schema) and run in a fresh process. */
export async function interviewStalls(): Promise<string[]> {
  const { precompiledProblemSchema } = await import('../../src/problems/schemaBundling.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'onsite-stall-bundle-'));
  const out = join(dir, 'interviewStall.js');
  try {
    await esbuild.build({
      entryPoints: [join(__dirname, 'interviewStall.ts')],
      outfile: out,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['vscode', 'typescript'],
      loader: { '.py': 'text' },
      logLevel: 'warning',
      plugins: [precompiledProblemSchema],
    });
    const loadBefore = load();
    const steps = JSON.parse(execFileSync(process.execPath, [out, root], { encoding: 'utf8' })) as StallStep[];
    return [...formatStalls(steps), `  (load ${loadBefore} → ${load()})`];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchInstantFeel(options: { validateBank: boolean }): Promise<string[]> {
  const lines = [...cliJudgeWall(), ...(await interviewStalls())];
  if (options.validateBank) lines.push(...validateBankWall());
  return lines;
}
