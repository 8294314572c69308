var isAnagram = function (s, t) {
  const a = new Set(s);
  const b = new Set(t);
  if (a.size !== b.size || s.length !== t.length) return false;
  for (const c of a) if (!b.has(c)) return false;
  return true;
};
