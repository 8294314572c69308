/**
 * `npm run reliability`: the full reliability trials, printed as one table of figures with the goal
 * beside each. `--quick` runs the reduced sizes the unit suite uses. Exit code 1 when a goal is missed.
 */
import { join } from 'node:path';
import { measureHostileCorpus } from '../src/judge/hostileCorpus';
import { runClockTrials } from '../test/reliability/clock';
import { runCrashTrials } from '../test/reliability/crash';
import { runMessageFuzz } from '../test/reliability/messages';

interface Row {
  figure: string;
  value: string;
  goal: string;
  met: boolean;
}

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const killPoints = quick ? 50 : 200;
  const messageCount = quick ? 300 : 1000;
  const rows: Row[] = [];
  const started = performance.now();

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

  console.log('hostile corpus…');
  const hostile = await measureHostileCorpus({ workerScript: join(__dirname, '..', 'dist', 'worker.js') });
  rows.push(
    { figure: 'hostile files with the declared verdict', value: `${hostile.verdictsMatched} of ${hostile.files}`, goal: `all, ≥ 40 files`, met: hostile.verdictsMatched === hostile.files && hostile.files >= 40 },
    { figure: 'correct submission judged afterwards', value: hostile.acceptedAfterwards ? 'accepted' : 'NOT accepted', goal: 'accepted', met: hostile.acceptedAfterwards },
    { figure: 'host memory growth across the corpus', value: `${hostile.hostMemoryGrowthMb.toFixed(1)} MB`, goal: '≤ 150 MB', met: hostile.hostMemoryGrowthMb <= 150 },
    { figure: 'longest host event-loop stall while judging', value: `${hostile.longestEventLoopStallMs.toFixed(1)} ms (idle machine: ${hostile.idleEventLoopStallMs.toFixed(1)} ms)`, goal: '≤ 50 ms', met: hostile.longestEventLoopStallMs <= 50 },
    { figure: 'slowest hostile file', value: `${hostile.slowestFile} ${Math.round(hostile.slowestTestMs)} ms`, goal: 'reported', met: true },
  );

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
