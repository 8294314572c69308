/** The `onsite` command line: a small dispatcher over its subcommands. */
import { ASK_USAGE, runAsk } from './ask';
import { EXPECTED_USAGE, runExpected } from './expected';
import { JUDGE_USAGE, runJudge } from './judge';
import { VALIDATE_USAGE, runValidate } from './validate';

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = {
  ask: runAsk,
  expected: runExpected,
  judge: runJudge,
  validate: runValidate,
};

/**
 * A reader that stops early (`onsite validate | head`) closes the pipe; the rest of the output has
 * nowhere to go, which is the reader's choice, not an error of ours to print a stack for.
 */
function endQuietlyWhenTheReaderLeaves(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const run = command === undefined ? undefined : COMMANDS[command];
  if (!run) {
    console.error(`usage: onsite <command> …\n  ${JUDGE_USAGE}\n  ${VALIDATE_USAGE}\n  ${ASK_USAGE}\n  ${EXPECTED_USAGE}`);
    return 2;
  }
  return run(rest);
}

endQuietlyWhenTheReaderLeaves(process.stdout);
endQuietlyWhenTheReaderLeaves(process.stderr);
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 2;
  },
);
