var twoSum = function (numbers, target) {
  const indexOf = {};
  for (let i = 0; i < numbers.length; i++) {
    const partner = indexOf[target - numbers[i]];
    if (partner) return [partner + 1, i + 1];
    indexOf[numbers[i]] = i;
  }
  return [];
};
