/**
 * What the Node built-in groups cost inside QuickJS: evaluating each group in a fresh context
 * (paid by every test of a solution that mentions it), and the speed of the built-ins on
 * interview-sized inputs next to QuickJS's own localeCompare and to Node.
 * Standalone: `node --import tsx scripts/bench/nodeBuiltins.ts`.
 */
import releaseSync from '@jitl/quickjs-wasmfile-release-sync';
import { newQuickJSWASMModuleFromVariant, type QuickJSWASMModule } from 'quickjs-emscripten-core';
import { runInThisContext } from 'node:vm';
import { HARNESS_SOURCE } from '../../src/judge/guest/harness';
import { NODE_BUILTINS, type NodeBuiltinGroup } from '../../src/judge/guest/nodeBuiltins';

const ROUNDS = 200;

/**
 * Best of ROUNDS: a fresh runtime and context with the harness and the groups, minus the same
 * with the harness alone. The best, not the median: on a shared box preemption inflates medians
 * several times over, while the best round is what the work itself costs.
 */
function evaluationMs(module: QuickJSWASMModule, groups: readonly NodeBuiltinGroup[]): number {
  const run = (withGroups: readonly NodeBuiltinGroup[]): number => {
    const started = performance.now();
    const runtime = module.newRuntime();
    const context = runtime.newContext();
    context.unwrapResult(context.evalCode(HARNESS_SOURCE, 'harness.js')).dispose();
    for (const group of withGroups) context.unwrapResult(context.evalCode(group.source, `${group.name}.js`)).dispose();
    context.dispose();
    runtime.dispose();
    return performance.now() - started;
  };
  const bare: number[] = [];
  const loaded: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(run([]));
    loaded.push(run(groups));
  }
  return Math.min(...loaded) - Math.min(...bare);
}

/** Best of three fresh contexts: the first run of a code path also pays V8's lazy wasm compilation. */
function timeInQuickJs(module: QuickJSWASMModule, groups: readonly NodeBuiltinGroup[], setup: string, work: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3; attempt++) {
    const context = module.newContext();
    try {
      for (const group of groups) context.unwrapResult(context.evalCode(group.source, `${group.name}.js`)).dispose();
      context.unwrapResult(context.evalCode(setup, 'setup.js')).dispose();
      const started = performance.now();
      context.unwrapResult(context.evalCode(work, 'work.js')).dispose();
      best = Math.min(best, performance.now() - started);
    } finally {
      context.dispose();
    }
  }
  return best;
}

function timeInNode(setup: string, work: string): number {
  runInThisContext(setup);
  const started = performance.now();
  runInThisContext(work);
  return performance.now() - started;
}

const WORDS = `var seed = 5; var rnd = function () { return (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648; };
var words = []; for (var i = 0; i < 10000; i++) { var w = ''; var n = 3 + Math.floor(rnd() * 8); for (var j = 0; j < n; j++) w += 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'[Math.floor(rnd() * 52)]; words.push(w); }
var grid = []; for (var r = 0; r < 200; r++) { grid.push([]); for (var c = 0; c < 200; c++) grid[r].push(r * c); }
var text = ''; for (var k = 0; k < 20000; k++) text += 'héllo 😀 ';`;

const WORKLOADS: { label: string; groups: string[]; work: string }[] = [
  { label: 'sort 10,000 mixed-case words with localeCompare', groups: ['collation'], work: 'words.slice().sort(function (a, b) { return a.localeCompare(b); });' },
  { label: 'sort 10,000 words with a numeric Intl.Collator', groups: ['collation'], work: 'words.slice().sort(new Intl.Collator(undefined, { numeric: true }).compare);' },
  { label: 'structuredClone of a 200 × 200 grid', groups: ['structuredClone'], work: 'structuredClone(grid);' },
  { label: 'TextEncoder + TextDecoder round trip of 180,000 characters', groups: ['textCoding'], work: 'new TextDecoder().decode(new TextEncoder().encode(text));' },
  { label: 'format 10,000 numbers with Intl.NumberFormat', groups: ['numberFormat'], work: 'var f = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }); for (var q = 0; q < 10000; q++) f.format(q * 1234.5678);' },
];

export async function benchNodeBuiltins(): Promise<string[]> {
  const module = await newQuickJSWASMModuleFromVariant(releaseSync);
  const lines: string[] = [];
  evaluationMs(module, NODE_BUILTINS); // warm the wasm tiers before measuring
  for (const group of NODE_BUILTINS) {
    lines.push(`Node built-in group ${group.name} (${(group.source.length / 1024).toFixed(1)} KB): +${evaluationMs(module, [group]).toFixed(3)} ms per test`);
  }
  lines.push(`All Node built-in groups together: +${evaluationMs(module, NODE_BUILTINS).toFixed(3)} ms per test`);
  for (const { label, groups, work } of WORKLOADS) {
    const loaded = NODE_BUILTINS.filter((g) => groups.includes(g.name));
    const ours = timeInQuickJs(module, loaded, WORDS, work);
    const node = timeInNode(WORDS, work);
    const before = groups.includes('collation') && work.includes('localeCompare') ? `, QuickJS's own localeCompare ${timeInQuickJs(module, [], WORDS, work).toFixed(1)} ms` : '';
    lines.push(`${label}: ${ours.toFixed(1)} ms in QuickJS${before}, Node ${node.toFixed(1)} ms`);
  }
  return lines;
}

if (require.main === module) {
  void benchNodeBuiltins().then((lines) => {
    for (const line of lines) console.log(line);
  });
}
