/**
 * Intl.NumberFormat and Number.prototype.toLocaleString as 'en-US' formats them (guest source
 * text, the body of the numberFormat group; the group wraps it with the prelude and Intl object).
 *
 * Rounding works on the shortest decimal text of the double, as ICU does: 1.005 with two fraction
 * digits is "1.01" in Node although the double is slightly below 1.005. Ties round away from zero
 * (ICU's halfExpand). Styles: decimal and percent; grouping: auto/always/true, false, min2.
 */
export const NUMBER_FORMAT_BODY = String.raw`
const strIndexOf = String.prototype.indexOf, strRepeat = String.prototype.repeat, NumberCtor = Number, ObjectCtor = Object;
const bigIntValueOf = BigInt.prototype.valueOf, numberValueOf = Number.prototype.valueOf, isFiniteNumber = Number.isFinite;
function digitsOption(opts, name, fallback) {
  const v = opts[name];
  if (v === undefined) return fallback;
  const n = NumberCtor(v);
  if (!(n >= 0 && n <= 100)) throw new RangeErrorCtor(name + ' value is out of range.');
  return n - (n % 1);
}
function resolve(locales, options) {
  localeList(locales);
  const opts = options === undefined ? {} : ObjectCtor(options);
  const style = option(opts, 'style', ['decimal', 'percent'], 'decimal');
  const minimumIntegerDigits = opts.minimumIntegerDigits === undefined ? 1 : digitsOption(opts, 'minimumIntegerDigits', 1);
  if (minimumIntegerDigits < 1 || minimumIntegerDigits > 21) throw new RangeErrorCtor('minimumIntegerDigits value is out of range.');
  const defaultMax = style === 'percent' ? 0 : 3;
  let min = digitsOption(opts, 'minimumFractionDigits', undefined), max = digitsOption(opts, 'maximumFractionDigits', undefined);
  if (min === undefined && max === undefined) { min = 0; max = defaultMax; }
  else if (min === undefined) min = max < 0 ? max : 0;
  else if (max === undefined) max = min > defaultMax ? min : defaultMax;
  else if (max < min) throw new RangeErrorCtor('maximumFractionDigits value is out of range.');
  const grouping = opts.useGrouping;
  const useGrouping = grouping === undefined || grouping === 'auto' || grouping === 'always' || grouping === true || grouping === 'true' ? 'auto'
    : grouping === 'min2' ? 'min2' : grouping === false || grouping === 'false' || grouping === null || grouping === 0 || grouping === '' ? false : 'auto';
  return { style, minimumIntegerDigits, minimumFractionDigits: min, maximumFractionDigits: max, useGrouping };
}
function indexOf(s, part) { return apply(strIndexOf, s, [part]); }
function zeros(n) { return n > 0 ? apply(strRepeat, '0', [n]) : ''; }
/* digits: the significant digits without sign or point; pointAt: how many of them (or more) are integer digits. */
function formatDigits(digits, pointAt, o) {
  const keep = pointAt + o.maximumFractionDigits;
  if (digits.length > keep) {
    const roundUp = keep >= 0 && apply(strSlice, digits, [keep, keep + 1]) >= '5';
    digits = keep > 0 ? apply(strSlice, digits, [0, keep]) : '';
    if (roundUp) {
      let k = digits.length - 1, carried = '';
      while (k >= 0 && apply(strSlice, digits, [k, k + 1]) === '9') { carried += '0'; k--; }
      if (k < 0) { digits = '1' + carried; pointAt++; if (keep <= 0) pointAt = digits.length - o.maximumFractionDigits; }
      else digits = apply(strSlice, digits, [0, k]) + toStr(+apply(strSlice, digits, [k, k + 1]) + 1) + carried;
    }
  }
  let integer = pointAt <= 0 ? '' : apply(strSlice, digits, [0, pointAt]) + zeros(pointAt - digits.length);
  let fraction = pointAt >= 0 ? apply(strSlice, digits, [pointAt]) : zeros(-pointAt) + digits;
  let start = 0;
  while (start < integer.length - 1 && apply(strSlice, integer, [start, start + 1]) === '0') start++;
  integer = apply(strSlice, integer, [start]);
  if (integer === '') integer = '0';
  let end = fraction.length;
  while (end > o.minimumFractionDigits && apply(strSlice, fraction, [end - 1, end]) === '0') end--;
  fraction = apply(strSlice, fraction, [0, end]) + zeros(o.minimumFractionDigits - end);
  if (integer.length < o.minimumIntegerDigits) integer = zeros(o.minimumIntegerDigits - integer.length) + integer;
  if (o.useGrouping === 'auto' || (o.useGrouping === 'min2' && integer.length >= 5)) {
    let grouped = '';
    for (let i = integer.length; i > 0; i -= 3) grouped = apply(strSlice, integer, [i - 3 < 0 ? 0 : i - 3, i]) + (grouped === '' ? '' : ',' + grouped);
    integer = grouped;
  }
  return fraction === '' ? integer : integer + '.' + fraction;
}
function format(value, o) {
  const suffix = o.style === 'percent' ? '%' : '';
  if (typeof value === 'bigint') {
    const negative = value < 0n;
    const text = toStr(negative ? -value : value);
    return (negative ? '-' : '') + formatDigits(text, text.length + (suffix ? 2 : 0), o) + suffix;
  }
  const x = NumberCtor(value);
  if (x !== x) return 'NaN' + suffix;
  const negative = x < 0 || isObjectIs(x, -0);
  if (!isFiniteNumber(x)) return (negative ? '-' : '') + '∞' + suffix;
  const text = toStr(negative ? -x : x);
  const e = indexOf(text, 'e');
  const mantissa = e < 0 ? text : apply(strSlice, text, [0, e]);
  const exponent = e < 0 ? 0 : +apply(strSlice, text, [e + 1]);
  const point = indexOf(mantissa, '.');
  const digits = point < 0 ? mantissa : apply(strSlice, mantissa, [0, point]) + apply(strSlice, mantissa, [point + 1]);
  const pointAt = (point < 0 ? mantissa.length : point) + exponent + (suffix ? 2 : 0);
  return (negative ? '-' : '') + formatDigits(digits, pointAt, o) + suffix;
}

function NumberFormat(locales, options) {
  if (new.target === undefined) return new NumberFormat(locales, options);
  formatters.keep(this, resolve(locales, options));
}
const formatters = intlService(NumberFormat, 'format', (o) => (value) => format(value, o));
const settings = formatters.settings;
method(NumberFormat.prototype, 'resolvedOptions', function resolvedOptions() {
  const o = settings(this);
  return { locale: 'en-US', numberingSystem: 'latn', style: o.style, minimumIntegerDigits: o.minimumIntegerDigits, minimumFractionDigits: o.minimumFractionDigits, maximumFractionDigits: o.maximumFractionDigits, useGrouping: o.useGrouping };
});
defineProperty(NumberFormat.prototype, toStringTagSymbol, { value: 'Intl.NumberFormat', configurable: true });
method(NumberFormat, 'supportedLocalesOf', function supportedLocalesOf(locales) { return localeList(locales); });
method(intl, 'NumberFormat', NumberFormat);

const defaultSettings = resolve(undefined, undefined);
method(Number.prototype, 'toLocaleString', function toLocaleString() {
  const x = apply(numberValueOf, this, []);
  const locales = arguments[0], options = arguments[1];
  return format(x, locales === undefined && options === undefined ? defaultSettings : resolve(locales, options));
});
method(BigInt.prototype, 'toLocaleString', function toLocaleString() {
  const x = apply(bigIntValueOf, this, []);
  const locales = arguments[0], options = arguments[1];
  return format(x, locales === undefined && options === undefined ? defaultSettings : resolve(locales, options));
});
`;
