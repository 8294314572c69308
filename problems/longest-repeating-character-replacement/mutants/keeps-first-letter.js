var characterReplacement = function (s, k) {
  let best = 0;
  let left = 0;
  let changed = 0;
  for (let right = 0; right < s.length; right++) {
    if (s[right] !== s[left]) changed++;
    while (changed > k) {
      left++;
      changed = 0;
      for (let i = left; i <= right; i++) if (s[i] !== s[left]) changed++;
    }
    best = Math.max(best, right - left + 1);
  }
  return best;
};
