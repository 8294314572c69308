var getSum = function (a, b) {
  const MASK = 0x7ff;
  a &= MASK;
  b &= MASK;
  while (b !== 0) {
    const carry = ((a & b) << 1) & MASK;
    a = (a ^ b) & MASK;
    b = carry;
  }
  return a & 0x400 ? a - 0x800 : a;
};
