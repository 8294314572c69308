/** The `onsite` command line: a small dispatcher over its subcommands. */
import { ASK_USAGE, runAsk } from './ask';
import { EXPECTED_USAGE, runExpected } from './expected';
import { JUDGE_USAGE, runJudge } from './judge';
import { VALIDATE_USAGE, runValidate } from './validate';

/** A Map: the command is the user's word, and an object would answer "constructor" with Object's own. */
const COMMANDS = new Map<string, { run: (args: string[]) => Promise<number>; usage: string }>(Object.entries({
  ask: { run: runAsk, usage: ASK_USAGE },
  expected: { run: runExpected, usage: EXPECTED_USAGE },
  judge: { run: runJudge, usage: JUDGE_USAGE },
  validate: { run: runValidate, usage: VALIDATE_USAGE },
}));

const asksForHelp = (args: readonly string[]): boolean => args.includes('--help') || args.includes('-h');

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
  const chosen = command === undefined ? undefined : COMMANDS.get(command);
  const overview = `usage: onsite <command> …\n  ${JUDGE_USAGE}\n  ${VALIDATE_USAGE}\n  ${ASK_USAGE}\n  ${EXPECTED_USAGE}`;
  // Asking for help is not a mistake: the usage goes to standard output with success.
  if (chosen === undefined && asksForHelp(argv)) {
    console.log(overview);
    return 0;
  }
  if (!chosen) {
    console.error(overview);
    return 2;
  }
  if (asksForHelp(rest)) {
    console.log(chosen.usage);
    return 0;
  }
  return chosen.run(rest);
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
