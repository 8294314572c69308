var plusOne = function (digits) {
  const result = digits.slice();
  for (let i = result.length - 1; i >= 0; i--) {
    if (result[i] < 9) {
      result[i] += 1;
      return result;
    }
    result[i] = 0;
  }
  return result;
};
