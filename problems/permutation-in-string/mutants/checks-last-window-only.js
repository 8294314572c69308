var checkInclusion = function (s1, s2) {
  if (s1.length > s2.length) return false;
  const balance = new Array(26).fill(0);
  for (let i = 0; i < s1.length; i++) {
    balance[s1.charCodeAt(i) - 97]++;
    balance[s2.charCodeAt(i) - 97]--;
  }
  for (let right = s1.length; right < s2.length; right++) {
    balance[s2.charCodeAt(right) - 97]--;
    balance[s2.charCodeAt(right - s1.length) - 97]++;
  }
  return balance.every((b) => b === 0);
};
