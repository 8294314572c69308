/**
 * digits of a number with `size` digits (at least 1), most significant first, no leading zero. The
 * shapes put the carry where slips show: no carry at all (the last digit is below 9), a run of
 * trailing nines that ripples into a digit below 9, all nines (the number grows a digit), zeros in
 * the middle (a carry must stop at a 0 turned 1), and a long number past 2^53 (converting to a
 * Number loses the last digits).
 */
function generate(size, rng, shape) {
  const length = Math.max(1, Math.floor(size));
  const pick = (count) => Math.floor(rng() * count);
  const leading = () => (length === 1 ? pick(10) : 1 + pick(9));
  const digits = [leading()];
  const fill = (draw) => {
    while (digits.length < length) digits.push(draw());
    return [digits];
  };
  if (shape === undefined || shape === 'any digits') return fill(() => pick(10));
  if (shape === 'last digit below nine') {
    fill(() => pick(10));
    digits[length - 1] = pick(9);
    return [digits];
  }
  if (shape === 'trailing nines') {
    // At least one trailing 9, and a digit below 9 before the run when the number is not all nines.
    const nines = 1 + pick(length);
    fill(() => pick(10));
    for (let i = length - nines; i < length; i++) digits[i] = 9;
    if (nines < length) digits[length - nines - 1] = length - nines - 1 === 0 ? 1 + pick(8) : pick(9);
    return [digits];
  }
  if (shape === 'all nines') return [new Array(length).fill(9)];
  if (shape === 'zeros inside') {
    // Ends in 9 so the carry runs into the zeros (or through a few nines first).
    fill(() => (pick(3) === 0 ? 9 : 0));
    if (length > 1) digits[length - 1] = 9;
    return [digits];
  }
  if (shape === 'past 2^53') {
    const long = Math.max(length, 17);
    while (digits.length < long) digits.push(pick(10));
    if (digits[0] === 0) digits[0] = 1 + pick(9);
    return [digits];
  }
  throw new Error('unknown shape ' + shape);
}
