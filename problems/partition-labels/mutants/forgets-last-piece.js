var partitionLabels = function (s) {
  const lastIndex = {};
  for (let i = 0; i < s.length; i++) lastIndex[s[i]] = i;
  const sizes = [];
  let start = 0;
  let end = 0;
  for (let i = 0; i < s.length; i++) {
    if (i > end) {
      // A new piece begins, so the previous one is complete.
      sizes.push(i - start);
      start = i;
    }
    end = Math.max(end, lastIndex[s[i]]);
  }
  return sizes;
};
