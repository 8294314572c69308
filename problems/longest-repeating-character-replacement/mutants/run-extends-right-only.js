var characterReplacement = function (s, k) {
  let best = 0;
  for (let start = 0; start < s.length; start++) {
    if (start > 0 && s[start] === s[start - 1]) continue;
    let used = 0;
    let end = start;
    while (end < s.length && (s[end] === s[start] || used < k)) {
      if (s[end] !== s[start]) used++;
      end++;
    }
    best = Math.max(best, end - start);
  }
  return best;
};
