import { strict as assert } from 'node:assert';
import { runInThisContext } from 'node:vm';
import * as esbuild from 'esbuild';
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import { HARNESS_SOURCE } from '../../../src/judge/guest/harness';
import { NODE_BUILTINS, nodeBuiltinsMentioned } from '../../../src/judge/guest/nodeBuiltins';
import type { SandboxLibrary } from '../../../src/judge/protocol';
import { librariesMentioned } from '../../../src/judge/solutionSource';
import { NODE_BUILTIN_CASES, type BuiltinCase } from './nodeBuiltinCases';

/**
 * Node is the oracle: each case's text runs in Node (vm.runInThisContext, Node's own globals) and in a fresh QuickJS
 * context that has only the groups the text mentions (so the mention patterns are tested too),
 * and the JSON of what each returned or threw must be the same.
 */
function wrapped(body: string): string {
  return `(function () {
  function describe(e) { return e !== null && typeof e === 'object' ? { threw: [String(e.name), e.code === undefined ? null : e.code, String(e.message)] } : { threw: [String(e)] }; }
  try {
    return Promise.resolve((function () {\n${body}\n})()).then((ok) => JSON.stringify({ ok }), (e) => JSON.stringify(describe(e)));
  } catch (e) { return Promise.resolve(JSON.stringify(describe(e))); }
})()`;
}

/** The oracle: the same text in Node's own realm (the case texts are this file's, not untrusted). */
async function inNode(body: string): Promise<string> {
  return (await runInThisContext(wrapped(body), { filename: 'case.js' })) as string;
}

function inQuickJs(module: QuickJSWASMModule, body: string, groups = nodeBuiltinsMentioned(body), librarySources: string[] = []): string {
  const context = module.newContext();
  const harness = context.unwrapResult(context.evalCode(HARNESS_SOURCE, 'harness.js'));
  try {
    for (const source of librarySources) context.unwrapResult(context.evalCode(source, 'library.js')).dispose();
    for (const group of groups) context.unwrapResult(context.evalCode(group.source, `${group.name}.js`)).dispose();
    const promise = context.unwrapResult(context.evalCode(wrapped(body), 'case.js'));
    // As the sandbox does: run promise jobs, and the harness's virtual timers when none are left.
    for (let round = 0; round < 1000 && context.getPromiseState(promise).type === 'pending'; round++) {
      const jobs = context.runtime.executePendingJobs(10_000);
      if (jobs.error) {
        const error: unknown = context.dump(jobs.error);
        jobs.error.dispose();
        throw new Error(`a job threw: ${JSON.stringify(error)}`);
      }
      if (jobs.value === 0) {
        const runNextTimer = context.getProp(harness, 'runNextTimer');
        context.unwrapResult(context.callFunction(runNextTimer, context.undefined)).dispose();
        runNextTimer.dispose();
      }
    }
    const state = context.getPromiseState(promise);
    promise.dispose();
    if (state.type !== 'fulfilled') throw new Error(`the case did not settle: ${state.type}`);
    const text = context.getString(state.value);
    state.value.dispose();
    return text;
  } finally {
    harness.dispose();
    context.dispose();
  }
}

function seededWords(count: number, alphabet: string): string[] {
  const letters = Array.from(alphabet);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, () => Array.from({ length: Math.floor(random() * 6) }, () => letters[Math.floor(random() * letters.length)]).join(''));
}

describe('judge / Node built-ins in the sandbox', () => {
  let module: QuickJSWASMModule;
  before(async () => {
    module = await newQuickJSWASMModuleFromVariant(releaseSync);
  });

  it('has a case table of at least sixty interview-style cases covering every group', () => {
    assert.ok(NODE_BUILTIN_CASES.length >= 60, `${NODE_BUILTIN_CASES.length} cases`);
    // require has its own test below, with the bundled libraries it hands out.
    for (const group of NODE_BUILTINS.filter((g) => g.name !== 'require')) {
      assert.ok(NODE_BUILTIN_CASES.some((c) => group.mentions.test(c.code)), `no case for ${group.name}`);
    }
  });

  it('lacks each built-in before its group is evaluated, so the groups are what provides them', () => {
    const body = 'return [typeof structuredClone, typeof queueMicrotask, typeof TextEncoder, typeof TextDecoder, typeof performance, typeof Intl, typeof DOMException, typeof atob, typeof btoa, typeof require];';
    assert.equal(inQuickJs(module, body, []), JSON.stringify({ ok: Array(10).fill('undefined') }));
  });

  const byGroup = new Map<string, BuiltinCase[]>();
  for (const c of NODE_BUILTIN_CASES) byGroup.set(c.group, [...(byGroup.get(c.group) ?? []), c]);
  for (const [group, cases] of byGroup) {
    describe(group, () => {
      for (const c of cases) {
        it(c.name, async () => {
          const expected = await inNode(c.code);
          assert.ok(!expected.includes('"threw"') || c.throws, `the case throws in Node: ${expected}`);
          assert.equal(inQuickJs(module, c.code), expected);
        });
      }
    });
  }

  // Seeded random inputs, compared in bulk: the case table names the uses, these find the corners.
  it('collates 2,000 random pairs of ASCII, accented and other-script words as Node does, under every option', () => {
    const words = seededWords(4000, 'aAbBzZ019 -_.~$!\t\u0000éÉe\u0301ßæøłαΑя中');
    const pairs = JSON.stringify(Array.from({ length: 2000 }, (_, i) => [words[2 * i], words[2 * i + 1]]));
    const optionSets = [undefined, { numeric: true }, { sensitivity: 'base' }, { sensitivity: 'accent' }, { sensitivity: 'case' }, { caseFirst: 'upper' }, { ignorePunctuation: true }];
    for (const options of optionSets) {
      const body = `const c = new Intl.Collator('en', ${JSON.stringify(options)}); return ${pairs}.map(([a, b]) => c.compare(a, b));`;
      assert.equal(inQuickJs(module, body), runInThisContext(`JSON.stringify({ ok: (function () { ${body} })() })`), JSON.stringify(options));
    }
  });

  it('formats 1,000 random numbers as Node does, under common options', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const numbers = JSON.stringify(Array.from({ length: 1000 }, (_, i) => (i % 2 ? -1 : 1) * (i % 3 ? Math.round(random() * 1e7) / 1000 : random() * 10 ** (Math.floor(random() * 24) - 8))));
    const optionSets = [{}, { maximumFractionDigits: 2 }, { maximumFractionDigits: 0 }, { minimumFractionDigits: 2, maximumFractionDigits: 2 }, { style: 'percent' }, { useGrouping: false, maximumFractionDigits: 6 }];
    for (const options of optionSets) {
      const body = `const f = new Intl.NumberFormat('en-US', ${JSON.stringify(options)}); return ${numbers}.map(f.format);`;
      assert.equal(inQuickJs(module, body), runInThisContext(`JSON.stringify({ ok: (function () { ${body} })() })`), JSON.stringify(options));
    }
  });

  it('require hands out the bundled LeetCode libraries and names what it offers for anything else', async function () {
    this.timeout(120_000);
    const { buildSandboxLibraries } = await import('../../../src/judge/workerBundling.mjs');
    const libraries = (await buildSandboxLibraries(esbuild)) as Record<SandboxLibrary, string>;
    const run = (body: string) => inQuickJs(module, body, undefined, librariesMentioned(body).map((name) => libraries[name]));
    assert.equal(
      run(`const { MinPriorityQueue } = require('@datastructures-js/priority-queue'); const q = new MinPriorityQueue(); [5, 1, 3].forEach((x) => q.enqueue(x)); return [q.dequeue(), q.dequeue(), q.size()];`),
      JSON.stringify({ ok: [1, 3, 1] }),
    );
    assert.equal(run(`const { Queue } = require("@datastructures-js/queue"); const q = new Queue([1, 2]); q.enqueue(3); return [q.dequeue(), q.size()];`), JSON.stringify({ ok: [1, 2] }));
    assert.equal(run(`const _ = require('lodash'); return _.chunk([1, 2, 3, 4, 5], 2);`), JSON.stringify({ ok: [[1, 2], [3, 4], [5]] }));
    const missing = JSON.parse(run(`require('fs');`)) as { threw: [string, string, string] };
    assert.deepEqual(missing.threw.slice(0, 2), ['Error', 'MODULE_NOT_FOUND']);
    assert.match(missing.threw[2], /^Cannot find module 'fs' \(the judge's sandbox offers only @datastructures-js\/priority-queue, .*lodash\)$/);
  });

  it('installs every global as Node does: writable, configurable, not enumerable', () => {
    const names = ['structuredClone', 'DOMException', 'queueMicrotask', 'TextEncoder', 'TextDecoder', 'performance', 'Intl', 'atob', 'btoa', 'require'];
    const body = `return ${JSON.stringify(names)}.map((name) => {
      const d = Object.getOwnPropertyDescriptor(globalThis, name);
      return [name, d.writable, d.configurable, d.enumerable, Object.keys(globalThis).includes(name)];
    }); // mentions structuredClone queueMicrotask TextEncoder performance Intl atob require()`;
    assert.equal(inQuickJs(module, body), JSON.stringify({ ok: names.map((n) => [n, true, true, false, false]) }));
  });

  it('keeps working after the solution replaces the prototype methods the built-ins use', () => {
    const sabotage = `
      Map.prototype.set = Map.prototype.get = Set.prototype.add = Array.prototype.push = function () { throw new Error('sabotaged'); };
      String.prototype.charCodeAt = String.prototype.slice = String.prototype.normalize = String.prototype.split = () => 0;
      RegExp.prototype.exec = () => null; Object.keys = () => []; Reflect.apply = () => 0; WeakMap.prototype.get = WeakMap.prototype.set = () => 0;
      Function.prototype.call = Function.prototype.bind = Function.prototype.apply = () => 0; String.fromCharCode = () => ''; Object.defineProperty(Object.prototype, 'x', { set() { throw new Error('setter'); }, configurable: true });
`;
    const body = `const map = new Map([['k', new Set([1, { x: 2 }])]]);
      ${sabotage}
      queueMicrotask(() => 0);
      const clone = structuredClone(map);
      const words = ['b', 'A', 'é', 'a'].sort((p, q) => p.localeCompare(q));
      const bytes = new TextDecoder().decode(new TextEncoder().encode('h€llo'));
      return [clone.size, words, bytes, new Intl.NumberFormat('en-US').format(1234.5), typeof performance.now(), atob(btoa('ok')), (12345).toLocaleString()];`;
    const result = inQuickJs(module, body);
    assert.equal(result, JSON.stringify({ ok: [1, ['a', 'A', 'b', 'é'], 'h€llo', '1,234.5', 'number', 'ok', '12,345'] }));
  });
});
