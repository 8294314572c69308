import { ANSWER_WRITER_SOURCE } from './answerWriter';
import { NODE_SHAPES_SOURCE } from './nodeShapes';
import { DEFAULT_MAX_OUTPUT_CHARS } from '../protocol';

/**
 * The harness that runs inside QuickJS before any untrusted script. It is guest code, kept as text.
 *
 * It captures every intrinsic it needs before the solution runs, so nothing the solution overrides
 * afterwards (prototypes, JSON, Set, String methods, array index setters) can bend argument
 * construction or the serialised answer. Output is built by string concatenation and arrays it
 * owns have a null prototype, because writes to a fresh index consult Array.prototype setters.
 * The completion value of this script is the API object; the worker holds its handle directly,
 * so reassigning globals later cannot reach it.
 *
 * The generator's rng is mulberry32: small, seeded, and identical in every engine.
 * The text has no line comments, so it can be folded onto one line (the debug script does).
 *
 * Shapes (computed by the host from the problem's types, never parsed here with string methods):
 * "plain" | "list" | "tree" | "void" | "graph" | "randomList" | { of: Shape } | { tailOf: i } | { nodeOf: i }
 * (see protocol.ts). With `fresh`, every node built for the input is remembered, so an answer that
 * reuses one (a clone that is not a deep copy, a decoder that returns the tree it was given) fails.
 */
export const HARNESS_FACTORY = String.raw`(function (debugInNode) {
'use strict';
const G = globalThis;
const apply = Reflect.apply, construct = Reflect.construct, defineProperty = Reflect.defineProperty;
const keysOf = Object.keys, setProto = Object.setPrototypeOf, hasOwn = Object.prototype.hasOwnProperty;
const isArray = Array.isArray, parse = JSON.parse, stringify = JSON.stringify, toStr = String;
const floor = Math.floor, imul = Math.imul;
const SetCtor = Set, setHas = Set.prototype.has, setAdd = Set.prototype.add, setDelete = Set.prototype.delete;
const arrayJoin = Array.prototype.join, MapCtor = Map, mapGet = Map.prototype.get, mapSet = Map.prototype.set, arraySort = Array.prototype.sort;
const strSlice = String.prototype.slice, ErrorCtor = Error, TypeErrorCtor = TypeError;
const ownKeys = Reflect.ownKeys, deleteProperty = Reflect.deleteProperty;
const symbolToString = Symbol.prototype.toString;
const primitiveOf = [Number.prototype.valueOf, String.prototype.valueOf, Boolean.prototype.valueOf, BigInt.prototype.valueOf];
const MAX_DEPTH = 1000, MAX_ITEMS = 4000000, MAX_CONSOLE = 16 * 1024, JOIN_FROM = 64, JOIN_BLOCK = 4096;
let maxOutputChars = ${DEFAULT_MAX_OUTPUT_CHARS};

/* Guest globals come from an allowlist: what LeetCode's Node offers and the sandbox can make safe.
   Anything else the engine defines goes before the solution runs: SharedArrayBuffer (a growable one
   widens its view past the real allocation, onto the live heap and memory freed by earlier tests),
   and QuickJS-only names such as InternalError. */
const ALLOWED_GLOBALS = new SetCtor(['Object', 'Function', 'Array', 'Number', 'Boolean', 'String', 'Symbol', 'BigInt', 'Date', 'RegExp',
  'Error', 'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError',
  'Promise', 'Proxy', 'Reflect', 'JSON', 'Math', 'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'Iterator',
  'ArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
  'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
  'globalThis', 'Infinity', 'NaN', 'undefined', 'eval', 'isFinite', 'isNaN', 'parseFloat', 'parseInt',
  'decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent', 'escape', 'unescape']);
if (!debugInNode) {
  const names = ownKeys(G);
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (typeof name !== 'string' || !apply(setHas, ALLOWED_GLOBALS, [name])) deleteProperty(G, name);
  }
}

function ownList() { return setProto([], null); }
function has(set, v) { return apply(setHas, set, [v]); }
function add(set, v) { apply(setAdd, set, [v]); }
function remove(set, v) { apply(setDelete, set, [v]); }
function slice(s, a, b) { return apply(strSlice, s, [a, b]); }
function own(o, k) { return apply(hasOwn, o, [k]); }
function setGlobal(name, value) { defineProperty(G, name, { value, writable: true, configurable: true, enumerable: false }); }

class ListNode { val; next; constructor(val, next) { this.val = val === undefined ? 0 : val; this.next = next === undefined ? null : next; } }
class TreeNode { val; left; right; constructor(val, left, right) { this.val = val === undefined ? 0 : val; this.left = left === undefined ? null : left; this.right = right === undefined ? null : right; } }
setGlobal('ListNode', ListNode);
setGlobal('TreeNode', TreeNode);

const moduleRecord = { exports: {} };
if (!debugInNode) {
  setGlobal('module', moduleRecord);
  setGlobal('exports', moduleRecord.exports);
}

/* Console: captured per test and capped; formatting never lets a hostile value escape. */
let consoleText = '', consoleDropped = 0;
function formatForConsole(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'function') return '[Function]';
  if (typeof v === 'symbol') return apply(symbolToString, v, []);
  if (typeof v === 'bigint') return toStr(v) + 'n';
  if (v === undefined) return 'undefined';
  try { return serializeValue(v, { size: 0, limit: 4096, ancestors: new SetCtor() }, 0); } catch (e) { return '[unprintable value]'; }
}
function write(args) {
  if (consoleText.length >= MAX_CONSOLE) { consoleDropped++; return; }
  let line = '';
  for (let i = 0; i < args.length; i++) line += (i ? ' ' : '') + formatForConsole(args[i]);
  line += '\n';
  if (consoleText.length + line.length > MAX_CONSOLE) { line = slice(line, 0, MAX_CONSOLE - consoleText.length); consoleDropped++; }
  consoleText += line;
}
const consoleObject = {};
const consoleNames = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'table', 'dir'];
for (let i = 0; i < consoleNames.length; i++) defineProperty(consoleObject, consoleNames[i], { value: function () { write(arguments); }, writable: true, configurable: true });
if (!debugInNode) setGlobal('console', consoleObject);

/* Timers never fire on their own: they run on a virtual clock only while the host drives a
   promise the entry point returned, and are discarded when the test ends. */
let timers = ownList(), timerSeq = 0, virtualNow = 0;
function schedule(fn, ms, args, repeat) {
  const id = ++timerSeq;
  const delay = typeof ms === 'number' && ms > 0 ? ms : 0;
  timers[timers.length] = { id, at: virtualNow + delay, fn, args, repeat: repeat ? delay : -1 };
  return id;
}
function cancel(id) {
  const kept = ownList();
  for (let i = 0; i < timers.length; i++) if (timers[i].id !== id) kept[kept.length] = timers[i];
  timers = kept;
}
function restArgs(a, from) { const out = ownList(); for (let i = from; i < a.length; i++) out[out.length] = a[i]; return out; }
if (!debugInNode) {
setGlobal('setTimeout', function (fn, ms) { return schedule(fn, ms, restArgs(arguments, 2), false); });
setGlobal('setInterval', function (fn, ms) { return schedule(fn, ms, restArgs(arguments, 2), true); });
setGlobal('setImmediate', function (fn) { return schedule(fn, 0, restArgs(arguments, 1), false); });
setGlobal('clearTimeout', cancel);
setGlobal('clearInterval', cancel);
setGlobal('clearImmediate', cancel);
}
function runNextTimer() {
  if (timers.length === 0) return false;
  let best = 0;
  for (let i = 1; i < timers.length; i++) if (timers[i].at < timers[best].at) best = i;
  const t = timers[best];
  cancel(t.id);
  virtualNow = t.at;
  if (t.repeat >= 0) timers[timers.length] = { id: t.id, at: virtualNow + (t.repeat || 1), fn: t.fn, args: t.args, repeat: t.repeat };
  if (typeof t.fn === 'function') apply(t.fn, undefined, t.args);
  return true;
}

${ANSWER_WRITER_SOURCE}
${NODE_SHAPES_SOURCE}
function serializeShaped(v, shape, state, depth) {
  if (shape === 'void') return spend(state, 'null');
  if (shape === 'list') return serializeList(v, state);
  if (shape === 'tree') return serializeTree(v, state);
  if (shape === 'graph') return serializeGraph(v, state);
  if (shape === 'randomList') return serializeRandomList(v, state);
  if (isShape(shape, 'nodeOf')) return serializeNodeOf(v, shape.nodeOf, state);
  if (isShape(shape, 'of') && isArray(v)) {
    if (depth > MAX_DEPTH) fail('the output is nested too deeply');
    const n = v.length;
    if (!(n <= MAX_ITEMS)) fail('the output array is too long');
    let out = spend(state, '[');
    for (let i = 0; i < n; i++) out += (i ? spend(state, ',') : '') + serializeShaped(v[i], shape.of, state, depth + 1);
    return out + spend(state, ']');
  }
  return serializeValue(v, state, depth);
}

let inputNodes = null;
function remember(node) { if (inputNodes !== null) add(inputNodes, node); return node; }
function reused(node) { return inputNodes !== null && has(inputNodes, node); }

function buildList(a) {
  if (!isArray(a)) return null;
  let head = null;
  for (let i = a.length - 1; i >= 0; i--) head = remember(new ListNode(a[i], head));
  return head;
}
function buildTree(a) {
  if (!isArray(a) || a.length === 0 || a[0] === null) return null;
  const root = remember(new TreeNode(a[0]));
  const queue = ownList();
  queue[0] = root;
  let head = 0, i = 1;
  while (i < a.length && head < queue.length) {
    const node = queue[head++];
    if (i < a.length) { if (a[i] !== null) { node.left = remember(new TreeNode(a[i])); queue[queue.length] = node.left; } i++; }
    if (i < a.length) { if (a[i] !== null) { node.right = remember(new TreeNode(a[i])); queue[queue.length] = node.right; } i++; }
  }
  return root;
}
function isShape(shape, key) { return typeof shape === 'object' && shape !== null && own(shape, key); }
function buildShaped(json, shape) {
  if (shape === 'list') return buildList(json);
  if (shape === 'tree') return buildTree(json);
  if (shape === 'graph') return buildGraph(json);
  if (shape === 'randomList') return buildRandomList(json);
  if (isShape(shape, 'of') && isArray(json)) {
    for (let i = 0; i < json.length; i++) json[i] = buildShaped(json[i], shape.of);
  }
  return json;
}

function encode(fn) {
  try { return 'J' + fn(); } catch (e) {
    if (e !== null && typeof e === 'object' && own(e, 'onsiteOutputFailure')) return 'X' + e.message;
    throw e;
  }
}
function freshState() { return { size: 0, limit: maxOutputChars, ancestors: new SetCtor() }; }

let currentArgs = ownList(), passedArgs = ownList(), inputsAsBuilt = ownList();

function resolveEntry(scopeValue, name, hostExports) {
  if (typeof scopeValue === 'function') return scopeValue;
  const ex = hostExports === undefined ? moduleRecord.exports : hostExports;
  if (ex !== null && (typeof ex === 'object' || typeof ex === 'function')) {
    if (typeof ex[name] === 'function') return ex[name];
    if (typeof ex === 'function') return ex;
    if (typeof ex.default === 'function') return ex.default;
  }
  return null;
}
/* A codec's two functions: top level (LeetCode's JavaScript), or the methods of a class Codec or
   Solution (LintCode's free equivalents), one instance encoding and another decoding, as LeetCode's
   driver does. scopeValues: the two names' values, then Codec's and Solution's. */
function resolveCodec(scopeValues, encoderName, decoderName, hostExports) {
  const encoder = resolveEntry(scopeValues[0], encoderName, hostExports), decoder = resolveEntry(scopeValues[1], decoderName, hostExports);
  if (encoder !== null && decoder !== null && encoder !== decoder) return { encoder, decoder };
  for (let i = 2; i < scopeValues.length; i++) {
    const C = scopeValues[i];
    if (typeof C !== 'function') continue;
    const ser = construct(C, ownList()), deser = construct(C, ownList());
    if (typeof ser[encoderName] !== 'function' || typeof deser[decoderName] !== 'function') continue;
    return {
      encoder: function () { return apply(ser[encoderName], ser, arguments); },
      decoder: function (data) { return apply(deser[decoderName], deser, [data]); },
    };
  }
  throw new TypeErrorCtor('no functions named ' + encoderName + ' and ' + decoderName + ' were found; define both at the top level (for example var ' + encoderName + ' = function (...) {...})');
}

return {
  resolve: resolveEntry,
  resolveCodec,
  /* The host caps each answer near the expected answer's size, so a huge output never leaves the sandbox. */
  limitOutput(chars) { maxOutputChars = chars; },
  useNodeClass(kind) {
    const NodeClass = kind === 'graph' ? GraphNode : RandomListNode;
    setGlobal('_Node', NodeClass);
    setGlobal('Node', NodeClass);
  },
  /* fresh: remember the input's nodes (a deep copy or a decoded tree must not reuse them). */
  prepare(shapesJson, argsJson, fresh) {
    const shapes = parse(shapesJson), args = parse(argsJson);
    inputNodes = fresh === true ? new SetCtor() : null;
    currentArgs = ownList();
    inputsAsBuilt = ownList();
    argumentTrees = ownList();
    for (let i = 0; i < args.length; i++) {
      const shape = shapes[i];
      currentArgs[i] = isShape(shape, 'nodeOf') || isShape(shape, 'tailOf') ? args[i] : buildShaped(args[i], shape);
      if (shape === 'graph' || shape === 'randomList') recordAsBuilt(i, shape);
    }
    passedArgs = ownList();
    for (let i = 0; i < args.length; i++) {
      const shape = shapes[i];
      if (isShape(shape, 'tailOf')) { linkTail(currentArgs[shape.tailOf], args[i]); continue; }
      if (isShape(shape, 'nodeOf')) currentArgs[i] = nodeWithVal(shape.nodeOf, args[i]);
      passedArgs[passedArgs.length] = currentArgs[i];
    }
  },
  /* A codec's answer is decoder(encoder(...args)); the encoding must be a string, as LeetCode's driver passes it on. */
  call(fn, decoder, encoderName) {
    const returned = apply(fn, undefined, passedArgs);
    if (decoder === undefined) return returned;
    if (typeof returned !== 'string') {
      const what = returned === null ? 'null' : isArray(returned) ? 'an array' : returned instanceof TreeNode ? 'a TreeNode' : typeof returned === 'object' ? 'an object' : typeof returned;
      throw new TypeErrorCtor(toStr(encoderName) + ' must return a string, but it returned ' + what);
    }
    return apply(decoder, undefined, [returned]);
  },
  serialize(value, shapeJson) {
    return encode(() => {
      if (inputsAsBuilt.length > 0) checkInputsUnchanged();
      return serializeShaped(value, parse(shapeJson), freshState(), 0);
    });
  },
  serializeArgument(index, shapeJson) { return encode(() => serializeShaped(currentArgs[index], parse(shapeJson), freshState(), 0)); },
  runDesign(Ctor, className, designJson, testJson) {
    const design = parse(designJson), test = parse(testJson);
    const ops = test[0], argLists = test[1];
    const state = freshState();
    /* A null-prototype table: replaying 10^5 calls must cost little per call and nothing the solution defines may intercept a lookup. */
    const table = setProto({}, null);
    const names = keysOf(design.methods);
    for (let i = 0; i < names.length; i++) {
      const m = design.methods[names[i]];
      let plain = true;
      for (let j = 0; j < m.shapes.length; j++) if (m.shapes[j] !== 'plain') plain = false;
      table[names[i]] = { shapes: m.shapes, returns: m.returns, plain };
    }
    const build = (list, shapes) => { const out = ownList(); for (let i = 0; i < list.length; i++) out[i] = buildShaped(list[i], shapes[i]); return out; };
    return encode(() => {
      if (typeof Ctor !== 'function') throw new TypeErrorCtor(className + ' is not a class');
      const instance = construct(Ctor, build(argLists[0], design.constructorShapes));
      let out = spend(state, '[null');
      for (let i = 1; i < ops.length; i++) {
        const name = ops[i];
        const m = typeof name === 'string' ? table[name] : undefined;
        if (m === undefined) throw new TypeErrorCtor('unknown operation ' + toStr(name));
        const method = instance[name];
        if (typeof method !== 'function') throw new TypeErrorCtor(className + '.' + name + ' is not a function');
        const result = apply(method, instance, m.plain ? argLists[i] : build(argLists[i], m.shapes));
        if (m.returns === 'void') { out += spend(state, ',null'); continue; }
        const t = typeof result;
        if (m.returns === 'plain' && (t === 'number' || t === 'boolean' || result === null || result === undefined)) {
          out += spend(state, ',' + (t === 'number' ? numberText(result) : t === 'boolean' ? (result ? 'true' : 'false') : 'null'));
          continue;
        }
        out += spend(state, ',') + serializeShaped(result, m.returns, state, 1);
      }
      return out + spend(state, ']');
    });
  },
  generate(fn, size, seed, shape) {
    let a = seed >>> 0;
    const rng = () => { a = (a + 0x6d2b79f5) | 0; let t = imul(a ^ (a >>> 15), 1 | a); t = (t + imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
    const args = fn(size, rng, shape);
    if (!isArray(args)) throw new TypeErrorCtor('generate(size, rng, shape) must return the argument array');
    /* The problem's own script made these values, so the native writer may write them: for strings,
       finite numbers, arrays and plain objects its text is serializeValue's, character for character,
       at a fraction of the cost (a 200,000-call design input: 1.6 s in serializeValue, 0.2 s here).
       What it refuses (a BigInt, a cycle, nesting deeper than its stack) goes to serializeValue,
       which writes it or names the fault as it does for an answer. */
    let text;
    try { text = stringify(args); } catch (e) { text = undefined; }
    if (typeof text !== 'string') return encode(() => serializeValue(args, freshState(), 0));
    return encode(() => { spendChars(freshState(), text.length); return text; });
  },
  check(fn, argsJson, outputJson) {
    const verdict = fn(parse(argsJson), parse(outputJson));
    return encode(() => verdict === true ? 'true' : stringify(typeof verdict === 'string' ? verdict : 'the checker returned ' + toStr(verdict)));
  },
  /* A validator rejects an input by returning a reason or by throwing a string or a plain Error
     (the testlib habit); any other exception (TypeError, stack overflow) is a bug in the validator
     and propagates as a failure, so a broken validator is never mistaken for a broken input. */
  validate(fn, argsJson) {
    let verdict;
    try { verdict = fn(parse(argsJson)); } catch (e) {
      if (typeof e === 'string') verdict = e;
      else if (e !== null && typeof e === 'object' && e.name === 'Error' && typeof e.message === 'string') verdict = e.message;
      else throw e;
    }
    return encode(() => verdict === true ? 'true' : stringify(typeof verdict === 'string' ? verdict : 'the validator returned ' + toStr(verdict)));
  },
  runNextTimer,
  describeError(e) {
    let message = '', stack = '';
    try {
      if (e !== null && typeof e === 'object') {
        const name = e.name, msg = e.message, st = e.stack;
        message = (typeof name === 'string' ? name + ': ' : '') + (typeof msg === 'string' ? msg : formatForConsole(e));
        stack = typeof st === 'string' ? slice(st, 0, 4000) : '';
        const ln = e.lineNumber;
        if (stack === '' && typeof ln === 'number') stack = 'at ' + toStr(e.fileName) + ':' + toStr(ln) + ':1';
      } else {
        message = 'threw ' + (typeof e === 'string' ? stringify(e) : formatForConsole(e));
      }
    } catch (inner) { message = 'threw a value that cannot be inspected'; }
    return '{"message":' + stringify(slice(message, 0, 2000)) + ',"stack":' + stringify(stack) + '}';
  },
  consoleOutput() { return consoleDropped ? consoleText + '\n[console output truncated]\n' : consoleText; },
};
})`;

/** Evaluated in the sandbox: the harness with its sandbox-only globals (console, timers, module). */
export const HARNESS_SOURCE = `${HARNESS_FACTORY}(false)`;
