/**
 * Adds two integers with bit operations only: XOR adds each bit without carries, AND shifted left
 * gives the carries, and the two are combined again until no carry is left. JavaScript's bit
 * operators work on 32-bit two's complement, so negative numbers need no special case; a carry out of
 * bit 31 is dropped, which ends the loop after at most 32 rounds.
 * @param {number} a
 * @param {number} b
 * @return {number}
 */
var getSum = function (a, b) {
  while (b !== 0) {
    const carry = (a & b) << 1;
    a = a ^ b;
    b = carry;
  }
  return a;
};
