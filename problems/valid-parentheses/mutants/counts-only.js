var isValid = function (s) {
  let depth = 0;
  for (const c of s) {
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (--depth < 0) return false;
  }
  return depth === 0;
};
