var minWindow = function (s, t) {
  const need = new Map();
  for (const c of t) need.set(c, (need.get(c) || 0) + 1);
  let missing = t.length;
  let best = s;
  let start = 0;
  for (let end = 0; end < s.length; end++) {
    const c = s[end];
    if (need.has(c)) {
      if (need.get(c) > 0) missing--;
      need.set(c, need.get(c) - 1);
    }
    while (missing === 0) {
      if (end - start + 1 < best.length) best = s.slice(start, end + 1);
      const d = s[start];
      if (need.has(d)) {
        need.set(d, need.get(d) + 1);
        if (need.get(d) > 0) missing++;
      }
      start++;
    }
  }
  return best;
};
