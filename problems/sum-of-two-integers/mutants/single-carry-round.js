var getSum = function (a, b) {
  const carry = (a & b) << 1;
  return (a ^ b) ^ carry;
};
