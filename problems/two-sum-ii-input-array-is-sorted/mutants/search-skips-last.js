var twoSum = function (numbers, target) {
  for (let i = 0; i < numbers.length; i++) {
    const want = target - numbers[i];
    let lo = i + 1;
    let hi = numbers.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (numbers[mid] === want) return [i + 1, mid + 1];
      if (numbers[mid] < want) lo = mid + 1;
      else hi = mid;
    }
  }
  return [];
};
