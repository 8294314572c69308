/**
 * The integration suite in desktop VS Code, through @vscode/test-electron, for machines that can
 * download VS Code. Where the download host cannot be reached (this project's CI has no internet
 * besides package registries) it says so in one line and exits 0 without claiming any test passed;
 * the same suite then runs inside code-server in the e2e stage.
 */
import { lookup } from 'node:dns/promises';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { bundleIntegrationSuite, ROOT } from './bundle';

const DOWNLOAD_HOST = 'update.code.visualstudio.com';

async function reachable(host: string, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => { timer = setTimeout(() => { resolve(false); }, timeoutMs); });
  const resolved = lookup(host).then(() => true, () => false);
  const result = await Promise.race([resolved, timeout]);
  clearTimeout(timer);
  return result;
}

async function main(): Promise<number> {
  if (!(await reachable(DOWNLOAD_HOST, 3000))) {
    console.log(`integration (desktop VS Code): not run: ${DOWNLOAD_HOST} is unreachable, so VS Code cannot be downloaded here; the suite runs in code-server in the e2e stage`);
    return 0;
  }
  const suite = await bundleIntegrationSuite();
  const userData = mkdtempSync(join(tmpdir(), 'onsite-desktop-'));
  const workspace = join(userData, 'workspace');
  mkdirSync(workspace, { recursive: true });
  const launchArgs = [workspace, '--disable-extensions', `--user-data-dir=${join(userData, 'user')}`];
  const common = { extensionDevelopmentPath: ROOT, launchArgs };
  // Two launches on the same user data: the second sees what survives a restart of the window.
  const first = await runTests({ ...common, extensionTestsPath: suite.index }).catch(() => 1);
  const second = await runTests({ ...common, extensionTestsPath: suite.afterReload }).catch(() => 1);
  return first === 0 && second === 0 ? 0 : 1;
}

void main().then((code) => { process.exitCode = code; });
