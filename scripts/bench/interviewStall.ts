/**
 * Issue 18's "the extension host never stalls > 50 ms while judging, loading the bank or writing the
 * log": a scripted interview through the same pieces the extension host runs (the bank loader, a
 * real InterviewSession writing its event log, the Judge and its worker, the debrief), without VS
 * Code, while monitorEventLoopDelay watches this thread. Each step reports the longest delay the
 * event loop saw during it; a tick every second does what the interview clock does. The bench runs
 * it bundled as the extension is bundled (instantFeel.ts), in a process of its own.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { buildDebrief } from '../../src/core/debrief/debrief';
import { InterviewSession } from '../../src/core/session';
import { SessionStore } from '../../src/core/storage';
import { Judge } from '../../src/judge/judge';
import { loadProblemBank } from '../../src/problems/loader';

/** The histogram samples the loop this often; a stall shorter than this cannot be told from none. */
const RESOLUTION_MS = 5;

export interface StallStep {
  step: string;
  longestMs: number;
  wallMs: number;
}

/** Runs `work` while the loop is watched; the longest delay excludes the sampling interval itself. */
async function watched<T>(step: string, steps: StallStep[], work: () => Promise<T> | T): Promise<T> {
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  const started = performance.now();
  try {
    const result = await work();
    // One more turn of the loop, so a stall at the very end of the step is sampled too.
    await new Promise((resolve) => setTimeout(resolve, RESOLUTION_MS * 2));
    return result;
  } finally {
    histogram.disable();
    steps.push({ step, longestMs: Math.max(0, histogram.max / 1e6 - RESOLUTION_MS), wallMs: performance.now() - started });
  }
}

export async function measureInterviewStalls(root: string, problemId = 'two-sum'): Promise<StallStep[]> {
  const steps: StallStep[] = [];
  const storage = mkdtempSync(join(tmpdir(), 'onsite-stall-'));
  const store = new SessionStore(join(storage, 'sessions'));
  const judge = new Judge({ workerScript: join(root, 'dist', 'worker.js') });
  let session: InterviewSession | undefined;
  const ticker = setInterval(() => { session?.tick(); }, 1000);
  try {
    const bank = await watched('load the bundled bank (schema check)', steps, () => loadProblemBank([{ path: join(root, 'problems'), origin: 'bundled' }]));
    const problem = bank.problems.find((p) => p.meta.id === problemId);
    if (problem === undefined) throw new Error(`${problemId} is not in the bank`);
    const meta = problem.meta;
    const started = await watched('start the session (first event written)', steps, () => {
      store.ensureDir();
      return InterviewSession.start(
        { problem: { id: meta.id, title: meta.title, difficulty: meta.difficulty, topics: meta.topics }, language: 'javascript', mode: 'practice' },
        { store },
      );
    });
    session = started;
    await watched('start the judge and prepare expected outputs', steps, async () => {
      await judge.warm();
      await judge.prepareExpected(problem);
    });
    await watched('clarify and plan (events appended)', steps, () => {
      for (const clarification of meta.clarifications.slice(0, 3)) started.askQuestion(clarification.question, clarification.id, clarification.answer);
      started.setAssumption('The input always has exactly one answer.');
      started.advance({ override: true });
      started.updatePlan({ approach: 'one pass with a map of value to index', dataStructures: 'a hash map', timeComplexity: 'O(n)', spaceComplexity: 'O(n)', edgeCases: 'a pair of equal values', alternative: '', tradeoff: '' });
      started.advance({ override: true });
    });
    const file = join(storage, 'solution.js');
    const wrong = problem.reference.replace(/return\s+\[/, 'return [0, ');
    await watched('code: edits and three Runs (wrong, then the reference)', steps, async () => {
      started.openSolution(file);
      for (const source of [wrong, wrong, problem.reference]) {
        writeFileSync(file, source);
        for (let i = 0; i < 10; i++) started.noteEdit(3, 1);
        started.recordRun(await judge.run(problem, readFileSync(file, 'utf8'), 'javascript'));
      }
    });
    await watched('Submit with the efficiency tier', steps, async () => {
      const source = readFileSync(file, 'utf8');
      const submitted = await judge.submit(problem, source, 'javascript');
      const efficiency = submitted.verdict === 'accepted' ? await judge.efficiency(problem, source, 'javascript') : undefined;
      started.submit(efficiency !== undefined ? { ...submitted, efficiency } : submitted, { override: true });
    });
    await watched('debrief measures (scaling, planted bugs)', steps, async () => {
      const source = readFileSync(file, 'utf8');
      const scaling = await judge.measureScaling(problem, source, 'javascript');
      started.recordScaling(scaling.points.map((p) => ({ size: p.size, timeMs: p.timeMs })), scaling.growth);
      const strength = await judge.measureTestStrength(problem, []);
      started.recordMutants(strength.caught.map((m) => m.file), strength.missed.map((m) => m.file));
    });
    await watched('close the log, read it back and build the debrief', steps, () => {
      started.close();
      const read = store.read(started.id);
      if (!read.ok) throw new Error(`the log did not read back: ${read.corrupt.reason}`);
      buildDebrief(read.log.events, meta);
    });
  } finally {
    clearInterval(ticker);
    session?.close();
    await judge.dispose();
    rmSync(storage, { recursive: true, force: true });
  }
  return steps;
}

export function formatStalls(steps: StallStep[]): string[] {
  const worst = steps.reduce((a, b) => (b.longestMs > a.longestMs ? b : a), { step: '', longestMs: 0, wallMs: 0 });
  return [
    `longest event-loop stall during a scripted interview: ${worst.longestMs.toFixed(0)} ms, in "${worst.step}" (goal ≤ 50 ms; sampled every ${RESOLUTION_MS} ms)`,
    ...steps.map((s) => `  ${s.step}: longest ${s.longestMs.toFixed(0)} ms over ${(s.wallMs / 1000).toFixed(1)} s`),
  ];
}

if (require.main === module) {
  void measureInterviewStalls(process.argv[2] ?? join(__dirname, '..', '..')).then((steps) => {
    console.log(JSON.stringify(steps));
  });
}
