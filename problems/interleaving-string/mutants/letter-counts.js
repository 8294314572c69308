var isInterleave = function (s1, s2, s3) {
  if (s1.length + s2.length !== s3.length) return false;
  const count = new Array(26).fill(0);
  for (const c of s1 + s2) count[c.charCodeAt(0) - 97]++;
  for (const c of s3) count[c.charCodeAt(0) - 97]--;
  return count.every((x) => x === 0);
};
