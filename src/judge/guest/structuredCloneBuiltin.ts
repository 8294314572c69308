/**
 * structuredClone (and the DOMException it throws), as guest source text. It follows V8's
 * serializer as Node 20 runs it: own enumerable string keys read through getters, prototypes
 * dropped (class instances come back as plain objects), holes and extra properties of arrays kept,
 * one copy per source object so cycles and shared references survive, a typed array and its
 * buffer stay connected, and Error objects keep their standard name, message, stack and cause.
 *
 * The copy is iterative (a queue of shells still to fill), so a long linked list cannot exhaust
 * the QuickJS stack. Values are written with defineProperty through one null-prototype
 * descriptor, so neither an own "__proto__" key nor a setter the solution put on a prototype
 * changes the copy.
 */
import { DOM_EXCEPTION, GUEST_PRELUDE } from './guestPrelude';

export const STRUCTURED_CLONE_SOURCE = String.raw`(function () {
${GUEST_PRELUDE}
const isArray = Array.isArray, objToString = Object.prototype.toString, fnToString = Function.prototype.toString;
const setProto = Object.setPrototypeOf, hasOwn = Object.prototype.hasOwnProperty, getOwnDescriptor = Reflect.getOwnPropertyDescriptor;
const ObjectCtor = Object, ArrayCtor = Array, MapCtor = Map, SetCtor = Set, DateCtor = Date, RegExpCtor = RegExp;
const mapGet = uncurry(Map.prototype.get), mapSet = uncurry(Map.prototype.set), mapForEach = Map.prototype.forEach;
const setAdd = uncurry(Set.prototype.add), setForEach = Set.prototype.forEach, tagOf = uncurry(objToString);
function getterOf(proto, name) { const d = getOwnDescriptor(proto, name); return d === undefined ? undefined : d.get; }
const mapSize = getterOf(Map.prototype, 'size'), setSize = getterOf(Set.prototype, 'size');
const dateGetTime = Date.prototype.getTime;
const regexpSource = getterOf(RegExp.prototype, 'source'), regexpFlags = getterOf(RegExp.prototype, 'flags');
const ArrayBufferCtor = ArrayBuffer, abByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const abResizable = getterOf(ArrayBuffer.prototype, 'resizable'), abMaxByteLength = getterOf(ArrayBuffer.prototype, 'maxByteLength');
const TypedArrayProto = getPrototypeOf(Uint8Array.prototype);
const taBuffer = getterOf(TypedArrayProto, 'buffer'), taByteOffset = getterOf(TypedArrayProto, 'byteOffset'), taLength = getterOf(TypedArrayProto, 'length');
const taSet = TypedArrayProto.set, taTag = getterOf(TypedArrayProto, toStringTagSymbol), Uint8ArrayCtor = Uint8Array;
const DataViewCtor = DataView, dvBuffer = getterOf(DataView.prototype, 'buffer');
const dvByteOffset = getterOf(DataView.prototype, 'byteOffset'), dvByteLength = getterOf(DataView.prototype, 'byteLength');
const TYPED = { __proto__: null, Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array };
const PRIMITIVE_OF = { __proto__: null, Boolean: Boolean.prototype.valueOf, Number: Number.prototype.valueOf, String: String.prototype.valueOf, BigInt: BigInt.prototype.valueOf };
const ERRORS = { __proto__: null, Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
const NOT_CLONEABLE = { __proto__: null, Promise: 1, WeakMap: 1, WeakSet: 1, WeakRef: 1, FinalizationRegistry: 1, Generator: 1, AsyncGenerator: 1, Arguments: 1, Symbol: 1 };

${DOM_EXCEPTION}
function notCloneable(text) { return new DOMExceptionCtor(text + ' could not be cloned.', 'DataCloneError'); }

/* V8 names the object by its constructor ("#<Promise>"), or by its tag when it has none. */
function describeObject(v, tag) {
  if (tag === 'Symbol' || tag === 'Generator' || tag === 'AsyncGenerator') return '[object ' + tag + ']';
  if (tag === 'Arguments' || apply(strIncludes, tag, [' Iterator'])) return '#<Object>';
  let name = '';
  try { const ctor = v.constructor; if (typeof ctor === 'function' && typeof ctor.name === 'string') name = ctor.name; } catch (e) { name = ''; }
  return name ? '#<' + name + '>' : '[object ' + tag + ']';
}
function branded(check, v) { try { apply(check, v, []); return true; } catch (e) { return false; } }

const slot = { __proto__: null, value: undefined, writable: true, enumerable: true, configurable: true };
function put(target, key, value) { slot.value = value; defineProperty(target, key, slot); slot.value = undefined; }

function structuredClone(value, options) {
  if (arguments.length === 0) throw nodeError(TypeErrorCtor, 'ERR_MISSING_ARGS', 'The value argument must be specified');
  if (options !== undefined && options !== null && typeof options !== 'object') {
    throw nodeError(TypeErrorCtor, 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  const copies = new MapCtor();
  const pending = setProto([], null);
  let pendingCount = 0;
  function copy(v) {
    const t = typeof v;
    if (t === 'symbol') throw notCloneable(apply(symbolToString, v, []));
    if (t === 'function') throw notCloneable(apply(fnToString, v, []));
    if (t !== 'object' || v === null) return v;
    const known = mapGet(copies, v);
    if (known !== undefined) return known;
    const tag = isArray(v) ? 'Array' : apply(strSlice, tagOf(v), [8, -1]);
    let shell, kind = 'object';
    if (isArray(v)) { shell = new ArrayCtor(v.length); kind = 'array'; }
    else if (tag === 'Map' && branded(mapSize, v)) { shell = new MapCtor(); kind = 'map'; }
    else if (tag === 'Set' && branded(setSize, v)) { shell = new SetCtor(); kind = 'set'; }
    else if (tag === 'Date' && branded(dateGetTime, v)) { shell = new DateCtor(apply(dateGetTime, v, [])); kind = 'done'; }
    else if (tag === 'RegExp' && branded(regexpSource, v)) { shell = new RegExpCtor(apply(regexpSource, v, []), apply(regexpFlags, v, [])); kind = 'done'; }
    else if (tag === 'ArrayBuffer' && branded(abByteLength, v)) { shell = copyBuffer(v); kind = 'done'; }
    else if (TYPED[tag] !== undefined && apply(taTag, v, []) === tag) {
      shell = new TYPED[tag](copy(apply(taBuffer, v, [])), apply(taByteOffset, v, []), apply(taLength, v, [])); kind = 'done';
    } else if (tag === 'DataView' && branded(dvBuffer, v)) {
      shell = new DataViewCtor(copy(apply(dvBuffer, v, [])), apply(dvByteOffset, v, []), apply(dvByteLength, v, [])); kind = 'done';
    } else if (PRIMITIVE_OF[tag] !== undefined && branded(PRIMITIVE_OF[tag], v)) { shell = ObjectCtor(apply(PRIMITIVE_OF[tag], v, [])); kind = 'done'; }
    else if (tag === 'Error') { shell = errorShell(v); kind = 'error'; }
    else if (NOT_CLONEABLE[tag] === 1 || apply(strIncludes, tag, [' Iterator'])) throw notCloneable(describeObject(v, tag));
    else shell = {};
    mapSet(copies, v, shell);
    if (kind !== 'done') { pending[pendingCount++] = v; pending[pendingCount++] = shell; pending[pendingCount++] = kind; }
    return shell;
  }
  function errorShell(v) {
    let name = 'Error';
    try { name = v.name; } catch (e) { name = 'Error'; }
    const Ctor = typeof name === 'string' && apply(hasOwn, ERRORS, [name]) ? ERRORS[name] : ErrorCtor;
    const message = getOwnDescriptor(v, 'message');
    const shell = message !== undefined && hasOwnValue(message) ? new Ctor(toStr(message.value)) : new Ctor();
    let stack;
    try { stack = v.stack; } catch (e) { stack = undefined; }
    if (typeof stack === 'string') defineProperty(shell, 'stack', { value: stack, writable: true, configurable: true, enumerable: false });
    else delete shell.stack;
    return shell;
  }
  function hasOwnValue(d) { return apply(hasOwn, d, ['value']); }
  function fill(source, target, kind) {
    if (kind === 'map') { apply(mapForEach, source, [(val, key) => { mapSet(target, copy(key), copy(val)); }]); return; }
    if (kind === 'set') { apply(setForEach, source, [(val) => { setAdd(target, copy(val)); }]); return; }
    if (kind === 'error') {
      if (getOwnDescriptor(source, 'cause') !== undefined) defineProperty(target, 'cause', { value: copy(source.cause), writable: true, configurable: true, enumerable: false });
      return;
    }
    const keys = keysOf(source);
    if (kind === 'array' && keys.length === source.length) {
      /* Dense, with no other keys: written in index order, which keeps QuickJS's fast array
         (only an index setter on Array.prototype or Object.prototype could see these writes). */
      for (let i = 0; i < keys.length; i++) target[i] = copy(source[i]);
      return;
    }
    for (let i = 0; i < keys.length; i++) { const k = keys[i]; put(target, k, copy(source[k])); }
  }
  const result = copy(value);
  for (let i = 0; i < pendingCount; i += 3) {
    fill(pending[i], pending[i + 1], pending[i + 2]);
    pending[i] = pending[i + 1] = undefined;
  }
  return result;
}

function copyBuffer(source) {
  const length = apply(abByteLength, source, []);
  const resizable = abResizable !== undefined && apply(abResizable, source, []);
  const target = resizable ? new ArrayBufferCtor(length, { maxByteLength: apply(abMaxByteLength, source, []) }) : new ArrayBufferCtor(length);
  apply(taSet, new Uint8ArrayCtor(target), [new Uint8ArrayCtor(source)]);
  return target;
}

setGlobal('structuredClone', structuredClone);
})();`;
