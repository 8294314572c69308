/**
 * Runs the bundled test files beside this module inside the extension host. The same suite runs in
 * desktop VS Code (@vscode/test-electron) and in code-server (extensionTestsPath in the page URL);
 * the closing line is machine-read by the e2e runner, since only the browser console carries it back.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import Mocha from 'mocha';

export const RESULT_MARKER = 'onsite-integration-result';

export async function runBundledTests(suffix: string): Promise<void> {
  // The browser console shows only the first argument of console.log; format before it leaves.
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => { console.log(format(...args)); };
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec' });
  // Files that hand a session over to the after-reload round run last, so no other test ends it.
  const lastly = (name: string): number => (name.includes('.beforeReload.') ? 1 : 0);
  const files = readdirSync(__dirname).filter((name) => name.endsWith(suffix)).sort((a, b) => lastly(a) - lastly(b) || a.localeCompare(b));
  for (const file of files) {
    mocha.addFile(join(__dirname, file));
  }
  const stats = await new Promise<{ passes: number; failures: number }>((resolve) => {
    const runner = mocha.run(() => {
      resolve({ passes: runner.stats?.passes ?? 0, failures: runner.stats?.failures ?? 0 });
    });
  });
  console.log(`${RESULT_MARKER} ${JSON.stringify({ passed: stats.passes, failed: stats.failures })}`);
  if (stats.failures > 0) throw new Error(`${stats.failures} integration test(s) failed`);
}
