var checkInclusion = function (s1, s2) {
  const need = new Set(s1);
  for (let i = 0; i + s1.length <= s2.length; i++) {
    const window = new Set(s2.slice(i, i + s1.length));
    if (window.size === need.size && [...need].every((c) => window.has(c))) return true;
  }
  return false;
};
