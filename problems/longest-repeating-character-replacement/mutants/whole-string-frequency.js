var characterReplacement = function (s, k) {
  const counts = new Array(26).fill(0);
  for (let i = 0; i < s.length; i++) counts[s.charCodeAt(i) - 65]++;
  return Math.min(s.length, Math.max(...counts) + k);
};
