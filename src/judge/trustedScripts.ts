/**
 * The bundled bank's generator.js and validator.js, run in the worker thread's own engine (V8) rather
 * than in QuickJS. These files ship inside the extension and are trusted as its own code is; a user's
 * folder, a solution, a reference and every other script still run in the sandbox, and a validator
 * still only reads the input it is given. Generating and validating the bank's large inputs was most
 * of what `onsite validate` cost: all 5,996 bundled inputs took 55 s to generate in QuickJS and 6.4 s
 * in V8 (2026-12-07). Both engines give the same text and the same verdicts (trustedScripts.test.ts
 * compares every bundled generator and validator in the two). What the sandbox gave and V8 cannot: a
 * time limit that interrupts a call. A bundled script that never returned would meet the host's
 * watchdog instead, as a sandboxed call that ignores the interrupt does.
 */
import { compileFunction } from 'node:vm';
import { VALIDATOR_KIT_NAMES, VALIDATOR_KIT_SOURCE } from './guest/validatorKit';
import { DEFAULT_MAX_OUTPUT_CHARS, type GuestCall, type SandboxOutcome } from './protocol';
import { seededRandom } from './seededRandom';

type Generate = (size: number, rng: () => number, shape?: string) => unknown;
type Validate = (args: unknown) => unknown;

/** The scripts' console goes nowhere, as the sandbox's does for problem scripts. */
const SILENT_CONSOLE = new Proxy({} as Console, { get: () => () => undefined });

/**
 * The validator kit's helpers (fail, int, ints, text…) in VALIDATOR_KIT_NAMES' order, built once: the
 * kit's own script, given an object of its own to define them on instead of this thread's global.
 */
let kitHelpers: unknown[] | undefined;
function validatorKit(): unknown[] {
  if (kitHelpers === undefined) {
    const kit: Record<string, unknown> = {};
    (compileFunction(VALIDATOR_KIT_SOURCE, ['globalThis'], { filename: 'validatorKit.js' }) as (global: object) => void)(kit);
    kitHelpers = VALIDATOR_KIT_NAMES.map((name) => kit[name]);
  }
  return kitHelpers;
}

/** Compiled once per script; each call runs the file's top level again, as a fresh QuickJS context would. */
const factories = new Map<string, (...scope: unknown[]) => unknown>();
function factoryFor(script: string, entry: 'generate' | 'validate', fileName: string, scopeNames: string[]): (...scope: unknown[]) => unknown {
  const key = `${entry}\0${script}`;
  let factory = factories.get(key);
  if (factory === undefined) {
    factory = compileFunction(`${script}\n;return typeof ${entry} === 'function' ? ${entry} : undefined;`, scopeNames, { filename: fileName }) as (...scope: unknown[]) => unknown;
    factories.set(key, factory);
  }
  return factory;
}

function failed(message: string, started: number, failure: 'runtime' | 'output' = 'runtime'): SandboxOutcome {
  return { status: 'failed', failure, message, timeMs: performance.now() - started, console: '' };
}

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : `threw ${String(error)}`;
}

function generate(script: string, call: Extract<GuestCall, { kind: 'generate' }>, started: number): SandboxOutcome {
  const fn = factoryFor(script, 'generate', 'generator.js', ['console'])(SILENT_CONSOLE) as Generate | undefined;
  if (fn === undefined) return failed('generator.js must define generate(size, rng, shape)', started);
  const args = fn(call.size, seededRandom(call.seed), call.shape);
  if (!Array.isArray(args)) return failed('TypeError: generate(size, rng, shape) must return the argument array', started);
  const outputJson = JSON.stringify(args);
  // A generated input may be as long as an answer: the harness's own cap.
  if (outputJson.length > DEFAULT_MAX_OUTPUT_CHARS) return failed(`the output is too large (over ${DEFAULT_MAX_OUTPUT_CHARS} characters)`, started, 'output');
  return { status: 'returned', outputJson, timeMs: performance.now() - started, console: '' };
}

/**
 * As the harness's `validate`: a reason returned, a string thrown or a plain Error thrown refuses the
 * input; any other exception is a bug in the validator and fails the call.
 */
function validate(script: string, call: Extract<GuestCall, { kind: 'validate' }>, started: number): SandboxOutcome {
  const fn = factoryFor(script, 'validate', 'validator.js', ['console', ...VALIDATOR_KIT_NAMES])(SILENT_CONSOLE, ...validatorKit()) as Validate | undefined;
  if (fn === undefined) return failed('validator.js must define validate(args)', started);
  let verdict: unknown;
  try {
    verdict = fn(JSON.parse(call.argsJson));
  } catch (error) {
    const plain = error !== null && typeof error === 'object' ? (error as { name?: unknown; message?: unknown }) : undefined;
    if (typeof error === 'string') verdict = error;
    else if (plain?.name === 'Error' && typeof plain.message === 'string') verdict = plain.message;
    else throw error;
  }
  const outputJson = verdict === true ? 'true' : JSON.stringify(typeof verdict === 'string' ? verdict : `the validator returned ${String(verdict)}`);
  return { status: 'returned', outputJson, timeMs: performance.now() - started, console: '' };
}

/** One call of a bundled generator.js or validator.js, answered as the sandbox answers it. */
export function runTrustedCall(script: string, call: GuestCall): SandboxOutcome {
  const started = performance.now();
  try {
    if (call.kind === 'generate') return generate(script, call, started);
    if (call.kind === 'validate') return validate(script, call, started);
    return failed(`a bundled script's ${call.kind} call runs in the sandbox, not here`, started);
  } catch (error) {
    return failed(errorText(error), started);
  }
}
