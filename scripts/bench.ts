/**
 * `npm run bench`: every performance figure the README quotes, measured on this machine and printed.
 * Nothing here asserts a time: machines are shared and noisy, so figures are read, not gated.
 * Parts: judge (worker start, per-test overhead, hidden suites, QuickJS/Node), activation and
 * bundle sizes, and the bank's max-size margins (slow: pass --margins to include it).
 */
import { join } from 'node:path';
import { Judge } from '../src/judge/judge';
import { benchActivation } from './bench/activation';
import { formatMargins, measureBankMargins } from './bench/bank';
import { benchJudge } from './bench/judge';

const root = join(__dirname, '..');

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  console.log(`Onsite benchmarks — ${new Date().toISOString()} — load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);
  console.log('## Judge');
  for (const line of await benchJudge()) console.log(line);
  console.log('\n## Activation and bundles');
  for (const line of await benchActivation()) console.log(line);
  if (args.includes('--margins')) {
    console.log('\n## Bank: max-size tests, reference vs naive, in the sandbox');
    const judge = new Judge({ workerScript: join(root, 'dist', 'worker.js') });
    try {
      const only = args.filter((a) => !a.startsWith('--'));
      for (const line of formatMargins(await measureBankMargins(judge, join(root, 'problems'), only.length ? only : undefined))) console.log(line);
    } finally {
      await judge.dispose();
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
