/**
 * TextEncoder and TextDecoder for UTF-8, as guest source text. Encoding replaces a lone surrogate
 * with U+FFFD as the WHATWG Encoding standard (and Node) do; decoding follows the standard's UTF-8
 * decoder, so every maximal invalid subsequence becomes one U+FFFD, or a TypeError with Node's
 * code when `fatal` is set, and `{stream: true}` keeps an incomplete sequence for the next call.
 */
import { GUEST_PRELUDE } from './guestPrelude';

export const TEXT_CODING_SOURCE = String.raw`(function () {
${GUEST_PRELUDE}
const charCodeAt = uncurry(String.prototype.charCodeAt), fromCharCode = String.fromCharCode, toLowerCase = String.prototype.toLowerCase;
const trim = String.prototype.trim, setProto = Object.setPrototypeOf, getOwnDescriptor = Reflect.getOwnPropertyDescriptor;
const Uint8ArrayCtor = Uint8Array, TypedArrayProto = getPrototypeOf(Uint8Array.prototype);
function getterOf(proto, name) { return getOwnDescriptor(proto, name).get; }
const taTag = getterOf(TypedArrayProto, toStringTagSymbol), taBuffer = getterOf(TypedArrayProto, 'buffer');
const taByteOffset = getterOf(TypedArrayProto, 'byteOffset'), taByteLength = getterOf(TypedArrayProto, 'byteLength');
const abByteLength = getterOf(ArrayBuffer.prototype, 'byteLength');
const dvBuffer = getterOf(DataView.prototype, 'buffer'), dvByteOffset = getterOf(DataView.prototype, 'byteOffset'), dvByteLength = getterOf(DataView.prototype, 'byteLength');
const UTF8_LABELS = { __proto__: null, 'utf-8': 1, utf8: 1, 'unicode-1-1-utf-8': 1, unicode11utf8: 1, unicode20utf8: 1, 'x-unicode20utf8': 1 };

let charsRead = 0;
/* Writes s as UTF-8 into out (at most capacity bytes, never part of a character); returns bytes written. */
function writeUtf8(s, out, capacity) {
  const n = s.length;
  let w = 0, i = 0;
  for (; i < n; i++) {
    let c = charCodeAt(s, i);
    if (c < 0x80) { if (w >= capacity) break; if (out !== null) out[w] = c; w++; continue; }
    if (c < 0x800) { if (w + 2 > capacity) break; if (out !== null) { out[w] = 0xc0 | (c >> 6); out[w + 1] = 0x80 | (c & 63); } w += 2; continue; }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = charCodeAt(s, i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        if (w + 4 > capacity) break;
        const cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        if (out !== null) { out[w] = 0xf0 | (cp >> 18); out[w + 1] = 0x80 | ((cp >> 12) & 63); out[w + 2] = 0x80 | ((cp >> 6) & 63); out[w + 3] = 0x80 | (cp & 63); }
        w += 4; i++; continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (w + 3 > capacity) break;
    if (out !== null) { out[w] = 0xe0 | (c >> 12); out[w + 1] = 0x80 | ((c >> 6) & 63); out[w + 2] = 0x80 | (c & 63); }
    w += 3;
  }
  charsRead = i;
  return w;
}

class TextEncoder {
  get encoding() { return 'utf-8'; }
  encode(input = '') {
    const s = toStr(input);
    const out = new Uint8ArrayCtor(writeUtf8(s, null, 1 / 0));
    writeUtf8(s, out, 1 / 0);
    return out;
  }
  encodeInto(source, destination) {
    if (apply(taTag, destination, []) !== 'Uint8Array') throw invalidArgType('dest', 'an instance of Uint8Array', destination);
    const written = writeUtf8(toStr(source), destination, destination.length);
    return { read: charsRead, written };
  }
}
defineProperty(TextEncoder.prototype, toStringTagSymbol, { value: 'TextEncoder', configurable: true });

function bytesOf(input) {
  if (input === undefined) return new Uint8ArrayCtor(0);
  if (input !== null && typeof input === 'object') {
    if (apply(taTag, input, []) !== undefined) return new Uint8ArrayCtor(apply(taBuffer, input, []), apply(taByteOffset, input, []), apply(taByteLength, input, []));
    try { apply(abByteLength, input, []); return new Uint8ArrayCtor(input); } catch (e) { /* not an ArrayBuffer */ }
    try { return new Uint8ArrayCtor(apply(dvBuffer, input, []), apply(dvByteOffset, input, []), apply(dvByteLength, input, [])); } catch (e) { /* not a DataView */ }
  }
  throw nodeError(TypeErrorCtor, 'ERR_INVALID_ARG_TYPE', 'The "list" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
}
function invalidData() { return nodeError(TypeErrorCtor, 'ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding utf-8'); }

class TextDecoder {
  #fatal; #ignoreBOM; #needed = 0; #seen = 0; #codePoint = 0; #lower = 0x80; #upper = 0xbf; #bomDone = false;
  constructor(label = 'utf-8', options = {}) {
    const name = apply(toLowerCase, apply(trim, toStr(label), []), []);
    if (UTF8_LABELS[name] !== 1) throw nodeError(RangeErrorCtor, 'ERR_ENCODING_NOT_SUPPORTED', 'The "' + toStr(label) + '" encoding is not supported');
    if (options === null || (typeof options !== 'object' && typeof options !== 'function')) throw invalidArgType('options', 'of type object', options);
    this.#fatal = !!options.fatal;
    this.#ignoreBOM = !!options.ignoreBOM;
  }
  get encoding() { return 'utf-8'; }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }
  decode(input = undefined, options = undefined) {
    const bytes = bytesOf(input);
    const stream = options !== undefined && options !== null && !!options.stream;
    /* The state lives in locals while decoding (private fields are slow in QuickJS's loop). */
    let needed = this.#needed, seen = this.#seen, codePoint = this.#codePoint, lower = this.#lower, upper = this.#upper;
    let bomDone = this.#bomDone, text = '', count = 0;
    const fatal = this.#fatal, ignoreBOM = this.#ignoreBOM;
    const units = setProto([], null);
    const n = bytes.length;
    for (let i = 0; i <= n; i++) {
      let cp = -1, invalid = false;
      if (i === n) {
        if (stream || needed === 0) break;
        needed = seen = codePoint = 0; lower = 0x80; upper = 0xbf;
        invalid = true;
      } else {
        const b = bytes[i];
        if (needed === 0) {
          if (b <= 0x7f) cp = b;
          else if (b >= 0xc2 && b <= 0xdf) { needed = 1; codePoint = b & 0x1f; }
          else if (b >= 0xe0 && b <= 0xef) { if (b === 0xe0) lower = 0xa0; if (b === 0xed) upper = 0x9f; needed = 2; codePoint = b & 0xf; }
          else if (b >= 0xf0 && b <= 0xf4) { if (b === 0xf0) lower = 0x90; if (b === 0xf4) upper = 0x8f; needed = 3; codePoint = b & 7; }
          else invalid = true;
        } else if (b < lower || b > upper) {
          needed = seen = codePoint = 0; lower = 0x80; upper = 0xbf;
          invalid = true;
          i--;
        } else {
          lower = 0x80; upper = 0xbf;
          codePoint = (codePoint << 6) | (b & 0x3f);
          if (++seen === needed) { cp = codePoint; needed = seen = codePoint = 0; }
        }
      }
      if (invalid) {
        if (fatal) {
          this.#needed = this.#seen = this.#codePoint = 0; this.#lower = 0x80; this.#upper = 0xbf; this.#bomDone = false;
          throw invalidData();
        }
        cp = 0xfffd;
      }
      if (cp < 0) continue;
      if (!bomDone) { bomDone = true; if (cp === 0xfeff && !ignoreBOM) continue; }
      if (cp > 0xffff) { cp -= 0x10000; units[count++] = 0xd800 | (cp >> 10); units[count++] = 0xdc00 | (cp & 0x3ff); }
      else units[count++] = cp;
      if (count >= 8192) { units.length = count; text += apply(fromCharCode, null, units); count = 0; }
    }
    this.#needed = needed; this.#seen = seen; this.#codePoint = codePoint; this.#lower = lower; this.#upper = upper;
    this.#bomDone = stream ? bomDone : false;
    units.length = count;
    return count ? text + apply(fromCharCode, null, units) : text;
  }
}
defineProperty(TextDecoder.prototype, toStringTagSymbol, { value: 'TextDecoder', configurable: true });

setGlobal('TextEncoder', TextEncoder);
setGlobal('TextDecoder', TextDecoder);
})();`;
