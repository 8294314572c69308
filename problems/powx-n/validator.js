/** LeetCode 50, Pow(x, n): true for an input the statement allows, otherwise throws the broken constraint. */
function validate([x, n]) {
  if (typeof x !== 'number' || !Number.isFinite(x) || !(x > -100 && x < 100)) fail('-100.0 < x < 100.0');
  int('n', n, -(2 ** 31), 2 ** 31 - 1);
  if (x === 0 && n <= 0) fail('x is not zero or n > 0');
  const power = Math.pow(x, n);
  if (!(power >= -1e4 && power <= 1e4)) fail('-10^4 <= x^n <= 10^4');
  return true;
}
