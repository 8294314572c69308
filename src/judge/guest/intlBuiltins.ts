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
`;

export const COLLATION_SOURCE = String.raw`(function () {
${GUEST_PRELUDE}
const this_ = 'Intl.Collator';
${INTL_OBJECT}
const charCodeAt = String.prototype.charCodeAt, codePointAt = String.prototype.codePointAt, normalize = String.prototype.normalize;
const toLowerCase = String.prototype.toLowerCase, split = String.prototype.split, parseIntFn = parseInt, regexpExec = RegExp.prototype.exec;
const fromCodePoint = String.fromCodePoint, ObjectCtor = Object;
const LETTER = /\p{L}/u, NUMBER = /\p{N}/u, CURRENCY = /\p{Sc}/u, SPACE = /\s/u, MARK = /\p{M}/u, PUNCT = /\p{P}/u;
const ASCII_ORDER = '\t\n\x0b\f\r _-,;:!?.\'"()[]{}@*/\\&#%\x60^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz';
const MARK_ORDER = '34f 332 313=343 314 301=341 300=340 306 302 30c 30a 342 308 344 30b 303 307 338 327 328 304 30d=30e=312=315=31a=33d=33e=33f=346=34a=34b=34c=350=351=352=357=35b=35d=35e 316=317=318=319=31c=31d=31e=31f=320=329=32a=32b=32c=32f=333=33a=33b=33c=347=348=349=34d=34e=353=354=355=356=359=35a=35c=35f=362 336=337 335 305 309 30f 310 311 31b 321 322 323 324 325 326 32d 32e 330 331 334 339 345 358 360 361 363 368 369 364 36a 365 36b 366 36c 36d 367 36e 36f';
/* Primary weights in bands, as ICU orders them: whitespace and punctuation (the "variable" characters
   that ignorePunctuation skips), symbols, '$' and other currencies, digits, letters. */
const PUNCTUATION = 1, OTHER_PUNCTUATION = 0x100, SYMBOLS = 0x120000, OTHER_SYMBOLS = 0x130000;
const DOLLAR = 0x250000, CURRENCIES = 0x250001, DIGIT_ZERO = 0x380000, OTHER_NUMBERS = 0x380010, LETTER_A = 0x4a0000, OTHER_LETTERS = 0x4a0100;
const PRIMARY = [], TERTIARY = [];
for (let c = 0; c < 128; c++) { PRIMARY[c] = 0; TERTIARY[c] = 0; }
for (let i = 0, symbol = false; i < ASCII_ORDER.length; i++) {
  const c = apply(charCodeAt, ASCII_ORDER, [i]);
  const letter = c >= 97 && c <= 122;
  if (c === 96) symbol = true;
  PRIMARY[c] = c === 36 ? DOLLAR : c >= 48 && c <= 57 ? DIGIT_ZERO + c - 48 : letter ? LETTER_A + c - 97 : symbol ? SYMBOLS + i : PUNCTUATION + i;
  if (letter) { PRIMARY[c - 32] = PRIMARY[c]; TERTIARY[c - 32] = 1; }
}
let markRank = null;
function rankOfMark(c) {
  if (markRank === null) {
    markRank = [];
    const groups = apply(split, MARK_ORDER, [' ']);
    for (let g = 0; g < groups.length; g++) {
      const same = apply(split, groups[g], ['=']);
      for (let k = 0; k < same.length; k++) markRank[parseIntFn(same[k], 16) - 0x300] = g + 2;
    }
  }
  return c >= 0x300 && c < 0x370 ? markRank[c - 0x300] : 200;
}
/* Letters NFD leaves alone: ICU weighs them as a base letter plus a stroke, or as two letters. */
const SPECIAL = { __proto__: null, 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ø': 'o\u0338', 'Ø': 'O\u0338', 'đ': 'd\u0335', 'Đ': 'D\u0335', 'ł': 'l\u0337', 'Ł': 'L\u0337', 'ħ': 'h\u0335', 'Ħ': 'H\u0335' };
function matches(re, s) { return apply(regexpExec, re, [s]) !== null; }

/* One pass over two ASCII strings; 2 means "not ASCII, take the general path". */
const left = { i: 0, p: 0, t: 0, from: -1, to: -1 }, right = { i: 0, p: 0, t: 0, from: -1, to: -1 };
function nextAscii(s, st, o) {
  const n = s.length;
  while (st.i < n) {
    const c = apply(charCodeAt, s, [st.i]);
    if (c >= 128) return false;
    const p = PRIMARY[c];
    if (p === 0 || (o.ignorePunctuation && p < SYMBOLS)) { st.i++; continue; }
    st.from = -1;
    if (o.numeric && c >= 48 && c <= 57) {
      let k = st.i, e;
      while (k < n && apply(charCodeAt, s, [k]) === 48) k++;
      for (e = k; e < n; e++) { const d = apply(charCodeAt, s, [e]); if (d < 48 || d > 57) break; }
      st.from = k === e ? e - 1 : k; st.to = e; st.p = DIGIT_ZERO; st.t = 0; st.i = e;
      return true;
    }
    st.p = p; st.t = TERTIARY[c]; st.i++;
    return true;
  }
  st.p = 0;
  return true;
}
function compareDigits(x, xFrom, xTo, y, yFrom, yTo) {
  if (xTo - xFrom !== yTo - yFrom) return xTo - xFrom < yTo - yFrom ? -1 : 1;
  for (let k = 0; k < xTo - xFrom; k++) {
    const a = apply(charCodeAt, x, [xFrom + k]), b = apply(charCodeAt, y, [yFrom + k]);
    if (a !== b) return a < b ? -1 : 1;
  }
  return 0;
}
function compareAscii(x, y, o) {
  left.i = 0; right.i = 0;
  let tertiary = 0;
  for (;;) {
    if (!nextAscii(x, left, o) || !nextAscii(y, right, o)) return 2;
    if (left.p !== right.p) return left.p < right.p ? -1 : 1;
    if (left.p === 0) break;
    if (left.from >= 0) { const d = compareDigits(x, left.from, left.to, y, right.from, right.to); if (d !== 0) return d; }
    if (tertiary === 0 && left.t !== right.t) tertiary = left.t < right.t ? -1 : 1;
  }
  return o.level === 'base' || o.level === 'accent' ? 0 : o.upperFirst ? -tertiary : tertiary;
}

/* The general path: weight lists for primary (with digit runs), secondary and tertiary. */
function weigh(s, o) {
  const w = { p: [], runs: [], sec: [], ter: [], text: s };
  let text = '';
  for (let i = 0; i < s.length; i++) { const ch = s[i]; text += SPECIAL[ch] !== undefined ? SPECIAL[ch] : ch; }
  text = apply(normalize, text, ['NFD']);
  w.text = text;
  const n = text.length;
  let marksIgnored = false;
  for (let i = 0; i < n;) {
    const c = apply(codePointAt, text, [i]);
    const width = c > 0xffff ? 2 : 1;
    let p, t = 0;
    if (c < 128) {
      p = PRIMARY[c]; t = TERTIARY[c];
      if (o.numeric && c >= 48 && c <= 57) {
        let k = i, e;
        while (k < n && apply(charCodeAt, text, [k]) === 48) k++;
        for (e = k; e < n; e++) { const d = apply(charCodeAt, text, [e]); if (d < 48 || d > 57) break; }
        w.p[w.p.length] = DIGIT_ZERO; w.runs[w.runs.length] = k === e ? e - 1 : k; w.runs[w.runs.length] = e;
        w.sec[w.sec.length] = 1; w.ter[w.ter.length] = 0;
        i = e;
        continue;
      }
    } else {
      const ch = apply(fromCodePoint, null, [c]);
      if (matches(LETTER, ch)) { const lower = apply(toLowerCase, ch, []); p = OTHER_LETTERS + apply(codePointAt, lower, [0]); t = lower === ch ? 0 : 1; }
      else if (matches(MARK, ch)) { if (!marksIgnored) w.sec[w.sec.length] = rankOfMark(c); i += width; continue; }
      else if (matches(NUMBER, ch)) p = OTHER_NUMBERS + c;
      else if (matches(SPACE, ch)) { p = PRIMARY[32]; t = 1; }
      else if (matches(CURRENCY, ch)) p = CURRENCIES + c;
      else if (matches(PUNCT, ch)) p = OTHER_PUNCTUATION + c;
      else p = OTHER_SYMBOLS + c;
    }
    i += width;
    if (p === 0) continue;
    /* Accents on a skipped punctuation mark are skipped with it. */
    marksIgnored = o.ignorePunctuation && p < SYMBOLS;
    if (marksIgnored) continue;
    w.p[w.p.length] = p; w.runs[w.runs.length] = -1; w.runs[w.runs.length] = -1;
    w.sec[w.sec.length] = 1; w.ter[w.ter.length] = t;
  }
  return w;
}
function compareLists(a, b) {
  const n = a.length < b.length ? a.length : b.length;
  for (let k = 0; k < n; k++) if (a[k] !== b[k]) return a[k] < b[k] ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
function compareGeneral(x, y, o) {
  const a = weigh(x, o), b = weigh(y, o);
  const n = a.p.length < b.p.length ? a.p.length : b.p.length;
  for (let k = 0; k < n; k++) {
    if (a.p[k] !== b.p[k]) return a.p[k] < b.p[k] ? -1 : 1;
    if (a.runs[2 * k] >= 0) {
      const d = compareDigits(a.text, a.runs[2 * k], a.runs[2 * k + 1], b.text, b.runs[2 * k], b.runs[2 * k + 1]);
      if (d !== 0) return d;
    }
  }
  if (a.p.length !== b.p.length) return a.p.length < b.p.length ? -1 : 1;
  if (o.level === 'base') return 0;
  if (o.level !== 'case') { const d = compareLists(a.sec, b.sec); if (d !== 0 || o.level === 'accent') return d; }
  const t = compareLists(a.ter, b.ter);
  return o.upperFirst ? -t : t;
}
function collate(x, y, o) {
  const fast = compareAscii(x, y, o);
  return fast !== 2 ? fast : compareGeneral(x, y, o);
}

function resolve(locales, options) {
  localeList(locales);
  const opts = options === undefined ? {} : ObjectCtor(options);
  const usage = option(opts, 'usage', ['sort', 'search'], 'sort');
  const level = option(opts, 'sensitivity', ['base', 'accent', 'case', 'variant'], 'variant');
  const ignorePunctuation = !!opts.ignorePunctuation;
  const numeric = !!opts.numeric;
  const caseFirst = option(opts, 'caseFirst', ['upper', 'lower', 'false'], 'false');
  return { usage, level, ignorePunctuation, numeric, caseFirst, upperFirst: caseFirst === 'upper' };
}

const settingsOf = new WeakMap(), boundOf = new WeakMap();
const weakGet = WeakMap.prototype.get, weakSet = WeakMap.prototype.set;
function settings(collator) {
  const o = apply(weakGet, settingsOf, [collator]);
  if (o === undefined) throw new TypeErrorCtor('Method Intl.Collator.prototype.compare called on incompatible receiver');
  return o;
}
function Collator(locales, options) {
  if (new.target === undefined) return new Collator(locales, options);
  apply(weakSet, settingsOf, [this, resolve(locales, options)]);
}
getter(Collator.prototype, 'compare', function () {
  const o = settings(this);
  let bound = apply(weakGet, boundOf, [this]);
  if (bound === undefined) {
    bound = (x, y) => collate(toStr(x), toStr(y), o);
    apply(weakSet, boundOf, [this, bound]);
  }
  return bound;
});
method(Collator.prototype, 'resolvedOptions', function resolvedOptions() {
  const o = settings(this);
  return { locale: 'en-US', usage: o.usage, sensitivity: o.level, ignorePunctuation: o.ignorePunctuation, collation: 'default', numeric: o.numeric, caseFirst: o.caseFirst };
});
defineProperty(Collator.prototype, toStringTagSymbol, { value: 'Intl.Collator', configurable: true });
method(Collator, 'supportedLocalesOf', function supportedLocalesOf(locales) { return localeList(locales); });
method(intl, 'Collator', Collator);

const defaultSettings = resolve(undefined, undefined);
method(String.prototype, 'localeCompare', function localeCompare(that) {
  if (this === null || this === undefined) throw new TypeErrorCtor('String.prototype.localeCompare called on null or undefined');
  const locales = arguments[1], options = arguments[2];
  const o = locales === undefined && options === undefined ? defaultSettings : resolve(locales, options);
  return collate(toStr(this), toStr(that), o);
});
})();`;

export const NUMBER_FORMAT_SOURCE = String.raw`(function () {
${GUEST_PRELUDE}
const this_ = 'Intl.NumberFormat';
${INTL_OBJECT}
${NUMBER_FORMAT_BODY}
})();`;
