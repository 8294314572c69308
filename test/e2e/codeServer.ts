/**
 * One code-server instance with throwaway state, in its own process group so stopping it also
 * stops the extension host and watchers it spawned, even when a flow fails half-way.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync, createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface CodeServerOptions {
  binary: string;
  /** Root of this instance's state: user dir, extensions dir, XDG dirs, log. */
  stateDir: string;
  workspace: string;
  extensionsDir: string;
  settings: Record<string, unknown>;
}

export interface RunningCodeServer {
  readonly port: number;
  readonly pid: number;
  readonly baseUrl: string;
  readonly userDir: string;
  /** Pids of extension host processes started by this server (not by any other code-server). */
  extensionHostPids(): number[];
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => { resolve(port); });
    });
  });
}

export function writeUserSettings(userDir: string, settings: Record<string, unknown>): void {
  mkdirSync(join(userDir, 'User'), { recursive: true });
  // Without startupEditor: none the Welcome walkthrough covers the editor area.
  writeFileSync(join(userDir, 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', ...settings }, null, 2));
}

function processGroupOf(pid: number): number | undefined {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid pgrp ..."; comm may contain spaces, so split after ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[2]);
  } catch {
    return undefined;
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess, logPath: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}; see ${logPath}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer /healthz within 60 s; see ${logPath}`);
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const userDir = join(options.stateDir, 'user');
  writeUserSettings(userDir, options.settings);
  mkdirSync(options.workspace, { recursive: true });
  const port = await freePort();
  const logPath = join(options.stateDir, 'code-server.log');
  const log = createWriteStream(logPath);
  const child = spawn(options.binary, [
    '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust',
    '--user-data-dir', userDir, '--extensions-dir', options.extensionsDir, options.workspace,
  ], {
    detached: true, // setsid: a process group of its own
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, XDG_CONFIG_HOME: join(options.stateDir, 'config'), XDG_DATA_HOME: join(options.stateDir, 'data') },
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const pid = child.pid;
  if (pid === undefined) throw new Error('code-server did not start');
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => { resolve(); }));
    try { process.kill(-pid, 'SIGTERM'); } catch { return; }
    const timer = setTimeout(() => { try { process.kill(-pid, 'SIGKILL'); } catch { /* already gone */ } }, 5000);
    await exited;
    clearTimeout(timer);
    // Children that ignored SIGTERM (file watchers, the extension host) go with the group.
    try { process.kill(-pid, 'SIGKILL'); } catch { /* group empty */ }
  };
  try {
    await waitForHealth(baseUrl, child, logPath);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    port, pid, baseUrl, userDir, stop,
    extensionHostPids: () => readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .filter((p) => processGroupOf(p) === pid && commandLineOf(p).includes('--type=extensionHost')),
  };
}
