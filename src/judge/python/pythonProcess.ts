/**
 * Starts the Python sandbox process and adapts it to the judge's worker channel, so WorkerClient's
 * queue, watchdog and respawning serve Python unchanged.
 *
 * The process is `process.execPath` (Node, or VS Code's Electron run as Node) with Node's permission
 * model: reads only of the sandbox script and Pyodide's folder, no writes, no child processes, no
 * native addons, no WASI; no code generation from strings; a bounded V8 heap; an environment holding
 * nothing of the user's. Worker threads are allowed because the process runs Pyodide on one (for its
 * stack, see sandboxProcess.ts): a worker has no more rights than the process it lives in.
 * See README "Python: threat model".
 */
import { type ChildProcess, fork } from 'node:child_process';
import { dirname, join, sep } from 'node:path';
import type { HostToWorker, WorkerToHost } from '../protocol';
import type { SandboxChannel } from '../workerClient';

/** V8's own heap in the sandbox process; Pyodide's WebAssembly memory is capped separately (sandboxProcess.ts). */
const MAX_OLD_SPACE_MB = 192;
const STDERR_KEPT_CHARS = 2000;

/** `--permission` is stable from Node 22.13 and 23.5; earlier releases (Node 20, VS Code's Electron) have the experimental flag. */
export function permissionFlag(nodeVersion: string = process.versions.node): '--permission' | '--experimental-permission' {
  const [major = 0, minor = 0] = nodeVersion.split('.').map(Number);
  const stable = major > 23 || (major === 23 && minor >= 5) || (major === 22 && minor >= 13);
  return stable ? '--permission' : '--experimental-permission';
}

/** The command-line flags of the sandbox process, for the script at `script` (Pyodide in pyodide/ beside it). */
export function sandboxExecArgv(script: string, nodeVersion?: string): string[] {
  return [
    permissionFlag(nodeVersion),
    `--allow-fs-read=${script}`,
    `--allow-fs-read=${join(dirname(script), 'pyodide')}${sep}`,
    // The judging thread's own CPU clock (../callClock.ts); nothing else under /proc.
    '--allow-fs-read=/proc/thread-self/schedstat',
    '--allow-worker',
    '--disallow-code-generation-from-strings',
    `--max-old-space-size=${MAX_OLD_SPACE_MB}`,
    '--no-warnings',
  ];
}

/** The sandbox script beside the judge worker (dist/python-sandbox.mjs). */
export function pythonSandboxScriptBeside(workerScript: string): string {
  return join(dirname(workerScript), 'python-sandbox.mjs');
}

class PythonChannel implements SandboxChannel {
  private stderr = '';

  constructor(
    private readonly child: ChildProcess,
    log?: (message: string) => void,
  ) {
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      if (this.stderr.length < STDERR_KEPT_CHARS) this.stderr += chunk.slice(0, STDERR_KEPT_CHARS - this.stderr.length);
    });
    child.on('exit', (code, signal) => {
      if (code !== 0 && this.stderr !== '') log?.(`python sandbox exited with ${code ?? signal ?? 'no code'}: ${this.stderr.trim()}`);
    });
  }

  on(event: 'message', listener: (message: WorkerToHost) => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
  on(event: 'exit', listener: (code: number) => void): void;
  on(event: 'message' | 'error' | 'exit', listener: (value: never) => void): void {
    if (event === 'exit') {
      this.child.on('exit', (code: number | null) => {
        (listener as (code: number) => void)(code ?? -1);
      });
      return;
    }
    this.child.on(event, listener as (value: unknown) => void);
  }

  postMessage(message: HostToWorker): void {
    if (this.child.connected) this.child.send(message);
  }

  terminate(): Promise<unknown> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.child.once('exit', resolve);
      this.child.kill('SIGKILL');
    });
  }
}

/** Forks a fresh sandbox process; it posts `ready` once Pyodide is loaded and locked down. */
export function startPythonSandbox(script: string, log?: (message: string) => void): SandboxChannel {
  const child = fork(script, [], {
    execPath: process.execPath,
    execArgv: sandboxExecArgv(script),
    // Nothing of the user's environment (tokens, paths) reaches the sandbox; Electron runs as Node.
    env: { ELECTRON_RUN_AS_NODE: '1' },
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    serialization: 'json',
  });
  return new PythonChannel(child, log);
}
