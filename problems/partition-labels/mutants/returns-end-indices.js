var partitionLabels = function (s) {
  const lastIndex = {};
  for (let i = 0; i < s.length; i++) lastIndex[s[i]] = i;
  const ends = [];
  let end = 0;
  for (let i = 0; i < s.length; i++) {
    end = Math.max(end, lastIndex[s[i]]);
    if (i === end) ends.push(i);
  }
  return ends;
};
