var containsDuplicate = function (nums) {
  const seen = new Set();
  for (const x of nums) {
    const key = Math.abs(x);
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
};
