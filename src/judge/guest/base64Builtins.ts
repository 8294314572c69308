/**
 * atob and btoa as Node 20 has them (guest source text): btoa takes Latin-1 text and throws
 * InvalidCharacterError above U+00FF; atob follows the WHATWG forgiving-base64 rules (ASCII
 * whitespace ignored, padding optional) and returns one character per decoded byte. LeetCode's
 * "Encode and Decode TinyURL" and similar string problems use them.
 */
import { DOM_EXCEPTION, GUEST_PRELUDE } from './guestPrelude';

export const BASE64_SOURCE = String.raw`(function () {
${GUEST_PRELUDE}
${DOM_EXCEPTION}
const charCodeAt = uncurry(String.prototype.charCodeAt), fromCharCode = String.fromCharCode, setProto = Object.setPrototypeOf;
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE = [];
for (let c = 0; c < 128; c++) VALUE[c] = -1;
for (let i = 0; i < 64; i++) VALUE[charCodeAt(ALPHABET, i)] = i;
function isWhitespace(c) { return c === 9 || c === 10 || c === 12 || c === 13 || c === 32; }
function missing() { return nodeError(TypeErrorCtor, 'ERR_MISSING_ARGS', 'The "input" argument must be specified'); }
function invalidCharacter(message) { return new DOMExceptionCtor(message, 'InvalidCharacterError'); }
function joinUnits(units, count) {
  let text = '';
  for (let from = 0; from < count; from += 8192) {
    const chunk = setProto([], null);
    const to = from + 8192 < count ? from + 8192 : count;
    for (let k = from; k < to; k++) chunk[k - from] = units[k];
    text += apply(fromCharCode, null, chunk);
  }
  return text;
}

function btoa(input) {
  if (arguments.length === 0) throw missing();
  const s = toStr(input);
  const units = setProto([], null);
  let count = 0;
  for (let i = 0; i < s.length; i += 3) {
    const a = charCodeAt(s, i), b = i + 1 < s.length ? charCodeAt(s, i + 1) : 0, c = i + 2 < s.length ? charCodeAt(s, i + 2) : 0;
    if (a > 255 || b > 255 || c > 255) throw invalidCharacter('Invalid character');
    const bits = (a << 16) | (b << 8) | c;
    units[count++] = charCodeAt(ALPHABET, bits >> 18);
    units[count++] = charCodeAt(ALPHABET, (bits >> 12) & 63);
    units[count++] = i + 1 < s.length ? charCodeAt(ALPHABET, (bits >> 6) & 63) : 61;
    units[count++] = i + 2 < s.length ? charCodeAt(ALPHABET, bits & 63) : 61;
  }
  return joinUnits(units, count);
}

function atob(input) {
  if (arguments.length === 0) throw missing();
  const s = toStr(input);
  const values = setProto([], null);
  let count = 0, padding = 0;
  for (let i = 0; i < s.length; i++) {
    const c = charCodeAt(s, i);
    if (isWhitespace(c)) continue;
    if (c === 61) { padding++; if (padding > 2) throw invalidCharacter('Invalid character'); continue; }
    const v = c < 128 ? VALUE[c] : -1;
    if (v < 0 || padding > 0) throw invalidCharacter('Invalid character');
    values[count++] = v;
  }
  if ((count + padding) % 4 === 1) throw invalidCharacter('The string to be decoded is not correctly encoded.');
  const units = setProto([], null);
  let length = 0;
  for (let i = 0; i + 1 < count; i += 4) {
    const bits = (values[i] << 18) | (values[i + 1] << 12) | (i + 2 < count ? values[i + 2] << 6 : 0) | (i + 3 < count ? values[i + 3] : 0);
    units[length++] = bits >> 16;
    if (i + 2 < count) units[length++] = (bits >> 8) & 255;
    if (i + 3 < count) units[length++] = bits & 255;
  }
  return joinUnits(units, length);
}

setGlobal('btoa', btoa);
setGlobal('atob', atob);
})();`;
