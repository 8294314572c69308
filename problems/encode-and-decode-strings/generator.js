// Lists of strings for a codec that must bring every string back exactly. Shapes aim at what breaks
// encodings: delimiters and digits inside the data (a joined or length-prefixed format misreads
// them), empty strings (lost by split and filter), NUL, newlines and characters up to 255, and long
// strings (a length that needs three digits).
const between = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (rng, list) => list[Math.floor(rng() * list.length)];
const charFrom = (rng, alphabet) => alphabet[Math.floor(rng() * alphabet.length)];
const stringOf = (rng, length, alphabet) => Array.from({ length }, () => charFrom(rng, alphabet)).join('');

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
// Characters that delimiter and escape schemes pick, with digits for length prefixes.
const DELIMITERS = '#,;:|/\\-_ .$@!0123456789';
const ALL_BYTES = Array.from({ length: 256 }, (_, i) => String.fromCharCode(i)).join('');
const CONTROL = '\u0000\u0001\u0007\t\n\r\u001b\u001f\u007f\u0080\u00a0\u00fe\u00ff';

/** Text that looks like the usual encodings' own framing: "4#abc", "0#", "3:ab", "#", "\\#". */
function framingLookalike(rng, maxLength) {
  const pieces = [String(between(rng, 0, 12)) + pick(rng, ['#', ':', '|', '/', ',']), '#', '##', '\\', '\\#', '/:', ',', '0', '12'];
  let out = '';
  while (out.length < maxLength) {
    const piece = rng() < 0.6 ? pick(rng, pieces) : stringOf(rng, between(rng, 1, 3), LETTERS);
    if (out.length + piece.length > maxLength) break;
    out += piece;
  }
  return out;
}

const shapes = {
  random: (count, len, rng) => Array.from({ length: count }, () => stringOf(rng, between(rng, 0, len), PRINTABLE)),
  // Many empty strings, alone and between others (including at both ends).
  'empty strings': (count, len, rng) =>
    Array.from({ length: count }, () => (rng() < 0.6 ? '' : stringOf(rng, between(rng, 1, len), LETTERS))),
  // Delimiter characters and digits only.
  delimiters: (count, len, rng) => Array.from({ length: count }, () => stringOf(rng, between(rng, 0, len), DELIMITERS)),
  // Strings that begin with digits or look like a length prefix themselves.
  'digits first': (count, len, rng) =>
    Array.from({ length: count }, () => {
      const head = stringOf(rng, between(rng, 1, Math.min(3, len)), DIGITS);
      return (head + pick(rng, ['', '#', ':', stringOf(rng, len, LETTERS + DIGITS)])).slice(0, len);
    }),
  'framing look-alikes': (count, len, rng) => Array.from({ length: count }, () => framingLookalike(rng, between(rng, 0, len))),
  // Any of the 256 characters, NUL and 255 included.
  'all 256 characters': (count, len, rng) => Array.from({ length: count }, () => stringOf(rng, between(rng, 0, len), ALL_BYTES)),
  // NUL, newlines, tabs, DEL and the high characters, with a few letters.
  'control characters': (count, len, rng) =>
    Array.from({ length: count }, () => stringOf(rng, between(rng, 0, len), CONTROL + 'ab')),
  // Every string as long as the size allows.
  'full length': (count, len, rng) => Array.from({ length: count }, () => stringOf(rng, len, ALL_BYTES)),
};

/** size bounds both the number of strings (at most 200) and each string's length (at most 200). */
function generate(size, rng, shape) {
  const names = Object.keys(shapes);
  const chosen = shape === undefined ? names[Math.floor(rng() * names.length)] : shape;
  if (!Object.prototype.hasOwnProperty.call(shapes, chosen)) throw new Error('unknown shape ' + shape);
  const n = Math.max(1, Math.min(200, size));
  const count = chosen === 'full length' ? n : between(rng, 1, n);
  return [shapes[chosen](count, n, rng)];
}
