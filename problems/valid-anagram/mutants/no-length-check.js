var isAnagram = function (s, t) {
  const balance = new Array(26).fill(0);
  for (let i = 0; i < s.length; i++) balance[s.charCodeAt(i) - 97]++;
  for (let i = 0; i < t.length; i++) {
    if (--balance[t.charCodeAt(i) - 97] < 0) return false;
  }
  return true;
};
