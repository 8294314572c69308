var generateParenthesis = function (n) {
  let level = new Set(['']);
  for (let k = 1; k <= n; k++) {
    const next = new Set();
    for (const s of level) {
      next.add('(' + s + ')');
      next.add('()' + s);
      next.add(s + '()');
    }
    level = next;
  }
  return [...level];
};
