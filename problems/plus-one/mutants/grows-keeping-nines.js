var plusOne = function (digits) {
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] < 9) {
      const result = digits.slice();
      result[i] += 1;
      for (let j = i + 1; j < result.length; j++) result[j] = 0;
      return result;
    }
  }
  return [1, ...digits];
};
