/**
 * Activation time of the release bundle in a real extension host (code-server's), and bundle sizes.
 * A small tests module times `await extension.activate()` — loading dist/extension.js and running
 * `activate` — in a fresh extension host per round; the figure is the median of ROUNDS.
 * Needs code-server in .tools (scripts/setup-e2e.sh) and Chromium; without them only sizes are given.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openBrowser } from '../../test/e2e/browser';
import { startCodeServer } from '../../test/e2e/codeServer';
import { IntegrationRunner } from '../../test/e2e/integrationRound';

const ROOT = resolve(__dirname, '..', '..');
const CODE_SERVER = join(ROOT, '.tools', 'code-server', 'node_modules', '.bin', 'code-server');
const ROUNDS = 5;
const MARKER = 'onsite-activation-ms';

// Plain JS because the extension host loads it as is; it reports through the browser console.
const PROBE = `
exports.run = async () => {
  const vscode = require('vscode');
  const extension = vscode.extensions.getExtension('onsite-dev.onsite');
  if (!extension) throw new Error('onsite-dev.onsite is not loaded');
  // Evaluating the main bundle first, on its own, separates our code's load from the host's part of
  // activating (creating the context, its storage, the RPC to the window); activate() then reuses it.
  const main = require('path').join(extension.extensionPath, extension.packageJSON.main);
  const loadStarted = performance.now();
  require(main);
  const loadMs = performance.now() - loadStarted;
  const started = performance.now();
  await extension.activate();
  console.log('${MARKER} ' + (performance.now() - started + loadMs).toFixed(1) + ' ' + loadMs.toFixed(1));
};
`;

function kilobytes(path: string): string {
  return `${(statSync(path).size / 1024).toFixed(1)} KB`;
}

function bundleSizes(): string[] {
  const dist = join(ROOT, 'dist');
  const lines: string[] = [];
  for (const name of ['extension.js', 'features.js', 'worker.js', 'cli.js', 'emscripten-module.wasm', 'webview/interview.js', 'webview/debrief.js']) {
    const path = join(dist, name);
    if (existsSync(path)) lines.push(`bundle dist/${name}: ${kilobytes(path)}`);
  }
  const vsix = readdirSync(ROOT).find((name) => /^onsite-.*\.vsix$/.test(name));
  if (vsix !== undefined) lines.push(`package ${vsix}: ${kilobytes(join(ROOT, vsix))}`);
  return lines;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** Activation times of the extension in `extensionDir` (already built), one fresh extension host per round: the whole, and evaluating the main bundle. */
export async function activationTimes(extensionDir = ROOT, rounds = ROUNDS): Promise<{ total: number; load: number }[]> {
  const state = mkdtempSync(join(tmpdir(), 'onsite-bench-activation-'));
  const probe = join(state, 'probe.js');
  writeFileSync(probe, PROBE);
  const workspace = join(state, 'workspace');
  mkdirSync(workspace);
  const server = await startCodeServer({ binary: CODE_SERVER, stateDir: state, workspace, extensionsDir: join(state, 'ext'), settings: {} });
  const browser = await openBrowser();
  try {
    const runner = await IntegrationRunner.attach(browser.page, false);
    const times: { total: number; load: number }[] = [];
    for (let round = 0; round < rounds; round += 1) {
      const result = await runner.round(server.baseUrl, workspace, extensionDir, probe);
      const line = result.lines.find((l) => l.includes(MARKER));
      if (result.exitCode !== 0 || line === undefined) throw new Error(`activation failed:\n${result.lines.slice(-20).join('\n')}`);
      const [total, load] = line.slice(line.indexOf(MARKER) + MARKER.length).trim().split(' ').map(Number);
      times.push({ total: total ?? NaN, load: load ?? NaN });
    }
    return times;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(state, { recursive: true, force: true });
  }
}

export async function benchActivation(): Promise<string[]> {
  execFileSync('node', ['scripts/build.mjs', '--release'], { cwd: ROOT, stdio: 'inherit' });
  const lines = bundleSizes();
  if (!existsSync(CODE_SERVER)) {
    lines.push('activation: not measured (code-server is not in .tools; run scripts/setup-e2e.sh)');
    return lines;
  }
  const rounds = await activationTimes();
  const times = rounds.map((r) => r.total);
  const loads = rounds.map((r) => r.load);
  lines.push(`activation (release bundle, code-server extension host, ${ROUNDS} fresh hosts): median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; of it evaluating dist/extension.js median ${median(loads).toFixed(1)} ms (0 when the host had loaded it before the probe ran, which then only waits for an activation in flight)`);
  return lines;
}

if (require.main === module) {
  void benchActivation().then((lines) => { console.log(lines.join('\n')); });
}
