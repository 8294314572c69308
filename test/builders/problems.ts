/**
 * Real problems for tests, loaded through the real loader: the bank's by id, the fixture problems under
 * test/fixtures/problems by id, or any folder. A problem that does not load fails the test with the
 * loader's issues, never a half-loaded problem.
 */
import { join, resolve } from 'node:path';
import { loadProblem } from '../../src/problems/loader';
import type { Problem } from '../../src/problems/types';

const root = resolve(__dirname, '..', '..');
export const BANK_DIR = join(root, 'problems');
export const FIXTURE_PROBLEMS_DIR = join(root, 'test', 'fixtures', 'problems');

export async function problemAt(dir: string, origin: Problem['origin']): Promise<Problem> {
  const loaded = await loadProblem(dir, origin);
  if (!loaded.ok) throw new Error(`the problem at ${dir} does not load: ${JSON.stringify(loaded.broken.issues)}`);
  return loaded.problem;
}

export function bankProblem(id: string): Promise<Problem> {
  return problemAt(join(BANK_DIR, id), 'bundled');
}

export function fixtureProblem(id: string): Promise<Problem> {
  return problemAt(join(FIXTURE_PROBLEMS_DIR, id), 'user');
}
