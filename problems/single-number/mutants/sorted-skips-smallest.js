var singleNumber = function (nums) {
  const sorted = nums.slice().sort((a, b) => a - b);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] !== sorted[i - 1] && sorted[i] !== sorted[i + 1]) return sorted[i];
  }
  return sorted[0] === sorted[1] ? sorted[sorted.length - 1] : sorted[sorted.length - 1];
};
