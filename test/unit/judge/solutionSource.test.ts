import { strict as assert } from 'node:assert';
import { librariesMentioned, prepareSource, stripModuleSyntax } from '../../../src/judge/solutionSource';

describe('judge / solution source', () => {
  it('keeps every TypeScript line where it was', async () => {
    const source = ['interface P { a: number }', 'enum Color { Red, Green }', 'type X = {', '  a: string;', '};', 'function f(a: number[]): number {', '  return a.length as number;', '}', 'throw new Error("here");'].join('\n');
    const prepared = await prepareSource(source, 'typescript');
    assert.ok(prepared.ok);
    const lines = prepared.script.split('\n');
    assert.equal(lines.length, source.split('\n').length);
    assert.equal(lines[8], 'throw new Error("here");');
    assert.match(lines[5] ?? '', /^function f\(a\)/);
  });

  it('reports TypeScript syntax errors with a position', async () => {
    const prepared = await prepareSource('function f(a: number {\n}\n', 'typescript');
    assert.ok(!prepared.ok);
    assert.equal(prepared.line, 1);
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
