/**
 * The collation weights of strings beyond ASCII (guest source text: the body of a function of
 * the collation group's intrinsics `d`, compiled on the first such string). NFD splits accented
 * letters into a base letter and marks; the few letters NFD leaves whole (ß, æ, ø, ł, đ, ħ) are
 * rewritten as ICU weighs them; other letters sort after 'z' by their lowercase code point,
 * numbers after the digits, and spaces, currencies, punctuation and symbols in ICU's bands.
 * The order of the combining marks (secondary weights) was read from Node.
 */
export const NON_ASCII_WEIGHTS = String.raw`'use strict';
const { codePointAt, normalize, toLowerCase, split, parseIntFn, regexpExec, RegExpCtor, fromCodePoint, apply, isDigit, digitRunOf } = d;
const { PRIMARY, TERTIARY, SYMBOLS, OTHER_PUNCTUATION, OTHER_SYMBOLS, CURRENCIES, DIGIT_ZERO, OTHER_NUMBERS, OTHER_LETTERS } = d;
const LETTER = new RegExpCtor('\\p{L}', 'u'), NUMBER = new RegExpCtor('\\p{N}', 'u'), CURRENCY = new RegExpCtor('\\p{Sc}', 'u');
const SPACE = new RegExpCtor('\\s', 'u'), MARK = new RegExpCtor('\\p{M}', 'u'), PUNCT = new RegExpCtor('\\p{P}', 'u');
const MARK_ORDER = '34f 332 313=343 314 301=341 300=340 306 302 30c 30a 342 308 344 30b 303 307 338 327 328 304 30d=30e=312=315=31a=33d=33e=33f=346=34a=34b=34c=350=351=352=357=35b=35d=35e 316=317=318=319=31c=31d=31e=31f=320=329=32a=32b=32c=32f=333=33a=33b=33c=347=348=349=34d=34e=353=354=355=356=359=35a=35c=35f=362 336=337 335 305 309 30f 310 311 31b 321 322 323 324 325 326 32d 32e 330 331 334 339 345 358 360 361 363 368 369 364 36a 365 36b 366 36c 36d 367 36e 36f';
let markRank = null;
function rankOfMark(c) {
  if (markRank === null) {
    markRank = [];
    const groups = split(MARK_ORDER, ' ');
    for (let g = 0; g < groups.length; g++) {
      const same = split(groups[g], '=');
      for (let k = 0; k < same.length; k++) markRank[parseIntFn(same[k], 16) - 0x300] = g + 2;
    }
  }
  return c >= 0x300 && c < 0x370 ? markRank[c - 0x300] : 200;
}
/* Letters NFD leaves alone: ICU weighs them as a base letter plus a stroke, or as two letters. */
const SPECIAL = { __proto__: null, 'ß': 'ss', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ø': 'o\u0338', 'Ø': 'O\u0338', 'đ': 'd\u0335', 'Đ': 'D\u0335', 'ł': 'l\u0337', 'Ł': 'L\u0337', 'ħ': 'h\u0335', 'Ħ': 'H\u0335' };
function matches(re, s) { return regexpExec(re, s) !== null; }

function matches(re, s) { return regexpExec(re, s) !== null; }
/* The general path: weight lists for primary (with digit runs), secondary and tertiary. */
function weigh(s, o) {
  const w = { p: [], runs: [], sec: [], ter: [], text: s };
  let text = '';
  for (let i = 0; i < s.length; i++) { const ch = s[i]; text += SPECIAL[ch] !== undefined ? SPECIAL[ch] : ch; }
  text = normalize(text, 'NFD');
  w.text = text;
  const n = text.length;
  let marksIgnored = false;
  for (let i = 0; i < n;) {
    const c = codePointAt(text, i);
    const width = c > 0xffff ? 2 : 1;
    let p, t = 0;
    if (c < 128) {
      p = PRIMARY[c]; t = TERTIARY[c];
      if (o.numeric && isDigit(c)) {
        const run = digitRunOf(text, i);
        w.p[w.p.length] = DIGIT_ZERO; w.runs[w.runs.length] = run[0]; w.runs[w.runs.length] = run[1];
        w.sec[w.sec.length] = 1; w.ter[w.ter.length] = 0;
        i = run[1];
        marksIgnored = false;
        continue;
      }
    } else {
      const ch = apply(fromCodePoint, null, [c]);
      if (matches(LETTER, ch)) { const lower = toLowerCase(ch); p = OTHER_LETTERS + codePointAt(lower, 0); t = lower === ch ? 0 : 1; }
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
return weigh;`;
