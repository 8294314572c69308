import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');

/** Runs the real command line with its standard output closed before it writes: `onsite … | head -0`. */
function runCli(args: string[], options: { closeOutput?: boolean } = {}): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    if (options.closeOutput === true) child.stdout.destroy();
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); });
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => { resolve({ code, out, err }); });
  });
}

describe('onsite (the command line)', () => {
  it('ends quietly with its own exit code when the reader closes the pipe early, as `| head` does', async () => {
    const { code, err } = await runCli(['ask', 'two-sum', 'Can nums be empty?'], { closeOutput: true });
    assert.equal(err, '', 'no stack trace for a closed pipe');
    assert.equal(code, 0);
  });

  it('prints a command\'s usage for --help, and the overview for a bare --help, with success', async () => {
    const judge = await runCli(['judge', '--help']);
    assert.equal(judge.code, 0);
    assert.match(judge.out, /^usage: onsite judge </);
    assert.equal(judge.err, '');
    const overview = await runCli(['-h']);
    assert.equal(overview.code, 0);
    assert.match(overview.out, /onsite validate/);
    const unknown = await runCli(['grade']);
    assert.equal(unknown.code, 2, 'an unknown command is still a usage error');
    assert.match(unknown.err, /^usage: onsite <command>/);
    // A word every object answers to is still an unknown command, not a stack trace.
    for (const word of ['constructor', 'toString', '__proto__']) {
      const inherited = await runCli([word]);
      assert.equal(inherited.code, 2, word);
      assert.match(inherited.err, /^usage: onsite <command>/, word);
    }
  });
});
