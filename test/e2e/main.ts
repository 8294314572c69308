/**
 * The e2e suite: the integration tests inside code-server's extension host, then the UI flows in
 * Chromium. Each part gets a code-server of its own (fresh user data, the installed .vsix) so one
 * part's sessions never leak into another's. Prints "e2e: N passed, N failed" last.
 * Usage: node --import tsx test/e2e/main.ts --code-server BIN --extension DIR --extensions-dir DIR --state DIR [--only SLUG-OR-NAME-PART[,…]]
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { bundleIntegrationSuite } from '../integration/bundle';
import { forwardConsole, openBrowser } from './browser';
import { startCodeServer, type RunningCodeServer } from './codeServer';
import { FLOWS } from './flows/index';
import { IntegrationRunner } from './integrationRound';
import { Workbench } from './workbench';

interface Args {
  codeServer: string;
  extension: string;
  extensionsDir: string;
  state: string;
  only: string | undefined;
}

function parseArgs(argv: string[]): Args {
  const value = (flag: string): string | undefined => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const required = (flag: string): string => {
    const v = value(flag);
    if (v === undefined) throw new Error(`missing ${flag}`);
    return v;
  };
  return {
    codeServer: required('--code-server'),
    extension: required('--extension'),
    extensionsDir: required('--extensions-dir'),
    state: required('--state'),
    only: value('--only'),
  };
}

const args = parseArgs(process.argv.slice(2));
const servers = new Set<RunningCodeServer>();
let passed = 0;
let failed = 0;

async function serve(name: string, settings: Record<string, unknown> = {}): Promise<{ server: RunningCodeServer; workspace: string }> {
  const stateDir = join(args.state, name);
  const workspace = join(stateDir, 'workspace');
  mkdirSync(stateDir, { recursive: true });
  const server = await startCodeServer({ binary: args.codeServer, stateDir, workspace, extensionsDir: args.extensionsDir, settings });
  servers.add(server);
  // run.sh kills these groups on exit too, in case this process itself is killed.
  appendFileSync(join(args.state, 'groups'), `${server.pid}\n`);
  return { server, workspace };
}

async function stopAll(): Promise<void> {
  await Promise.all([...servers].map((s) => s.stop()));
  servers.clear();
}

function record(name: string, ok: boolean, seconds: number, detail = ''): void {
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? '✔' : '✘'} ${name} (${seconds.toFixed(1)} s)${detail ? `\n    ${detail}` : ''}`);
}

async function integration(): Promise<void> {
  const started = Date.now();
  const suite = await bundleIntegrationSuite();
  const { server, workspace } = await serve('integration');
  const browser = await openBrowser();
  try {
    const runner = await IntegrationRunner.attach(browser.page);
    const first = await runner.round(server.baseUrl, workspace, args.extension, suite.index);
    // Same browser and user data: a window reload, as far as the extension can tell.
    const second = await runner.round(server.baseUrl, workspace, args.extension, suite.afterReload);
    passed += first.passed + second.passed;
    failed += first.failed + second.failed;
    console.log(`integration suite in the extension host: ${first.passed + second.passed} ok, ${first.failed + second.failed} not ok (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    record('integration suite', false, (Date.now() - started) / 1000, String(error));
  } finally {
    await browser.close();
    await server.stop();
    servers.delete(server);
  }
}

async function flows(): Promise<void> {
  for (const flow of FLOWS) {
    const wanted = args.only?.split(',');
    if (wanted !== undefined && !wanted.some((only) => flow.slug === only || flow.name.includes(only))) continue;
    const started = Date.now();
    const { server, workspace } = await serve(`flow-${flow.slug}`, flow.settings ?? {});
    const browser = await openBrowser();
    const workbench = new Workbench(browser.page, server, workspace);
    forwardConsole(browser.page, { prefix: `│ ${flow.slug}: `, types: ['error'] });
    try {
      await flow.run(workbench);
      record(flow.name, true, (Date.now() - started) / 1000);
    } catch (error) {
      await workbench.screenshot(`FAILED-${flow.slug}`).catch(() => undefined);
      record(flow.name, false, (Date.now() - started) / 1000, error instanceof Error ? (error.stack ?? error.message) : String(error));
    } finally {
      await browser.close();
      await server.stop();
      servers.delete(server);
    }
  }
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => { void stopAll().finally(() => process.exit(130)); });
  }
  try {
    if (args.only === undefined || args.only === 'integration') await integration();
    if (args.only !== 'integration') await flows();
  } finally {
    await stopAll();
  }
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 ? 1 : 0;
}

void main().catch(async (error: unknown) => {
  console.error(error);
  await stopAll();
  console.log(`e2e: ${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
