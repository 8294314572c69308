var plusOne = function (digits) {
  const result = digits.slice();
  const last = result.length - 1;
  result[last] += 1;
  if (result[last] === 10) {
    result[last] = 0;
    if (last === 0) return [1, 0];
    result[last - 1] += 1;
  }
  return result;
};
