var minWindow = function (s, t) {
  const need = {};
  for (const c of t) need[c] = (need[c] || 0) + 1;
  let best = '';
  for (let i = 0; i < s.length; i++) {
    const have = {};
    let covered = 0;
    const kinds = Object.keys(need).length;
    for (let j = i; j < s.length; j++) {
      const c = s[j];
      have[c] = (have[c] || 0) + 1;
      if (have[c] === need[c]) covered++;
      if (covered === kinds) {
        if (best === '' || j - i + 1 < best.length) best = s.slice(i, j + 1);
        break;
      }
    }
  }
  return best;
};
