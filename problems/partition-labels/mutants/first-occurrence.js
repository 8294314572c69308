var partitionLabels = function (s) {
  const seenAt = {};
  for (let i = 0; i < s.length; i++) if (seenAt[s[i]] === undefined) seenAt[s[i]] = i;
  const sizes = [];
  let start = 0;
  let end = 0;
  for (let i = 0; i < s.length; i++) {
    end = Math.max(end, seenAt[s[i]]);
    if (i === end) {
      sizes.push(i - start + 1);
      start = i + 1;
    }
  }
  return sizes;
};
