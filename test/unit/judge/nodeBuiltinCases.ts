/**
 * Interview-style uses of the Node built-ins the sandbox supplies. Each `code` is a function body
 * run both in Node and in QuickJS; it returns something JSON can carry (or a promise of it), and
 * the two results must be equal. `throws` marks cases whose point is Node's error.
 */
export interface BuiltinCase {
  group: string;
  name: string;
  code: string;
  throws?: true;
}

type CaseText = Omit<BuiltinCase, 'group'>;

const clone: CaseText[] = [
  { name: 'deep-copies a grid so the copy can be changed alone', code: 'const g = [[1,2],[3,4]]; const c = structuredClone(g); c[0][0] = 9; return [g, c];' },
  { name: 'keeps a cycle inside a Map of Sets', code: `const m = new Map(); const s = new Set([1, 2]); m.set('a', s); m.set('self', m); s.add(m);
    const c = structuredClone(m); return [c !== m, c.get('self') === c, c.get('a').has(c), [...c.get('a')].length, c.get('a') !== s, c.size];` },
  { name: 'keeps shared references shared', code: 'const shared = { v: 1 }; const c = structuredClone({ a: shared, b: shared, list: [shared] }); return [c.a === c.b, c.list[0] === c.a, c.a !== shared];' },
  { name: 'keeps holes and extra properties of sparse arrays', code: 'const a = [1, , 3]; a.extra = "x"; a[10] = 5; const c = structuredClone(a); return [c.length, 1 in c, Object.keys(c), c.extra];' },
  { name: 'drops prototypes: a class instance becomes a plain object', code: 'class P { constructor() { this.x = 1; } get y() { return 2; } } const c = structuredClone(new P()); return [c.constructor === Object, c.x, c.y, Object.keys(c)];' },
  { name: 'reads getters and skips non-enumerable and symbol keys', code: 'const o = { get g() { return 42; }, [Symbol("s")]: 1 }; Object.defineProperty(o, "hidden", { value: 1 }); return Object.entries(structuredClone(o));' },
  { name: 'copies Date and RegExp', code: 'const c = structuredClone({ d: new Date(86400000), r: /ab+c/gi }); return [c.d instanceof Date, c.d.toISOString(), c.r instanceof RegExp, c.r.source, c.r.flags, c.r.lastIndex];' },
  { name: 'copies typed arrays with their buffer, offset and sharing', code: `const buf = new ArrayBuffer(8); const a = new Uint8Array(buf, 2, 4); const b = new Int16Array(buf); a[0] = 7;
    const c = structuredClone({ a, b }); c.a[1] = 9; return [c.a.byteOffset, c.a.length, c.a.buffer === c.b.buffer, Array.from(c.b), Array.from(a), c.a.constructor.name];` },
  { name: 'copies an ArrayBuffer and a DataView', code: 'const dv = new DataView(new ArrayBuffer(4), 1, 2); dv.setUint8(0, 200); const c = structuredClone([dv, dv.buffer]); return [c[0] instanceof DataView, c[0].byteOffset, c[0].byteLength, c[0].getUint8(0), c[0].buffer === c[1], c[1].byteLength];' },
  { name: 'copies boxed primitives by value', code: 'const c = structuredClone([new Number(3), new String("ab"), new Boolean(false), Object(5n)]); return c.map((x) => [typeof x, String(x.valueOf())]);' },
  { name: 'copies errors with name, message and cause', code: 'const e = structuredClone(new RangeError("bad", { cause: { why: 1 } })); return [e instanceof RangeError, e.name, e.message, e.cause, Object.keys(e)];' },
  { name: 'turns an unknown error name into Error', code: 'class MyError extends TypeError { constructor() { super("m"); this.name = "MyError"; } } const e = structuredClone(new MyError()); return [e.constructor.name, e.name, e.message];' },
  { name: 'returns primitives unchanged', code: 'return [structuredClone(1), structuredClone("s"), structuredClone(null), structuredClone(true), String(structuredClone(10n)), structuredClone(undefined) === undefined, Object.is(structuredClone(-0), -0)];' },
  { name: 'copies a memo table Map with array keys', code: 'const k = [1, 2]; const m = new Map([[k, "v"], ["k2", [k]]]); const c = structuredClone(m); const [key] = c.keys(); return [c.get(key), c.get("k2")[0] === key, key !== k];' },
  { name: 'copies an object with a __proto__ key as data', code: 'const o = JSON.parse(\'{"__proto__": {"polluted": 1}, "a": 1}\'); const c = structuredClone(o); return [Object.keys(c), ({}).polluted === undefined, Object.getPrototypeOf(c) === Object.prototype];' },
  { name: 'copies a 1,000-node linked list', code: 'let head = null; for (let i = 0; i < 1000; i++) head = { val: i, next: head }; let c = structuredClone(head), n = 0, sum = 0; while (c) { n++; sum += c.val; c = c.next; } return [n, sum];' },
  { name: 'throws DataCloneError for a function', throws: true, code: 'structuredClone({ f() {} });' },
  { name: 'throws DataCloneError for a symbol', throws: true, code: 'structuredClone([Symbol("x")]);' },
  { name: 'throws DataCloneError for a Promise', throws: true, code: 'structuredClone(Promise.resolve(1));' },
  { name: 'reports the DOMException shape', code: 'try { structuredClone(() => 1); } catch (e) { return [e instanceof DOMException, e instanceof Error, e.name, e.code, e.message, Object.prototype.toString.call(e)]; }' },
  { name: 'throws Node\'s error without an argument', throws: true, code: 'structuredClone();' },
];

const microtask: CaseText[] = [
  { name: 'runs after the current synchronous code, before a timer', code: `const log = []; queueMicrotask(() => log.push('micro')); log.push('sync');
    return new Promise((resolve) => setTimeout(() => { log.push('timer'); resolve(log); }, 0));` },
  { name: 'keeps order with promise callbacks', code: `const log = []; queueMicrotask(() => log.push(1)); Promise.resolve().then(() => log.push(2)); queueMicrotask(() => log.push(3));
    return Promise.resolve().then(() => null).then(() => null).then(() => log);` },
  { name: 'nested microtasks run before the promise chain continues', code: `const log = []; queueMicrotask(() => { log.push('a'); queueMicrotask(() => log.push('c')); }); queueMicrotask(() => log.push('b'));
    return new Promise((r) => setTimeout(() => r(log), 0));` },
  { name: 'calls the callback with no arguments and this undefined', code: 'return new Promise((r) => queueMicrotask(function () { "use strict"; r([arguments.length, this === undefined]); }));' },
  { name: 'returns undefined', code: 'return queueMicrotask(() => {}) === undefined;' },
  { name: 'rejects a number with Node\'s TypeError', throws: true, code: 'queueMicrotask(1);' },
  { name: 'rejects a string', throws: true, code: 'queueMicrotask("x");' },
  { name: 'rejects undefined', throws: true, code: 'queueMicrotask();' },
  { name: 'rejects an object', throws: true, code: 'queueMicrotask({});' },
  { name: 'rejects a long string, shortened as Node does', throws: true, code: 'queueMicrotask("a".repeat(40));' },
];

const text: CaseText[] = [
  { name: 'encodes ASCII', code: 'return Array.from(new TextEncoder().encode("abc"));' },
  { name: 'encodes emoji as four bytes', code: 'return Array.from(new TextEncoder().encode("hi😀!"));' },
  { name: 'encodes two- and three-byte characters', code: 'return Array.from(new TextEncoder().encode("é€"));' },
  { name: 'encodes a lone surrogate as U+FFFD', code: 'return [Array.from(new TextEncoder().encode("a\\ud800b")), Array.from(new TextEncoder().encode("\\udc00"))];' },
  { name: 'counts UTF-8 bytes of a string', code: 'const byteLength = (s) => new TextEncoder().encode(s).length; return [byteLength("hello"), byteLength("héllo"), byteLength("日本語"), byteLength("👍🏽")];' },
  { name: 'encode() with nothing and with null', code: 'const e = new TextEncoder(); return [e.encode().length, Array.from(e.encode(null)), e.encoding, e.encode("x") instanceof Uint8Array];' },
  { name: 'encodeInto stops before a character that does not fit', code: 'const d = new Uint8Array(4); const r = new TextEncoder().encodeInto("héllo😀", d); return [r.read, r.written, Array.from(d)];' },
  { name: 'encodeInto with room for everything', code: 'const d = new Uint8Array(16); const r = new TextEncoder().encodeInto("a😀b", d); return [r, Array.from(d.subarray(0, r.written))];' },
  { name: 'round-trips mixed text', code: 'const s = "Grüße, 世界 🌍 \\u0000 end"; return new TextDecoder().decode(new TextEncoder().encode(s)) === s;' },
  { name: 'decodes an ArrayBuffer and a DataView', code: 'const b = new TextEncoder().encode("xyz€").buffer; return [new TextDecoder().decode(b), new TextDecoder().decode(new DataView(b, 1, 2))];' },
  { name: 'decodes a subarray at an offset', code: 'const u = new TextEncoder().encode("abcdef"); return new TextDecoder().decode(u.subarray(2, 4));' },
  { name: 'replaces invalid bytes with U+FFFD', code: 'return [new TextDecoder().decode(new Uint8Array([0x61, 0xff, 0x62])), new TextDecoder().decode(new Uint8Array([0xe2, 0x82])), new TextDecoder().decode(new Uint8Array([0xf0, 0x9f, 0x98, 0x61]))];' },
  { name: 'replaces an encoded surrogate and an overlong form', code: 'return [new TextDecoder().decode(new Uint8Array([0xed, 0xa0, 0x80])), new TextDecoder().decode(new Uint8Array([0xc0, 0xaf]))];' },
  { name: 'strips a BOM unless ignoreBOM', code: 'const b = new Uint8Array([0xef, 0xbb, 0xbf, 0x41]); return [new TextDecoder().decode(b), new TextDecoder("utf-8", { ignoreBOM: true }).decode(b).length];' },
  { name: 'streams a character split across calls', code: 'const d = new TextDecoder(); const bytes = new TextEncoder().encode("€!"); return [d.decode(bytes.subarray(0, 1), { stream: true }), d.decode(bytes.subarray(1))];' },
  { name: 'fatal decoding throws Node\'s TypeError', throws: true, code: 'new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff]));' },
  { name: 'reports encoding, fatal and ignoreBOM', code: 'const d = new TextDecoder("UTF8", { fatal: true }); return [d.encoding, d.fatal, d.ignoreBOM, new TextDecoder().decode(), Object.prototype.toString.call(d)];' },
  { name: 'rejects an unknown encoding', throws: true, code: 'new TextDecoder("klingon");' },
  { name: 'rejects a string to decode', throws: true, code: 'new TextDecoder().decode("abc");' },
];

const performance: CaseText[] = [
  { name: 'now() is a non-negative number that never goes back', code: 'const a = performance.now(); let x = 0; for (let i = 0; i < 1e5; i++) x += i; const b = performance.now(); return [typeof a, a >= 0, b >= a];' },
  { name: 'timeOrigin plus now() is about Date.now()', code: 'return [typeof performance.timeOrigin, Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000];' },
  { name: 'times a loop the way solutions do', code: 'const t0 = performance.now(); const a = Array.from({ length: 1000 }, (_, i) => i).sort((p, q) => q - p); const ms = performance.now() - t0; return [a[0], ms >= 0 && ms < 5000];' },
];

const base64: CaseText[] = [
  { name: 'encodes and decodes a TinyURL code', code: 'const url = "https://leetcode.com/problems/design-tinyurl?x=1&y=2"; const code = btoa(url); return [code, atob(code) === url];' },
  { name: 'pads one and two leftover bytes', code: 'return ["", "a", "ab", "abc", "abcd"].map(btoa);' },
  { name: 'encodes Latin-1 and converts non-strings', code: 'return [btoa("é\u00ff\u0000"), btoa(null), btoa(12), btoa(undefined)];' },
  { name: 'decodes without padding and with whitespace', code: 'return [atob("aGVsbG8"), atob(" aGVs\\nbG8= "), atob("YQ"), JSON.stringify(atob("/w==")), atob("")];' },
  { name: 'round-trips every byte value', code: 'let s = ""; for (let i = 0; i < 256; i++) s += String.fromCharCode(i); return atob(btoa(s)) === s;' },
  { name: 'btoa rejects a character above U+00FF', code: 'try { btoa("€"); } catch (e) { return [e instanceof DOMException, e.name, e.code, e.message]; }' },
  { name: 'atob rejects a character outside the alphabet', code: 'try { atob("abc$"); } catch (e) { return [e.name, e.code, e.message]; }' },
  { name: 'atob rejects a length that cannot be base64', code: 'try { atob("a"); } catch (e) { return [e.name, e.code, e.message]; }' },
  { name: 'atob rejects data after padding', code: 'try { atob("YQ=a"); } catch (e) { return [e.name, e.message]; }' },
  { name: 'atob without an argument throws Node\'s TypeError', throws: true, code: 'atob();' },
];

const collation: CaseText[] = [
  { name: 'sorts mixed-case words with localeCompare', code: 'return ["banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry"].sort((a, b) => a.localeCompare(b));' },
  { name: 'compare and resolvedOptions refuse a receiver that is not a collator', code: 'const refused = (read) => { try { read(); return false; } catch (e) { return e instanceof TypeError; } }; return [refused(() => Intl.Collator.prototype.compare), refused(() => Intl.Collator.prototype.resolvedOptions.call({})), refused(() => new Intl.Collator().compare)];' },
  { name: 'compares a with B as Node does', code: 'return ["a".localeCompare("B"), "B".localeCompare("a"), "a".localeCompare("A"), "A".localeCompare("a"), "a".localeCompare("a")];' },
  { name: 'numeric collation puts item9 before item10', code: 'const c = new Intl.Collator(undefined, { numeric: true }); return [c.compare("item10", "item9"), ["item10", "item9", "item1", "item100", "Item2"].sort(c.compare)];' },
  { name: 'numeric localeCompare sorts file names', code: 'return ["file10.txt", "file2.txt", "file1.txt", "File3.txt", "file02.txt"].sort((a, b) => a.localeCompare(b, undefined, { numeric: true, sensitivity: "base" }));' },
  { name: 'without numeric, digits compare one by one', code: 'return ["10", "9", "1", "100"].sort((a, b) => a.localeCompare(b));' },
  { name: 'sensitivity base ignores case and accents', code: 'const c = new Intl.Collator("en", { sensitivity: "base" }); return [c.compare("a", "A"), c.compare("a", "á"), c.compare("a", "b"), "résumé".localeCompare("RESUME", "en", { sensitivity: "base" })];' },
  { name: 'sensitivity accent ignores case only', code: 'const c = new Intl.Collator("en", { sensitivity: "accent" }); return [c.compare("a", "A"), c.compare("a", "á"), c.compare("é", "e")];' },
  { name: 'sensitivity case ignores accents only', code: 'const c = new Intl.Collator("en", { sensitivity: "case" }); return [c.compare("a", "á"), c.compare("a", "A"), c.compare("A", "á")];' },
  { name: 'accents sort after the plain letter and before the next', code: 'return ["e", "é", "f", "ê", "è", "ë", "E", "É", "d"].sort((a, b) => a.localeCompare(b));' },
  { name: 'punctuation and spaces sort before digits and letters', code: 'return ["b", "a b", "a-b", "a_b", "ab", "a", "1", "!", " ", "$", "~", "a.b"].sort((a, b) => a.localeCompare(b));' },
  { name: 'case is decided at the first difference only after letters', code: 'return ["aB", "Ab", "ab", "AB", "abc", "Abc"].sort(new Intl.Collator().compare);' },
  { name: 'groups anagrams case-insensitively with a collator', code: 'const c = new Intl.Collator("en", { sensitivity: "base" }); const key = (w) => [...w.toLowerCase()].sort(c.compare).join(""); return ["Listen", "Silent", "enlist", "google", "GoOgle"].map(key);' },
  { name: 'the comparison is -1, 0 or 1', code: 'return [["apple", "banana"], ["zebra", "apple"], ["same", "same"], ["", "a"], ["a", ""]].map(([a, b]) => a.localeCompare(b));' },
  { name: 'control characters are ignored', code: 'return ["a\\u0000b".localeCompare("ab"), "a\\u0001".localeCompare("a"), "\\tb".localeCompare("a")];' },
  { name: 'caseFirst upper puts capitals first', code: 'return ["a", "B", "A", "b"].sort(new Intl.Collator("en", { caseFirst: "upper" }).compare);' },
  { name: 'ignorePunctuation skips punctuation and spaces', code: 'const c = new Intl.Collator("en", { ignorePunctuation: true }); return [c.compare("a-b", "ab"), c.compare("a b", "ab"), c.compare("a.c", "ab")];' },
  { name: 'Collator is callable without new and exposes compare as a bound getter', code: 'const c = Intl.Collator("en"); const { compare } = c; return [compare("b", "a"), typeof compare, c.resolvedOptions().sensitivity, c.resolvedOptions().numeric];' },
  { name: 'leading zeros do not change a numeric value', code: 'const c = new Intl.Collator("en", { numeric: true }); return [c.compare("a01", "a1"), c.compare("007", "7"), c.compare("x001y", "x1z"), c.compare("0", "00")];' },
  { name: 'letters beyond ASCII: ß, æ, ø and Greek', code: 'return [["ss", "ß", "st", "sr"].sort((a, b) => a.localeCompare(b)), ["af", "æ", "ad"].sort((a, b) => a.localeCompare(b)), ["p", "ø", "o"].sort((a, b) => a.localeCompare(b)), ["β", "Α", "α", "z"].sort((a, b) => a.localeCompare(b))];' },
  { name: 'sorts names with accents the way an address book does', code: 'return ["Zoë", "Åsa", "Émile", "zoe", "Eve", "adam", "Ørjan", "Oscar"].sort((a, b) => a.localeCompare(b));' },
  { name: 'sorts versions with numeric collation', code: 'return ["1.10.0", "1.2.0", "1.2.10", "1.2.9", "10.0.0", "2.0"].sort(new Intl.Collator(undefined, { numeric: true }).compare);' },
  { name: 'localeCompare of non-strings converts them', code: 'return [String.prototype.localeCompare.call(10, 9), "undefined".localeCompare(), "null".localeCompare(null)];' },
  { name: 'rejects an unknown sensitivity', throws: true, code: 'new Intl.Collator("en", { sensitivity: "loud" });' },
  { name: 'sorts a large word list identically', code: `let seed = 7; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648; const alphabet = "aAbBzZ09 -_.é";
    const words = Array.from({ length: 400 }, () => Array.from({ length: 1 + Math.floor(rnd() * 6) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(""));
    return [words.slice().sort((a, b) => a.localeCompare(b)), words.slice().sort(new Intl.Collator(undefined, { numeric: true }).compare)];` },
];

const numbers: CaseText[] = [
  { name: 'groups thousands', code: 'const f = new Intl.NumberFormat("en-US"); return [f.format(1234567), f.format(1000), f.format(999), f.format(-1234567.891), f.format(0)];' },
  { name: 'rounds to three fraction digits by default', code: 'const f = new Intl.NumberFormat("en-US"); return [f.format(1.23456), f.format(0.0005), f.format(0.0004), f.format(2.5), f.format(1.0005)];' },
  { name: 'maximumFractionDigits rounds half away from zero on the decimal text', code: 'const f = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }); return [f.format(1.005), f.format(0.125), f.format(-0.125), f.format(9.999), f.format(1e-7)];' },
  { name: 'minimumFractionDigits pads with zeros', code: 'const f = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2 }); return [f.format(3), f.format(3.1), f.format(3.14159), f.format(1234.5)];' },
  { name: 'min and max fraction digits together, as for money', code: 'const f = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 }); return [f.format(1234.5), f.format(0.1 + 0.2), f.format(-5), f.format(999999.995)];' },
  { name: 'maximumFractionDigits 0 rounds to an integer', code: 'const f = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }); return [f.format(2.5), f.format(-2.5), f.format(0.49), f.format(1234567.5)];' },
  { name: 'special values', code: 'const f = new Intl.NumberFormat("en-US"); return [f.format(NaN), f.format(Infinity), f.format(-Infinity), f.format(-0), f.format(-0.0001)];' },
  { name: 'large numbers, exponents and BigInt', code: 'const f = new Intl.NumberFormat("en-US"); return [f.format(1e21), f.format(123456789012345680000), f.format(12345678901234567890n), f.format(-(10n ** 12n)), f.format(2 ** 53)];' },
  { name: 'percent style', code: 'const f = new Intl.NumberFormat("en-US", { style: "percent" }); return [f.format(0.256), f.format(1), f.format(0.005), new Intl.NumberFormat("en-US", { style: "percent", maximumFractionDigits: 1 }).format(0.12345)];' },
  { name: 'useGrouping false and strings', code: 'return [new Intl.NumberFormat("en-US", { useGrouping: false }).format(12345.6), new Intl.NumberFormat("en-US").format("1234.5")];' },
  { name: 'toLocaleString on numbers', code: 'return [(1234.5).toLocaleString(), (1234567.891).toLocaleString("en-US"), (0.5).toLocaleString("en-US", { minimumFractionDigits: 2 }), (1234).toLocaleString("en-US", { maximumFractionDigits: 0 })];' },
  { name: 'formats an average for a report', code: 'const scores = [90, 85.5, 77.25]; const avg = scores.reduce((a, b) => a + b) / scores.length; return new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }).format(avg * 1000);' },
  { name: 'rejects max below min', throws: true, code: 'new Intl.NumberFormat("en-US", { minimumFractionDigits: 3, maximumFractionDigits: 1 });' },
  { name: 'format and resolvedOptions refuse a receiver that is not a formatter', code: 'const refused = (read) => { try { read(); return false; } catch (e) { return e instanceof TypeError; } }; return [refused(() => Intl.NumberFormat.prototype.format), refused(() => Intl.NumberFormat.prototype.resolvedOptions.call({})), refused(() => new Intl.NumberFormat().format)];' },
  { name: 'format is a bound getter', code: 'const { format } = new Intl.NumberFormat("en-US"); return [1e6, 2.5].map(format);' },
];

export const NODE_BUILTIN_CASES: readonly BuiltinCase[] = [
  ...clone.map((c) => ({ ...c, group: 'structuredClone' })),
  ...microtask.map((c) => ({ ...c, group: 'queueMicrotask' })),
  ...text.map((c) => ({ ...c, group: 'TextEncoder/TextDecoder' })),
  ...performance.map((c) => ({ ...c, group: 'performance' })),
  ...base64.map((c) => ({ ...c, group: 'atob/btoa' })),
  ...collation.map((c) => ({ ...c, group: 'Intl.Collator and localeCompare' })),
  ...numbers.map((c) => ({ ...c, group: 'Intl.NumberFormat' })),
];
