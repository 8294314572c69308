/**
 * The first lines of every Node built-in group (guest source text, evaluated inside the group's
 * own function scope): the intrinsics every group needs, captured before the solution runs, and
 * Node's argument errors with Node's codes and messages, since solutions sometimes print them.
 */
export const GUEST_PRELUDE = String.raw`'use strict';
const G = globalThis, apply = Reflect.apply, defineProperty = Reflect.defineProperty;
const getPrototypeOf = Reflect.getPrototypeOf, keysOf = Object.keys, isObjectIs = Object.is;
const toStringTagSymbol = Symbol.toStringTag, symbolToString = Symbol.prototype.toString;
const strSlice = String.prototype.slice, strIncludes = String.prototype.includes, toStr = String;
/* uncurry(String.prototype.charCodeAt)(s, i): a call without the argument array Reflect.apply needs,
   about four times faster in QuickJS, and still immune to later changes of the prototype. */
const callIntrinsic = Function.prototype.call, bindIntrinsic = Function.prototype.bind;
function uncurry(fn) { return apply(bindIntrinsic, callIntrinsic, [fn]); }
const ErrorCtor = Error, TypeErrorCtor = TypeError, RangeErrorCtor = RangeError;
function setGlobal(name, value) { defineProperty(G, name, { value, writable: true, configurable: true, enumerable: false }); }
function method(target, name, fn) { defineProperty(target, name, { value: fn, writable: true, configurable: true, enumerable: false }); }
function getter(target, name, fn) { defineProperty(target, name, { get: fn, configurable: true, enumerable: false }); }
function nodeError(Ctor, code, message) {
  const e = new Ctor(message);
  defineProperty(e, 'code', { value: code, writable: true, configurable: true, enumerable: true });
  return e;
}
function inspectPrimitive(v) {
  if (typeof v === 'string') {
    const q = apply(strIncludes, v, ["'"]) && !apply(strIncludes, v, ['"']) ? '"' : "'";
    return q + v + q;
  }
  if (typeof v === 'bigint') return toStr(v) + 'n';
  if (typeof v === 'symbol') return apply(symbolToString, v, []);
  return isObjectIs(v, -0) ? '-0' : toStr(v);
}
/* Node's ERR_INVALID_ARG_TYPE wording, "Received ..." included. */
function describeReceived(v) {
  if (v === null || v === undefined) return 'Received ' + v;
  if (typeof v === 'function') return 'Received function ' + (typeof v.name === 'string' && v.name ? v.name : '<anonymous>');
  if (typeof v === 'object') {
    let name = '';
    try { const ctor = v.constructor; if (typeof ctor === 'function' && typeof ctor.name === 'string') name = ctor.name; } catch (e) { name = ''; }
    return name ? 'Received an instance of ' + name : 'Received [Object: null prototype]';
  }
  let shown;
  if (typeof v === 'string') shown = inspectPrimitive(v.length > 28 ? apply(strSlice, v, [0, 25]) + '...' : v);
  else { shown = inspectPrimitive(v); if (shown.length > 28) shown = apply(strSlice, shown, [0, 25]) + '...'; }
  return 'Received type ' + typeof v + ' (' + shown + ')';
}
function invalidArgType(name, expected, v) {
  return nodeError(TypeErrorCtor, 'ERR_INVALID_ARG_TYPE', 'The "' + name + '" argument must be ' + expected + '. ' + describeReceived(v));
}`;


/**
 * Node's DOMException, shared by the groups that throw one: the first group evaluated installs
 * it and later ones use that, so `e instanceof DOMException` holds whichever group threw.
 */
export const DOM_EXCEPTION = String.raw`
let DOMExceptionCtor = G.DOMException;
if (typeof DOMExceptionCtor !== 'function') {
  const CODES = { __proto__: null, InvalidCharacterError: 5, DataCloneError: 25 };
  DOMExceptionCtor = class DOMException extends ErrorCtor {
    #name; #code;
    constructor(message, name) {
      super(message === undefined ? '' : toStr(message));
      this.#name = name === undefined ? 'Error' : toStr(name);
      this.#code = CODES[this.#name] === undefined ? 0 : CODES[this.#name];
    }
    get name() { return this.#name; }
    get code() { return this.#code; }
  };
  defineProperty(DOMExceptionCtor.prototype, toStringTagSymbol, { value: 'DOMException', configurable: true });
  defineProperty(DOMExceptionCtor, 'INVALID_CHARACTER_ERR', { value: 5, enumerable: true });
  defineProperty(DOMExceptionCtor, 'DATA_CLONE_ERR', { value: 25, enumerable: true });
  setGlobal('DOMException', DOMExceptionCtor);
}`;
