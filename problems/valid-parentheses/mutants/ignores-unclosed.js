var isValid = function (s) {
  const opening = { ')': '(', ']': '[', '}': '{' };
  const open = [];
  for (const c of s) {
    const expected = opening[c];
    if (expected === undefined) open.push(c);
    else if (open.pop() !== expected) return false;
  }
  return true;
};
