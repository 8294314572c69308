/**
 * The parts of Intl that interview code uses, as guest source text: Intl.Collator with
 * String.prototype.localeCompare on top of it, and Intl.NumberFormat with
 * Number.prototype.toLocaleString. Every locale behaves as Node's 'en-US'.
 *
 * Collation follows ICU's root collation (what Node uses for 'en'), level by level: primary
 * weights (the order of ASCII below was read from Node: controls ignorable, then whitespace,
 * punctuation and symbols, digits, letters with case folded), then secondary (accents, after NFD;
 * the mark order was read from Node too), then tertiary (lowercase before uppercase). With
 * `numeric`, a run of digits weighs as its value. ASCII strings take a single pass without
 * allocation; others are expanded into weight lists. Letters outside ASCII that NFD does not
 * reduce to ASCII sort after 'z' by code point, other symbols next to ASCII's symbols.
 */
import { GUEST_PRELUDE } from './guestPrelude';
import { NON_ASCII_WEIGHTS } from './collationWeights';
import { NUMBER_FORMAT_BODY } from './numberFormatBuiltin';

/* The Intl namespace object is shared by both groups, whichever is evaluated first. */
const INTL_OBJECT = String.raw`
let intl = G.Intl;
if (intl === null || typeof intl !== 'object') {
  intl = {};
  defineProperty(intl, toStringTagSymbol, { value: 'Intl', configurable: true });
  setGlobal('Intl', intl);
}
function localeList(locales) {
  if (locales === undefined) return [];
  if (typeof locales === 'string') return [locales];
  const out = [];
  for (let i = 0; i < locales.length; i++) out[out.length] = toStr(locales[i]);
  return out;
}
function option(options, name, allowed, fallback) {
  const v = options[name];
  if (v === undefined) return fallback;
  const s = toStr(v);
  for (let i = 0; i < allowed.length; i++) if (allowed[i] === s) return s;
  throw new RangeErrorCtor('Value ' + s + ' out of range for ' + this_ + ' options property ' + name);
}
/* What Collator and NumberFormat share: settings kept per instance where guest code cannot reach
   them, Node's check of the receiver, and one bound function per instance behind a getter (compare,
   format), so that arr.sort(collator.compare) works. bind makes that function from the settings. */
const weakGet = WeakMap.prototype.get, weakSet = WeakMap.prototype.set;
function intlService(Service, boundName, bind) {
  const settingsOf = new WeakMap(), boundOf = new WeakMap();
  function settings(instance) {
    const o = apply(weakGet, settingsOf, [instance]);
    if (o === undefined) throw new TypeErrorCtor('Method ' + this_ + '.prototype.' + boundName + ' called on incompatible receiver');
    return o;
  }
  getter(Service.prototype, boundName, function () {
    const o = settings(this);
    let bound = apply(weakGet, boundOf, [this]);
    if (bound === undefined) {
      bound = bind(o);
      apply(weakSet, boundOf, [this, bound]);
    }
    return bound;
  });
  return { settings, keep(instance, o) { apply(weakSet, settingsOf, [instance, o]); } };
}
`;

export const COLLATION_SOURCE = String.raw`(function () {
${GUEST_PRELUDE}
const this_ = 'Intl.Collator';
${INTL_OBJECT}
const charCodeAt = uncurry(String.prototype.charCodeAt), codePointAt = uncurry(String.prototype.codePointAt), normalize = uncurry(String.prototype.normalize);
const toLowerCase = uncurry(String.prototype.toLowerCase), split = uncurry(String.prototype.split), parseIntFn = parseInt, regexpExec = uncurry(RegExp.prototype.exec);
const RegExpCtor = RegExp, MapCtor = Map, mapGet = uncurry(Map.prototype.get), mapSet = uncurry(Map.prototype.set);
const mapSize = uncurry(Reflect.getOwnPropertyDescriptor(Map.prototype, 'size').get), repeat = uncurry(String.prototype.repeat);
const strSlice2 = uncurry(String.prototype.slice), fromCharCode = String.fromCharCode;
const fromCodePoint = String.fromCodePoint, ObjectCtor = Object, FunctionCtor = Function;
const ASCII_ORDER = '\t\n\x0b\f\r _-,;:!?.\'"()[]{}@*/\\&#%\x60^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';
/* Primary weights in bands, as ICU orders them: whitespace and punctuation (the "variable" characters
   that ignorePunctuation skips), symbols, '$' and other currencies, digits, letters. */
const PUNCTUATION = 1, OTHER_PUNCTUATION = 0x100, SYMBOLS = 0x120000, OTHER_SYMBOLS = 0x130000;
const DOLLAR = 0x250000, CURRENCIES = 0x250001, DIGIT_ZERO = 0x380000, OTHER_NUMBERS = 0x380010, LETTER_A = 0x4a0000, OTHER_LETTERS = 0x4a0100;
const PRIMARY = [], TERTIARY = [];
for (let c = 0; c < 128; c++) { PRIMARY[c] = 0; TERTIARY[c] = 0; }
for (let i = 0, symbol = false; i < ASCII_ORDER.length; i++) {
  const c = charCodeAt(ASCII_ORDER, i);
  const letter = c >= 97 && c <= 122;
  if (c === 96) symbol = true;
  PRIMARY[c] = c === 36 ? DOLLAR : c >= 48 && c <= 57 ? DIGIT_ZERO + c - 48 : letter ? LETTER_A + c - 97 : symbol ? SYMBOLS + i : PUNCTUATION + i;
  if (letter) { PRIMARY[c - 32] = PRIMARY[c]; TERTIARY[c - 32] = 1; }
}
/* A run of digits as one numeric weight: its significant digits (at least one), from..to. */
let runFrom = 0, runTo = 0;
function digitRun(s, i) {
  const n = s.length;
  let k = i, e;
  while (k < n && charCodeAt(s, k) === 48) k++;
  for (e = k; e < n; e++) { const d = charCodeAt(s, e); if (d < 48 || d > 57) break; }
  runFrom = k === e ? e - 1 : k; runTo = e;
}
function compareDigits(x, xFrom, xTo, y, yFrom, yTo) {
  if (xTo - xFrom !== yTo - yFrom) return xTo - xFrom < yTo - yFrom ? -1 : 1;
  for (let k = 0; k < xTo - xFrom; k++) {
    const a = charCodeAt(x, xFrom + k), b = charCodeAt(y, yFrom + k);
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}
function isDigit(c) { return c >= 48 && c <= 57; }

/* Where the next character that weighs at the primary level stands, from 'from' on: not an
   ignorable one, nor punctuation when it is skipped. 'end' when none is left, -1 at a character beyond
   ASCII (the general path takes over). */
function nextWeighed(s, from, end, skipPunctuation) {
  for (let k = from; k < end; k++) {
    const c = charCodeAt(s, k);
    if (c >= 128) return -1;
    const p = PRIMARY[c];
    if (p !== 0 && !(skipPunctuation && p < SYMBOLS)) return k;
  }
  return end;
}
/* One pass over two ASCII strings without allocating; 2 means "not ASCII, take the general path".
   An identical prefix weighs the same on both sides at every level, so it is skipped, except for
   the start of a digit run it cuts when numeric. */
function compareAscii(x, y, o) {
  const n = x.length, m = y.length, numeric = o.numeric, skipPunctuation = o.ignorePunctuation;
  let i = 0, j = 0, tertiary = 0;
  const shorter = n < m ? n : m;
  while (i < shorter && charCodeAt(x, i) === charCodeAt(y, i)) i++;
  if (numeric) while (i > 0 && isDigit(charCodeAt(x, i - 1))) i--;
  j = i;
  for (;;) {
    i = nextWeighed(x, i, n, skipPunctuation);
    if (i < 0) return 2;
    j = nextWeighed(y, j, m, skipPunctuation);
    if (j < 0) return 2;
    /* At the end of a string its weight is 0, which sorts it first. */
    const cx = i < n ? charCodeAt(x, i) : 0, cy = j < m ? charCodeAt(y, j) : 0;
    let px = i < n ? PRIMARY[cx] : 0, py = j < m ? PRIMARY[cy] : 0;
    if (numeric && px !== 0 && py !== 0 && isDigit(cx) && isDigit(cy)) {
      digitRun(x, i); const xFrom = runFrom, xTo = runTo;
      digitRun(y, j);
      const d = compareDigits(x, xFrom, xTo, y, runFrom, runTo);
      if (d !== 0) return d;
      i = xTo; j = runTo;
      continue;
    }
    if (numeric) { if (isDigit(cx) && px !== 0) px = DIGIT_ZERO; if (isDigit(cy) && py !== 0) py = DIGIT_ZERO; }
    if (px !== py) return px < py ? -1 : 1;
    if (px === 0) break;
    if (tertiary === 0 && TERTIARY[cx] !== TERTIARY[cy]) tertiary = TERTIARY[cx] < TERTIARY[cy] ? -1 : 1;
    i++; j++;
  }
  return o.level === 'base' || o.level === 'accent' ? 0 : o.upperFirst ? -tertiary : tertiary;
}

/* Strings beyond ASCII are rarer: their code is compiled on first use, so that evaluating the
   group (on every test of a solution that mentions localeCompare) does not pay for it. */
let weighText = null;
function weigh(s, o) {
  if (weighText === null) {
    const digitRunOf = (text, i) => { digitRun(text, i); return [runFrom, runTo]; };
    weighText = new FunctionCtor('d', ${JSON.stringify(NON_ASCII_WEIGHTS)})({
      __proto__: null, codePointAt, normalize, toLowerCase, split, parseIntFn, regexpExec, RegExpCtor, fromCodePoint, apply, isDigit, digitRunOf,
      PRIMARY, TERTIARY, SYMBOLS, OTHER_PUNCTUATION, OTHER_SYMBOLS, CURRENCIES, DIGIT_ZERO, OTHER_NUMBERS, OTHER_LETTERS,
    });
  }
  return weighText(s, o);
}
/* A sort key: the weight lists as one string whose code-unit order is the collation order
   (primaries, then a 0 and secondaries, then a 0 and tertiaries, as the sensitivity asks), so a
   sort compares cached keys natively instead of walking both strings on every comparison. */
function encode(weight) { return fromCharCode((weight >> 15) + 1, (weight & 0x7fff) + 1); }
const PRIMARY_KEY = [];
for (let c = 0; c < 128; c++) PRIMARY_KEY[c] = PRIMARY[c] === 0 ? '' : encode(PRIMARY[c]);
const DIGIT_RUN = encode(DIGIT_ZERO);
function tertiaryUnit(t, o) { return fromCharCode(o.upperFirst ? 2 - t : 1 + t); }
function levels(primaries, secondaries, tertiaries, o) {
  if (o.level === 'base') return primaries;
  if (o.level === 'accent') return primaries + '\0' + secondaries;
  if (o.level === 'case') return primaries + '\0' + tertiaries;
  return primaries + '\0' + secondaries + '\0' + tertiaries;
}
function asciiKey(s, o) {
  const n = s.length;
  let primaries = '', tertiaries = '', count = 0;
  for (let i = 0; i < n; i++) {
    const c = charCodeAt(s, i);
    if (c >= 128) return null;
    const p = PRIMARY[c];
    if (p === 0 || (o.ignorePunctuation && p < SYMBOLS)) continue;
    count++;
    if (o.numeric && isDigit(c)) {
      digitRun(s, i);
      primaries += DIGIT_RUN + encode(runTo - runFrom) + strSlice2(s, runFrom, runTo);
      tertiaries += tertiaryUnit(0, o);
      i = runTo - 1;
      continue;
    }
    primaries += PRIMARY_KEY[c];
    tertiaries += tertiaryUnit(TERTIARY[c], o);
  }
  return levels(primaries, repeat('\x01', count), tertiaries, o);
}
function generalKey(s, o) {
  const w = weigh(s, o);
  let primaries = '', secondaries = '', tertiaries = '';
  for (let k = 0; k < w.p.length; k++) {
    primaries += encode(w.p[k]);
    const from = w.runs[2 * k], to = w.runs[2 * k + 1];
    if (from >= 0) primaries += encode(to - from) + strSlice2(w.text, from, to);
    tertiaries += tertiaryUnit(w.ter[k], o);
  }
  for (let k = 0; k < w.sec.length; k++) secondaries += fromCharCode(w.sec[k]);
  return levels(primaries, secondaries, tertiaries, o);
}
const CACHED_LENGTH = 128, CACHED_KEYS = 50000;
function keyOf(s, o) {
  let key = mapGet(o.keys, s);
  if (key !== undefined) return key;
  key = asciiKey(s, o);
  if (key === null) key = generalKey(s, o);
  if (mapSize(o.keys) >= CACHED_KEYS) o.keys = new MapCtor();
  mapSet(o.keys, s, key);
  return key;
}
function collate(x, y, o) {
  if (x.length <= CACHED_LENGTH && y.length <= CACHED_LENGTH) {
    const a = keyOf(x, o), b = keyOf(y, o);
    return a < b ? -1 : a > b ? 1 : 0;
  }
  const fast = compareAscii(x, y, o);
  if (fast !== 2) return fast;
  const a = generalKey(x, o), b = generalKey(y, o);
  return a < b ? -1 : a > b ? 1 : 0;
}

function resolve(locales, options) {
  localeList(locales);
  const opts = options === undefined ? {} : ObjectCtor(options);
  const usage = option(opts, 'usage', ['sort', 'search'], 'sort');
  const level = option(opts, 'sensitivity', ['base', 'accent', 'case', 'variant'], 'variant');
  const ignorePunctuation = !!opts.ignorePunctuation;
  const numeric = !!opts.numeric;
  const caseFirst = option(opts, 'caseFirst', ['upper', 'lower', 'false'], 'false');
  return { usage, level, ignorePunctuation, numeric, caseFirst, upperFirst: caseFirst === 'upper', keys: new MapCtor() };
}

function Collator(locales, options) {
  if (new.target === undefined) return new Collator(locales, options);
  collators.keep(this, resolve(locales, options));
}
const collators = intlService(Collator, 'compare', (o) => (x, y) => collate(toStr(x), toStr(y), o));
const settings = collators.settings;
method(Collator.prototype, 'resolvedOptions', function resolvedOptions() {
  const o = settings(this);
  return { locale: 'en-US', usage: o.usage, sensitivity: o.level, ignorePunctuation: o.ignorePunctuation, collation: 'default', numeric: o.numeric, caseFirst: o.caseFirst };
});
defineProperty(Collator.prototype, toStringTagSymbol, { value: 'Intl.Collator', configurable: true });
method(Collator, 'supportedLocalesOf', function supportedLocalesOf(locales) { return localeList(locales); });
method(intl, 'Collator', Collator);

const defaultSettings = resolve(undefined, undefined);
function localeCompare(that, locales, options) {
  if (this === null || this === undefined) throw new TypeErrorCtor('String.prototype.localeCompare called on null or undefined');
  const o = locales === undefined && options === undefined ? defaultSettings : resolve(locales, options);
  return collate(typeof this === 'string' ? this : toStr(this), typeof that === 'string' ? that : toStr(that), o);
}
defineProperty(localeCompare, 'length', { value: 1, configurable: true });
method(String.prototype, 'localeCompare', localeCompare);
})();`;

export const NUMBER_FORMAT_SOURCE = String.raw`(function () {
${GUEST_PRELUDE}
const this_ = 'Intl.NumberFormat';
${INTL_OBJECT}
${NUMBER_FORMAT_BODY}
})();`;
