var longestCommonSubsequence = function (text1, text2) {
  let matched = 0;
  let from = 0;
  for (const c of text1) {
    const at = text2.indexOf(c, from);
    if (at !== -1) {
      matched++;
      from = at + 1;
    }
  }
  return matched;
};
