var isValid = function (s) {
  const depth = { '(': 0, '[': 0, '{': 0 };
  const opening = { ')': '(', ']': '[', '}': '{' };
  for (const c of s) {
    if (c in depth) depth[c]++;
    else if (--depth[opening[c]] < 0) return false;
  }
  return depth['('] === 0 && depth['['] === 0 && depth['{'] === 0;
};
