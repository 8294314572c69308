var twoSum = function (numbers, target) {
  const indexOf = new Map();
  for (let i = 0; i < numbers.length; i++) {
    if (indexOf.has(target - numbers[i])) return [i + 1, indexOf.get(target - numbers[i]) + 1];
    indexOf.set(numbers[i], i);
  }
  return [];
};
