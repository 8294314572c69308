/**
 * From a problem's entry description to the calls the sandbox makes: which values are built as
 * ListNode/TreeNode, which parameter an in-place problem judges, how a design test is replayed.
 */
import type { FunctionEntry, Param, Problem, ValueType } from '../problems/types';
import type { FunctionCallExtras, GuestCall, Shape } from './protocol';

/** "ListNode" → list, "TreeNode[]" → array of trees, "number[][]" → plain JSON. */
export function shapeOf(type: ValueType): Shape {
  const t = type.replace(/\s*\|\s*null\b/g, '').trim();
  if (t === 'ListNode') return 'list';
  if (t === 'TreeNode') return 'tree';
  if (t === 'GraphNode') return 'graph';
  if (t === 'RandomListNode') return 'randomList';
  if (t === 'void') return 'void';
  if (t.endsWith('[]')) {
    const inner = shapeOf(t.slice(0, -2));
    return inner === 'plain' ? 'plain' : { of: inner };
  }
  return 'plain';
}

/** The call that runs `args` (the test's JSON argument array) through the problem's entry point. */
export function entryCall(problem: Problem, argsJson: string): GuestCall {
  const entry = problem.meta.entry;
  if (entry.kind === 'design') {
    const methods: Record<string, { shapes: Shape[]; returns: Shape }> = {};
    for (const m of entry.methods) methods[m.name] = { shapes: m.params.map((p) => shapeOf(p.type)), returns: shapeOf(m.returns) };
    return {
      kind: 'design',
      className: entry.className,
      constructorShapes: entry.constructorParams.map((p) => shapeOf(p.type)),
      methods,
      testJson: argsJson,
    };
  }
  const inPlace = problem.meta.inPlace;
  const inPlaceIndex = inPlace === undefined ? -1 : entry.params.findIndex((p) => p.name === inPlace);
  const argShapes = entry.params.map((p) => paramShape(p, entry.params));
  return {
    kind: 'function',
    entryName: entry.name,
    argShapes,
    returnShape: entry.returnsNodeOf === undefined ? shapeOf(entry.returns) : { nodeOf: indexOf(entry.params, entry.returnsNodeOf) },
    inPlaceIndex: inPlaceIndex >= 0 ? inPlaceIndex : null,
    argsJson,
    ...callExtras(entry, argShapes),
  };
}

function indexOf(params: Param[], name: string): number {
  return params.findIndex((p) => p.name === name);
}

/** A parameter that refers to another one (LCA's p, a cycle's pos) is built from that one's value. */
function paramShape(param: Param, params: Param[]): Shape {
  if (param.nodeOf !== undefined) return { nodeOf: indexOf(params, param.nodeOf) };
  if (param.tailOf !== undefined) return { tailOf: indexOf(params, param.tailOf) };
  return shapeOf(param.type);
}

function callExtras(entry: FunctionEntry, argShapes: Shape[]): FunctionCallExtras {
  const shapes = [...argShapes, shapeOf(entry.returns)];
  const nodeClass = shapes.includes('graph') ? 'graph' : shapes.includes('randomList') ? 'randomList' : undefined;
  const extras: FunctionCallExtras = {};
  if (entry.decoder !== undefined) extras.decoderName = entry.decoder;
  if (nodeClass !== undefined) extras.nodeClass = nodeClass;
  // A clone must be a deep copy, and a decoded tree must be rebuilt from the string alone.
  if (nodeClass !== undefined || entry.decoder !== undefined) extras.freshOutput = true;
  return extras;
}

/** A cheap, stable fingerprint of the files a cached expected value depends on. */
export function fingerprint(...texts: string[]): string {
  let h = 0x811c9dc5;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0xff;
  }
  return (h >>> 0).toString(16);
}
