import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..', '..');

/** Runs the real command line with its standard output closed before it writes: `onsite … | head -0`. */
function runWithClosedOutput(args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/main.ts'), ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
    child.on('error', reject);
    child.on('close', (code) => { resolve({ code, err }); });
  });
}

describe('onsite (the command line)', () => {
  it('ends quietly with its own exit code when the reader closes the pipe early, as `| head` does', async () => {
    const { code, err } = await runWithClosedOutput(['ask', 'two-sum', 'Can nums be empty?']);
    assert.equal(err, '', 'no stack trace for a closed pipe');
    assert.equal(code, 0);
  });
});
