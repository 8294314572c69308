var getSum = function (a, b) {
  for (let round = 0; round < 32 && b !== 0; round++) {
    const carry = (a & b) << 1;
    a = a | b;
    b = carry;
  }
  return a;
};
