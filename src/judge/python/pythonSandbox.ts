/**
 * What the judge needs to run Python: the sandbox client (started on first use, never at
 * activation or for a JavaScript interview) and the time scaling that makes a problem's
 * JavaScript-calibrated limit fair to Pyodide.
 */
import { existsSync } from 'node:fs';
import { WorkerClient } from '../workerClient';
import { pythonSandboxScriptBeside, startPythonSandbox } from './pythonProcess';

/**
 * Python's limit is the problem's limit times this. The problem limits are calibrated on QuickJS;
 * `npm run bench -- --python` measured 10^6 loop additions at 414 ms in Pyodide, 75 ms in QuickJS
 * and 13 ms in Node (5.5× QuickJS), while idiomatic Python leans on builtins (sorted, dict, Counter)
 * that run at C speed and close most of that gap. 4× sits between; LeetCode too gives Python
 * more time than JavaScript.
 */
export const PYTHON_TIME_FACTOR = 4;

export function pythonTimeLimitMs(javascriptLimitMs: number): number {
  return Math.max(1, Math.round(javascriptLimitMs * PYTHON_TIME_FACTOR));
}

/** The client of the Python sandbox process whose script sits beside the judge worker. */
export function pythonSandboxClient(workerScript: string, log?: (message: string) => void): WorkerClient {
  const script = pythonSandboxScriptBeside(workerScript);
  return new WorkerClient({
    workerScript: script,
    ...(log !== undefined ? { log } : {}),
    // Pyodide runs the source as given: nothing to wait for before the first call.
    transformsFirst: () => false,
    start: () => {
      if (!existsSync(script)) throw new Error(`Python is not available: ${script} is missing (run \`npm run build\`)`);
      return startPythonSandbox(script, log);
    },
  });
}
