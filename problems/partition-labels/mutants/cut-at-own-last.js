var partitionLabels = function (s) {
  const lastIndex = {};
  for (let i = 0; i < s.length; i++) lastIndex[s[i]] = i;
  const sizes = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const end = lastIndex[s[i]];
    if (i === end) {
      sizes.push(i - start + 1);
      start = i + 1;
    }
  }
  return sizes;
};
