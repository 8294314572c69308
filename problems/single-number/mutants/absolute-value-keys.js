var singleNumber = function (nums) {
  const counts = new Map();
  for (const v of nums) counts.set(Math.abs(v), (counts.get(Math.abs(v)) || 0) + 1);
  for (const v of nums) if (counts.get(Math.abs(v)) % 2 === 1) return v;
  return 0;
};
