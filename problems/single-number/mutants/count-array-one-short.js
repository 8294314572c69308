var singleNumber = function (nums) {
  const counts = new Int32Array(60000);
  for (const v of nums) counts[v + 30000]++;
  for (let i = 0; i < counts.length; i++) if (counts[i] === 1) return i - 30000;
  return 0;
};
