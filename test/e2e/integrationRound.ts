/**
 * Runs the integration suite inside code-server's real extension host: the page URL carries
 * extensionDevelopmentPath and extensionTestsPath, the tests' console comes back through the browser,
 * and the workbench calls `codeAutomationExit` with the exit code when the tests finish.
 */
import type { Page } from 'playwright-core';
import { forwardConsole } from './browser';

const RESULT = /onsite-integration-result (\{.*\})/;

export interface RoundResult {
  passed: number;
  failed: number;
  exitCode: number;
  /** Everything the page logged during the round, workbench styling removed. */
  lines: string[];
}

export function workbenchUrl(baseUrl: string, workspace: string, payload?: [string, string][]): string {
  const folder = `folder=${encodeURIComponent(workspace)}`;
  return payload === undefined ? `${baseUrl}/?${folder}` : `${baseUrl}/?${folder}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Strips the workbench's "%c INFO color: …" styling so forwarded lines read like the original. */
function plain(line: string): string {
  return line.replace(/^%c\s*\w+\s+color:\s*\S+\s*/, '');
}

export class IntegrationRunner {
  private exitWaiter: ((code: number) => void) | undefined;
  private lastResult: { passed: number; failed: number } | undefined;
  private lines: string[] = [];

  private constructor(private readonly page: Page, private readonly echo: boolean) {}

  /** `echo: false` keeps the host's console out of stdout (benchmarks read `lines` instead). */
  static async attach(page: Page, echo = true): Promise<IntegrationRunner> {
    const runner = new IntegrationRunner(page, echo);
    await page.exposeFunction('codeAutomationExit', (code: number) => { runner.exitWaiter?.(code); });
    forwardConsole(page, { prefix: '│ host: ' }, (line) => {
      const text = plain(line.slice('│ host: '.length));
      const match = RESULT.exec(text);
      if (match?.[1] !== undefined) runner.lastResult = JSON.parse(match[1]) as { passed: number; failed: number };
      runner.lines.push(text);
      if (runner.echo) process.stdout.write(`│ host: ${text}\n`);
    });
    return runner;
  }

  private reported(): { passed: number; failed: number } | undefined {
    return this.lastResult;
  }

  /** Loads the workbench with the tests module and waits for it to report (at most `timeoutMs`). */
  async round(baseUrl: string, workspace: string, extensionDir: string, testsModule: string, timeoutMs = 300_000): Promise<RoundResult> {
    this.lastResult = undefined;
    this.lines = [];
    let timer: NodeJS.Timeout | undefined;
    const exited = new Promise<number>((resolve, reject) => {
      timer = setTimeout(() => { reject(new Error(`the extension tests did not finish within ${timeoutMs / 1000} s`)); }, timeoutMs);
      this.exitWaiter = resolve;
    });
    let exitCode: number;
    try {
      // Only the document matters; the workbench keeps loading scripts long after, on a busy machine.
      await this.page.goto(workbenchUrl(baseUrl, workspace, [
        ['extensionDevelopmentPath', `vscode-remote://remote${extensionDir}`],
        ['extensionTestsPath', `vscode-remote://remote${testsModule}`],
      ]), { waitUntil: 'domcontentloaded', timeout: 120_000 });
      exitCode = await exited;
    } finally {
      clearTimeout(timer);
      this.exitWaiter = undefined;
      exited.catch(() => undefined);
    }
    const counts = this.reported() ?? { passed: 0, failed: 1 };
    // A crash before mocha reports (a load error in the bundle) must still count as a failure.
    return { ...counts, failed: exitCode !== 0 && counts.failed === 0 ? 1 : counts.failed, exitCode, lines: this.lines };
  }
}
