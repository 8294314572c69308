/**
 * The bundled LeetCode globals (priority queues, queue, deque, lodash) as the build writes them:
 * dist/sandbox-libraries.json beside the worker. The worker evaluates them in the sandbox; Debug Test
 * pastes them into its Node script. One reader for both, so they never disagree on the file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SandboxLibrary } from './protocol';

export type SandboxLibraryScripts = Partial<Record<SandboxLibrary, string>>;

/** The library scripts in `directory`; none when the file is missing (solutions using no library still run). */
export function loadSandboxLibraries(directory: string): SandboxLibraryScripts {
  try {
    return JSON.parse(readFileSync(join(directory, 'sandbox-libraries.json'), 'utf8')) as SandboxLibraryScripts;
  } catch {
    return {};
  }
}
