const PRODUCT_LIMIT = 2 ** 31 - 1;

function generate(size, rng, shape) {
  // No upper cap on size: the efficiency tier asks for more than the constraints' 2 * 10^4.
  const n = Math.max(1, size);
  const between = (lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
  const nonZero = (maxAbs) => (rng() < 0.5 ? -1 : 1) * between(1, maxAbs);
  let draw;
  switch (shape) {
    case undefined:
      draw = () => between(-10, 10);
      break;
    case 'no zeros':
      draw = () => nonZero(10);
      break;
    case 'many zeros':
      draw = () => (rng() < 0.4 ? 0 : between(-10, 10));
      break;
    case 'all negative':
      draw = () => -between(1, 10);
      break;
    case 'one negative':
      // Positives with a single negative somewhere: the best product lies on one side of it.
      draw = () => between(1, 10);
      break;
    case 'small magnitudes':
      draw = () => between(-2, 2);
      break;
    case 'sparse large':
      // Long zero-free runs of +-1 with the odd large factor, as a maximum-length input must be.
      draw = () => (rng() < 0.05 ? nonZero(10) : nonZero(1));
      break;
    default:
      throw new Error('unknown shape ' + shape);
  }
  const nums = Array.from({ length: n }, draw);
  if (shape === 'one negative') nums[between(0, n - 1)] *= -1;
  return [withinProductLimit(nums)];
}

/**
 * Shrinks a factor to +-1 (keeping its sign, so a shape's kind survives) wherever the zero-free run
 * it extends would pass 2^31 - 1 in absolute value: every subarray's product then fits in 32 bits.
 */
function withinProductLimit(nums) {
  let runMagnitude = 1;
  return nums.map((x) => {
    if (x === 0) {
      runMagnitude = 1;
      return 0;
    }
    if (runMagnitude * Math.abs(x) > PRODUCT_LIMIT) return x < 0 ? -1 : 1;
    runMagnitude *= Math.abs(x);
    return x;
  });
}
