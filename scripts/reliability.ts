/**
 * `npm run reliability`: the full reliability trials, printed as one table of figures with the goal
 * beside each. `--quick` runs the reduced sizes the unit suite uses; `--hostile-only` runs only the
 * hostile corpus. Exit code 1 when a goal is missed.
 */
import { join } from 'node:path';
import { runClockTrials } from '../test/reliability/clock';
import { runCrashTrials } from '../test/reliability/crash';
import { measureHostileCorpus, PYTHON_CORPUS_DIR, type HostileCorpusFigures } from '../test/reliability/hostileCorpus';
import { runMessageFuzz } from '../test/reliability/messages';

interface Row {
  figure: string;
  value: string;
  goal: string;
  met: boolean;
}

/** Issue #22's targets for every hostile submission. */
const HOSTILE_WALL_GOAL_MS = 15_000;
const HOSTILE_RSS_GOAL_MB = 400;
const HOSTILE_STALL_GOAL_MS = 50;

/** The per-class table: how many files each class contains, and its worst cost to the host. */
function printHostileClasses(hostile: HostileCorpusFigures): void {
  console.log(`\n| class | contained | worst wall (goal ≤ ${HOSTILE_WALL_GOAL_MS / 1000} s) | worst host RSS (≤ ${HOSTILE_RSS_GOAL_MB} MB; + what the file added) | worst stall (≤ ${HOSTILE_STALL_GOAL_MS} ms) |`);
  console.log('|---|---|---|---|---|');
  for (const c of hostile.classes) {
    const mark = (met: boolean): string => (met ? '' : ' MISSED');
    console.log(
      `| ${c.className} | ${c.contained} of ${c.files}${mark(c.contained === c.files)} | ${(c.worstWallMs / 1000).toFixed(1)} s ${c.worstWallFile}${mark(c.worstWallMs <= HOSTILE_WALL_GOAL_MS)}` +
        ` | ${c.worstRssMb.toFixed(0)} MB (+${c.worstRssGrowthMb.toFixed(0)})${mark(c.worstRssMb <= HOSTILE_RSS_GOAL_MB)} | ${c.worstStallMs.toFixed(1)} ms${mark(c.worstStallMs <= HOSTILE_STALL_GOAL_MS)} |`,
    );
  }
  for (const r of hostile.results.filter((x) => !x.contained)) {
    console.log(`  ${r.pending !== undefined ? `pending (${r.pending})` : 'NOT CONTAINED'}: ${r.file}: ${r.mismatch ?? ''}${r.message !== undefined ? ` (${r.message.slice(0, 160)})` : ''}`);
  }
}

/** Crash, webview-message and clock trials: the session engine's reliability. */
async function sessionTrials(rows: Row[], quick: boolean): Promise<void> {
  const killPoints = quick ? 50 : 200;
  const messageCount = quick ? 300 : 1000;
  console.log(`crash trials: ${killPoints} kill points…`);
  const crash = await runCrashTrials(killPoints);
  rows.push(
    { figure: 'crash trials run (SIGKILL points)', value: String(crash.trials), goal: `≥ ${killPoints}`, met: crash.trials >= killPoints },
    { figure: 'events lost, worst single trial', value: String(crash.maxLostInOneTrial), goal: '≤ 1 (the one being written)', met: crash.maxLostInOneTrial <= 1 },
    { figure: 'events lost, all trials', value: String(crash.eventsLost), goal: 'reported', met: true },
    { figure: 'kills that tore the last line', value: String(crash.tornTails), goal: 'reported', met: true },
    { figure: 'unreadable sessions', value: String(crash.unreadableSessions), goal: '0', met: crash.unreadableSessions === 0 },
  );

  console.log(`message fuzzing: ${messageCount} messages…`);
  const fuzz = await runMessageFuzz(messageCount);
  rows.push(
    { figure: 'webview messages fuzzed', value: String(fuzz.messages), goal: `≥ ${messageCount}`, met: fuzz.messages >= messageCount },
    { figure: 'unhandled exceptions', value: String(fuzz.unhandledExceptions), goal: '0', met: fuzz.unhandledExceptions === 0 },
    { figure: 'state changes from invalid messages', value: String(fuzz.stateChanges), goal: '0', met: fuzz.stateChanges === 0 },
    { figure: 'rejections logged exactly once', value: `${fuzz.rejectionsLogged} of ${fuzz.rejected}`, goal: 'all', met: fuzz.rejectionsLogged === fuzz.rejected && fuzz.rejectionsMislogged === 0 },
  );

  console.log('clock trials…');
  const clock = runClockTrials();
  rows.push(
    { figure: 'clock trial cases', value: String(clock.cases), goal: 'reported', met: true },
    { figure: 'worst phase-total error', value: `${clock.maxErrorMs.toFixed(2)} ms`, goal: '≤ 100 ms', met: clock.maxErrorMs <= 100 },
    { figure: 'suspends recorded as breaks', value: `${clock.suspendsRecordedAsBreaks} of ${clock.suspends}`, goal: 'all', met: clock.suspendsRecordedAsBreaks === clock.suspends },
  );
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  // The hostile corpus alone, for work on the judge: the session trials take a minute more.
  const hostileOnly = process.argv.includes('--hostile-only');
  const rows: Row[] = [];
  const started = performance.now();

  if (!hostileOnly) await sessionTrials(rows, quick);

  console.log('hostile corpus…');
  const hostile = await measureHostileCorpus({
    workerScript: join(__dirname, '..', 'dist', 'worker.js'),
    log: (line) => {
      console.log(`  ${line}`);
    },
  });
  const worstWall = Math.max(...hostile.classes.map((c) => c.worstWallMs));
  const worstRss = Math.max(...hostile.classes.map((c) => c.worstRssMb));
  // Between files counts too: a collection of one file's garbage can land after its own window.
  const worstStall = Math.max(hostile.longestEventLoopStallMs, ...hostile.classes.map((c) => c.worstStallMs));
  rows.push(
    { figure: 'hostile files contained (declared verdict)', value: `${hostile.contained} of ${hostile.files}`, goal: 'all, ≥ 40 files', met: hostile.contained === hostile.files && hostile.files >= 40 },
    { figure: 'pending hostile files contained', value: `${hostile.pendingContained} of ${hostile.pendingFiles}`, goal: 'reported', met: true },
    { figure: 'correct submission judged afterwards', value: hostile.acceptedAfterwards ? 'accepted' : 'NOT accepted', goal: 'accepted', met: hostile.acceptedAfterwards },
    { figure: 'slowest hostile submission (whole wall time)', value: `${(worstWall / 1000).toFixed(1)} s`, goal: `≤ ${HOSTILE_WALL_GOAL_MS / 1000} s`, met: worstWall <= HOSTILE_WALL_GOAL_MS },
    { figure: 'host RSS peak during any hostile submission', value: `${worstRss.toFixed(0)} MB (before the corpus: ${hostile.hostRssBeforeMb.toFixed(0)} MB)`, goal: `≤ ${HOSTILE_RSS_GOAL_MB} MB`, met: worstRss <= HOSTILE_RSS_GOAL_MB },
    { figure: 'longest host event-loop stall while judging', value: `${worstStall.toFixed(1)} ms (idle machine: ${hostile.idleEventLoopStallMs.toFixed(1)} ms)`, goal: `≤ ${HOSTILE_STALL_GOAL_MS} ms`, met: worstStall <= HOSTILE_STALL_GOAL_MS },
  );
  printHostileClasses(hostile);

  // The Python corpus: the same runner, a sandbox process of its own (src/judge/python).
  console.log('Python hostile corpus…');
  const python = await measureHostileCorpus({
    corpusDir: PYTHON_CORPUS_DIR,
    workerScript: join(__dirname, '..', 'dist', 'worker.js'),
    log: (line) => {
      console.log(`  ${line}`);
    },
  });
  const pythonWorstWall = Math.max(...python.classes.map((c) => c.worstWallMs));
  rows.push(
    { figure: 'Python hostile files contained (declared verdict)', value: `${python.contained} of ${python.files}`, goal: 'all, ≥ 30 files', met: python.contained === python.files && python.files >= 30 },
    { figure: 'correct Python submission judged afterwards', value: python.acceptedAfterwards ? 'accepted' : 'NOT accepted', goal: 'accepted', met: python.acceptedAfterwards },
    { figure: 'slowest Python hostile submission (whole wall time)', value: `${(pythonWorstWall / 1000).toFixed(1)} s`, goal: `≤ ${HOSTILE_WALL_GOAL_MS / 1000} s`, met: pythonWorstWall <= HOSTILE_WALL_GOAL_MS },
  );
  printHostileClasses(python);

  const width = Math.max(...rows.map((r) => r.figure.length));
  console.log(`\n| figure${' '.repeat(width - 6)} | value | goal | |`);
  console.log(`|${'-'.repeat(width + 2)}|---|---|---|`);
  for (const r of rows) console.log(`| ${r.figure.padEnd(width)} | ${r.value} | ${r.goal} | ${r.met ? 'met' : 'MISSED'} |`);
  const missed = rows.filter((r) => !r.met);
  console.log(`\n${((performance.now() - started) / 1000).toFixed(0)} s; reliability: ${rows.length - missed.length} passed, ${missed.length} failed`);
  if (missed.length > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
