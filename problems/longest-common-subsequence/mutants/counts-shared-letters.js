var longestCommonSubsequence = function (text1, text2) {
  const counts = new Map();
  for (const c of text1) counts.set(c, (counts.get(c) || 0) + 1);
  let shared = 0;
  for (const c of text2) {
    if (counts.get(c) > 0) {
      shared++;
      counts.set(c, counts.get(c) - 1);
    }
  }
  return shared;
};
