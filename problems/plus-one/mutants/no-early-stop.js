var plusOne = function (digits) {
  const result = digits.slice();
  let carry = 0;
  for (let i = result.length - 1; i >= 0; i--) {
    carry = result[i] === 9 ? 1 : 0;
    result[i] = (result[i] + 1) % 10;
  }
  if (carry) result.unshift(1);
  return result;
};
