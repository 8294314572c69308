import { strict as assert } from 'node:assert';
import { librariesMentioned, prepareSource, stripModuleSyntax } from '../../../src/judge/solutionSource';

describe('judge / solution source', () => {
  it('leaves TypeScript for the worker to transpile, and strips module syntax from JavaScript', () => {
    const ts = prepareSource('export const f = (a: number): number => a;', 'typescript');
    assert.deepEqual(ts, { script: 'export const f = (a: number): number => a;', fileName: 'solution.ts', typescript: true, libraries: [], builtins: [] });
    const js = prepareSource('export const f = (a) => a;', 'javascript');
    assert.deepEqual(js, { script: 'const f = (a) => a;', fileName: 'solution.js', typescript: false, libraries: [], builtins: [] });
  });

  it('turns module syntax into plain declarations without moving lines', () => {
    const out = stripModuleSyntax(["import { MinPriorityQueue } from '@datastructures-js/priority-queue';", 'export const a = 1;', 'export default function f() {}', 'export { a };', 'export default a;'].join('\n'));
    assert.deepEqual(out.split('\n'), ['', 'const a = 1;', 'function f() {}', '', 'module.exports = a;']);
  });

  it('loads only the libraries a source mentions', () => {
    assert.deepEqual(librariesMentioned('const q = new MinPriorityQueue();'), ['priorityQueue']);
    assert.deepEqual(librariesMentioned('const q = new Queue(); const d = new Deque();'), ['queue', 'deque']);
    assert.deepEqual(librariesMentioned('return _.groupBy(x, f);'), ['lodash']);
    assert.deepEqual(librariesMentioned('const a_b = 1; obj._x = 2; for (const _ of xs) {}'), []);
  });
});
