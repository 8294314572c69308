/**
 * Crash trials: a child process plays a scripted interview through the real engine and storage and is
 * killed with SIGKILL at a random point; recovery then reads the folder as the extension would at
 * start-up and reopens the session. An event counts as lost when the child had been told it was
 * recorded (the append returned) but recovery does not find it. Some events carry large notes so that
 * a kill can land inside a write and leave a torn line.
 *
 * The same file is the child program: run with ONSITE_CRASH_CHILD_DIR set, it plays the script.
 */
import { spawn } from 'node:child_process';
import { buildSync } from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InterviewSession } from '../../src/core/session';
import { SessionStore } from '../../src/core/storage';
import type { JudgeReport } from '../../src/vocabulary/verdicts';

export interface CrashTrialResult {
  trials: number;
  /** Events acknowledged by the writer but missing after recovery, over all trials. */
  eventsLost: number;
  maxLostInOneTrial: number;
  /** Sessions that recovery could not list as resumable, reopen, or read back cleanly. */
  unreadableSessions: number;
  /** Trials whose kill left a torn final line (evidence that kills landed mid-write). */
  tornTails: number;
}

const CHILD_DIR_ENV = 'ONSITE_CRASH_CHILD_DIR';
/** Far more events than any kill point, and few enough that a log stays a few megabytes. */
const SCRIPT_STEPS = 3_000;
/** A child not killed by then is killed anyway and the trial counts as unreadable. */
const WATCHDOG_MS = 60_000;
const CHILD_SEED_ENV = 'ONSITE_CRASH_CHILD_SEED';

/** A small deterministic generator, so a failing trial can be replayed from its seed. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 0x1_0000_0000;
  };
}

function report(custom: boolean): JudgeReport {
  const tests = [
    { id: 'visible-1', label: 'example 1', source: 'visible' as const, verdict: 'accepted' as const, timeMs: 1 },
    ...(custom ? [{ id: 'mine-1', label: 'empty', source: 'custom' as const, verdict: 'accepted' as const, timeMs: 1 }] : []),
  ];
  return { problemId: 'two-sum', verdict: 'accepted', passed: tests.length, total: tests.length, timeMs: 2, tests };
}

/** The child: plays an interview forever (until killed), acknowledging each recorded event on stdout. */
function playScript(dir: string, seed: number): void {
  const random = rng(seed);
  const store = new SessionStore(dir);
  const session = InterviewSession.start(
    { problem: { id: 'two-sum', title: 'Two Sum', difficulty: 'easy', topics: ['array'] }, language: 'javascript', mode: 'practice' },
    { store },
  );
  const ack = (): void => {
    process.stdout.write(`ack ${session.state.lastSeq}\n`);
  };
  ack();
  const bigNote = 'x'.repeat(1 << 17);
  for (let step = 0; step < SCRIPT_STEPS; step++) {
    const r = random();
    const phase = session.state.phase;
    if (phase === 'done') break;
    if (r < 0.05) session.advance({ override: true });
    else if (r < 0.15) session.askQuestion(`question ${step}?`, null, 'Make an assumption.');
    else if (r < 0.25) session.updatePlan({ approach: `approach ${step}`, dataStructures: 'map', timeComplexity: 'O(n)', spaceComplexity: 'O(n)', edgeCases: '', alternative: '', tradeoff: '' });
    else if (r < 0.3 && (phase === 'code' || phase === 'test')) session.recordRun(report(r < 0.27));
    else if (r < 0.31) session.addNote(bigNote.slice(0, Math.floor(random() * bigNote.length)));
    else if (r < 0.36) session.goBack();
    else session.addNote(`thinking ${step}`);
    ack();
  }
  // Stay alive until the parent kills us, as an editor would be.
  setInterval(() => undefined, 1_000);
}

interface ChildOutcome {
  acked: number;
  sessionId: string | null;
}

/** Runs one child, kills it after `killAfterAcks` acknowledgements plus a random few milliseconds. */
function runChild(program: string, dir: string, seed: number, killAfterAcks: number, extraDelayMs: number): Promise<ChildOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [program], {
      env: { ...process.env, [CHILD_DIR_ENV]: dir, [CHILD_SEED_ENV]: String(seed) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let acked = -1;
    let buffered = '';
    let stderr = '';
    let killScheduled = false;
    const watchdog = setTimeout(() => child.kill('SIGKILL'), WATCHDOG_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const seq = Number.parseInt(line.slice(4), 10);
        if (line.startsWith('ack ') && Number.isInteger(seq)) acked = Math.max(acked, seq);
      }
      if (!killScheduled && acked >= killAfterAcks) {
        killScheduled = true;
        setTimeout(() => child.kill('SIGKILL'), extraDelayMs);
      }
    });
    child.stderr.on('data', (chunk: Buffer) => { stderr += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      clearTimeout(watchdog);
      if (signal !== 'SIGKILL') {
        reject(new Error(`crash child ended without being killed: ${stderr.slice(0, 2000)}`));
        return;
      }
      const logs = fs.readdirSync(dir).filter((n) => n.endsWith('.jsonl'));
      resolve({ acked, sessionId: logs[0]?.replace(/\.jsonl$/, '') ?? null });
    });
  });
}

/** What start-up recovery finds after one kill: events lost, whether the session is usable, torn tail. */
function recover(dir: string, acked: number, sessionId: string | null): { lost: number; unreadable: boolean; torn: boolean } {
  const store = new SessionStore(dir);
  const scan = store.scan();
  const log = scan.inProgress.find((l) => l.sessionId === sessionId) ?? scan.finished.find((l) => l.sessionId === sessionId);
  if (sessionId === null || log === undefined || scan.corrupt.length > 0 || log.issues.length > 0) {
    return { lost: acked + 1, unreadable: true, torn: false };
  }
  const seqs = new Set(log.events.map((e) => e.seq));
  let lost = 0;
  for (let seq = 0; seq <= acked; seq++) if (!seqs.has(seq)) lost++;
  let unreadable = false;
  try {
    const session = InterviewSession.resume(sessionId, { store });
    session.addNote('recovered');
    session.close();
    const again = store.read(sessionId);
    unreadable = !again.ok || again.log.issues.length > 0 || again.log.tornTail;
  } catch {
    unreadable = true;
  }
  return { lost, unreadable, torn: log.tornTail };
}

export async function runCrashTrials(points: number, seed = 20261124, concurrency = 2): Promise<CrashTrialResult> {
  const random = rng(seed);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'onsite-crash-'));
  const result: CrashTrialResult = { trials: 0, eventsLost: 0, maxLostInOneTrial: 0, unreadableSessions: 0, tornTails: 0 };
  try {
    // Bundled once to plain JavaScript so that each trial pays for a Node start, not a TypeScript loader.
    const program = path.join(root, 'crash-child.js');
    buildSync({ entryPoints: [__filename], bundle: true, platform: 'node', format: 'cjs', outfile: program, logLevel: 'error' });
    const trial = async (i: number, childSeed: number, killAfterAcks: number, extraDelayMs: number): Promise<void> => {
      const dir = path.join(root, `trial-${i}`);
      fs.mkdirSync(dir, { recursive: true });
      const outcome = await runChild(program, dir, childSeed, killAfterAcks, extraDelayMs);
      const recovered = recover(dir, outcome.acked, outcome.sessionId);
      result.trials++;
      result.eventsLost += recovered.lost;
      result.maxLostInOneTrial = Math.max(result.maxLostInOneTrial, recovered.lost);
      if (recovered.unreadable) result.unreadableSessions++;
      if (recovered.torn) result.tornTails++;
      fs.rmSync(dir, { recursive: true, force: true });
    };
    // Two at a time: a child spends most of its life starting Node, which overlaps well.
    for (let i = 0; i < points; i += concurrency) {
      const batch: Promise<void>[] = [];
      for (let j = i; j < Math.min(points, i + concurrency); j++) {
        batch.push(trial(j, Math.floor(random() * 2 ** 31), Math.floor(random() * 400), Math.floor(random() * 4)));
      }
      await Promise.all(batch);
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  return result;
}

const childDir = process.env[CHILD_DIR_ENV];
if (childDir !== undefined && childDir !== '') playScript(childDir, Number(process.env[CHILD_SEED_ENV] ?? '1'));
