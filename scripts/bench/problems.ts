/**
 * `npm run bench -- --problems`: issue 21's table, one row per bundled problem — hidden tests, small
 * random tests, the mutation gate's score, the slowest correct-corpus solution and the reference
 * against the time limit, the naive solution against the efficiency tier's limit, and how much slower
 * QuickJS is than Node on the same solutions. Problems are dealt to `lanes` judges (one worker each);
 * one lane gives the steadiest times. `--write-readme` puts the table into README.md between its markers.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { judgeEfficiency } from '../../src/judge/efficiency';
import { Judge } from '../../src/judge/judge';
import { runMutationGate } from '../../src/judge/mutationGate';
import { loadProblemBank } from '../../src/problems/loader';
import { isGeneratedTest, type Problem } from '../../src/problems/types';
import { readEquivalentMutants } from '../../src/cli/equivalentMutants';
import { currentNaiveRecord } from '../../src/cli/naiveRecord';
import { readCorrectCorpus, type CorrectSolution } from '../../test/reliability/correctCorpus';
import { nodeTimeMs } from './judge';

export interface ProblemFigures {
  id: string;
  hidden: number;
  smallRandom: number;
  /** Share of non-equivalent mutants killed; undefined when the gate was skipped. */
  mutationScore: number | undefined;
  limitMs: number;
  corpus: { accepted: number; total: number; slowest: { file: string; ms: number; verdict: string } | undefined };
  referenceMs: number;
  /** naive.js on the tier: from its current naive-record.json (stopped at 5×, `measured` is the day), else a live run stopped at 1×. */
  naive: { ms: number; timedOut: boolean; tierLimitMs: number; measured?: string } | 'no naive.js' | 'no tier';
  /** QuickJS time / Node time on the largest generated hidden input: the reference, and the slowest corpus solution when it runs in Node. */
  ratio: { reference: number | undefined; slowestCorpus: number | undefined };
}

/** Generated hidden tests the suite labels as small random inputs (issue 21 wants ≥ 30 per problem). */
export function smallRandomCount(problem: Problem): number {
  return problem.tests.hidden.filter((t) => isGeneratedTest(t) && /^small random/i.test(t.label)).length;
}

function ratio(quickjsMs: number | undefined, nodeMs: number): number | undefined {
  return quickjsMs !== undefined && Number.isFinite(nodeMs) && nodeMs > 0.05 ? quickjsMs / nodeMs : undefined;
}

/** Node time of a solution on one input, or NaN when it cannot run there (LeetCode's globals, a design problem). */
function nodeMsOrNaN(problem: Problem, argsJson: string, source: string): number {
  try {
    return nodeTimeMs(problem, argsJson, 3, source);
  } catch {
    return Number.NaN;
  }
}

async function measureProblem(judge: Judge, problem: Problem, corpus: CorrectSolution[], withMutation: boolean): Promise<ProblemFigures> {
  const limitMs = judge.timeLimitMs(problem);
  // The first Submit generates the expected values; the second times the reference as a solution.
  await judge.submit(problem, problem.reference, 'javascript');
  const reference = await judge.submit(problem, problem.reference, 'javascript');
  const referenceMs = Math.max(0, ...reference.tests.map((t) => t.timeMs));

  const corpusRuns: { file: string; ms: number; verdict: string; source: string; testMs: Map<string, number> }[] = [];
  for (const solution of corpus) {
    await judge.warm();
    const report = await judge.submit(problem, solution.source, solution.language);
    corpusRuns.push({
      file: solution.file,
      ms: Math.max(0, ...report.tests.map((t) => t.timeMs)),
      verdict: report.verdict,
      source: solution.language === 'javascript' ? solution.source : '',
      testMs: new Map(report.tests.map((t) => [t.id, t.timeMs])),
    });
  }
  const slowest = corpusRuns.reduce<(typeof corpusRuns)[number] | undefined>((worst, r) => (worst === undefined || r.ms > worst.ms ? r : worst), undefined);

  let naive: ProblemFigures['naive'] = 'no naive.js';
  const naivePath = join(problem.dir, 'naive.js');
  const tierLimitMs = judge.efficiencyLimitMs(problem);
  if (existsSync(naivePath)) {
    const source = readFileSync(naivePath, 'utf8');
    const record = tierLimitMs === undefined ? undefined : currentNaiveRecord(problem, source, tierLimitMs);
    if (tierLimitMs !== undefined && record !== undefined) {
      naive = { ms: record.naiveMs, timedOut: true, tierLimitMs, measured: record.measured };
    } else {
      const tier = await judgeEfficiency(judge, problem, source, 'javascript');
      naive = tier === undefined ? 'no tier' : { ms: tier.slowest.ms, timedOut: tier.slowest.timedOut, tierLimitMs: tier.slowest.limitMs };
    }
  }

  const figures: ProblemFigures['ratio'] = { reference: undefined, slowestCorpus: undefined };
  const hiddenIndex = problem.tests.hidden.map((t, i) => ({ t, id: `hidden-${i + 1}` }));
  const largest = hiddenIndex.filter((h) => isGeneratedTest(h.t)).sort((a, b) => (isGeneratedTest(b.t) ? b.t.generate.size : 0) - (isGeneratedTest(a.t) ? a.t.generate.size : 0))[0];
  if (largest !== undefined && isGeneratedTest(largest.t) && problem.meta.entry.kind === 'function') {
    const { argsJson } = await judge.generatedTest(problem, largest.t.generate);
    figures.reference = ratio(reference.tests.find((t) => t.id === largest.id)?.timeMs, nodeMsOrNaN(problem, argsJson, problem.reference));
    if (slowest !== undefined && slowest.source !== '') figures.slowestCorpus = ratio(slowest.testMs.get(largest.id), nodeMsOrNaN(problem, argsJson, slowest.source));
  }

  let mutationScore: number | undefined;
  if (withMutation) {
    const ts = await import('typescript').then((m) => (m as { default?: typeof import('typescript') }).default ?? m);
    mutationScore = (await runMutationGate(judge, problem, ts, { knownEquivalents: readEquivalentMutants(problem.dir).fingerprints })).score;
  }

  return {
    id: problem.meta.id,
    hidden: problem.tests.hidden.length,
    smallRandom: smallRandomCount(problem),
    mutationScore,
    limitMs,
    corpus: { accepted: corpusRuns.filter((r) => r.verdict === 'accepted').length, total: corpusRuns.length, slowest: slowest && { file: slowest.file, ms: slowest.ms, verdict: slowest.verdict } },
    referenceMs,
    naive,
    ratio: figures,
  };
}

export async function measureProblems(options: { root: string; workerScript: string; only?: string[]; lanes: number; withMutation: boolean; onRow?: (row: ProblemFigures) => void }): Promise<ProblemFigures[]> {
  const bank = await loadProblemBank([{ path: options.root, origin: 'bundled' }]);
  const problems = bank.problems.filter((p) => options.only === undefined || options.only.includes(p.meta.id)).sort((a, b) => a.meta.id.localeCompare(b.meta.id));
  const corpus = readCorrectCorpus();
  const lanes = Math.max(1, Math.min(options.lanes, problems.length));
  const rows: ProblemFigures[] = [];
  await Promise.all(
    Array.from({ length: lanes }, async (_, lane) => {
      const judge = new Judge({ workerScript: options.workerScript });
      try {
        // TypeScript is transpiled on first use; a warm-up over its limit on a busy machine must not end the lane.
        await judge.warm();
        for (const problem of problems.filter((_p, i) => i % lanes === lane)) {
          const row = await measureProblem(judge, problem, corpus.filter((s) => s.problemId === problem.meta.id), options.withMutation);
          rows.push(row);
          options.onRow?.(row);
        }
      } finally {
        await judge.dispose();
      }
    }),
  );
  return rows.sort((a, b) => a.id.localeCompare(b.id));
}

const seconds = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s` : `${Math.round(ms)} ms`);
const times = (r: number | undefined): string => (r === undefined ? '—' : `${r >= 10 ? Math.round(r) : r.toFixed(1)}×`);

export function formatProblems(rows: ProblemFigures[]): string[] {
  const lines = [
    '| problem | hidden | small random | mutation score | slowest correct / limit | reference / limit | naive / tier limit | QuickJS/Node (reference; slowest correct) |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const slowest = r.corpus.slowest;
    const corpus = slowest === undefined ? 'no corpus' : `${seconds(slowest.ms)} / ${seconds(r.limitMs)} (${(slowest.ms / r.limitMs).toFixed(2)})${slowest.verdict === 'accepted' ? '' : ` ${slowest.verdict}`}`;
    const naive = typeof r.naive === 'string'
      ? r.naive
      : `${r.naive.timedOut ? '≥ ' : ''}${seconds(r.naive.ms)} / ${seconds(r.naive.tierLimitMs)}${r.naive.measured === undefined ? '' : ` (naive-record.json, ${r.naive.measured})`}`;
    const mutation = r.mutationScore === undefined ? '—' : `${(r.mutationScore * 100).toFixed(1)}%`;
    lines.push(`| ${r.id} | ${r.hidden} | ${r.smallRandom} | ${mutation} | ${corpus} | ${seconds(r.referenceMs)} / ${seconds(r.limitMs)} | ${naive} | ${times(r.ratio.reference)}; ${times(r.ratio.slowestCorpus)} |`);
  }
  const accepted = rows.reduce((a, r) => a + r.corpus.accepted, 0);
  const total = rows.reduce((a, r) => a + r.corpus.total, 0);
  const tight = rows.filter((r) => r.corpus.slowest !== undefined && r.corpus.slowest.ms > r.limitMs / 3);
  const belowGate = rows.filter((r) => r.mutationScore !== undefined && r.mutationScore < 0.98);
  lines.push(
    '',
    `Correct corpus: ${accepted} of ${total} accepted. Slowest correct solution above a third of the limit: ${tight.length === 0 ? 'none' : tight.map((r) => r.id).join(', ')}.`,
    ...(rows.some((r) => r.mutationScore !== undefined) ? [`Mutation score below 98%: ${belowGate.length === 0 ? 'none' : belowGate.map((r) => r.id).join(', ')}.`] : []),
  );
  return lines;
}

const START = '<!-- bench:problems:start -->';
const END = '<!-- bench:problems:end -->';

/** Replaces the README's table between its markers; the rest of the file is untouched. */
export function writeProblemsTable(readmePath: string, heading: string, lines: string[]): void {
  const readme = readFileSync(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${readmePath} has no ${START} … ${END} markers`);
  writeFileSync(readmePath, `${readme.slice(0, start + START.length)}\n${heading}\n\n${lines.join('\n')}\n${readme.slice(end)}`);
}
