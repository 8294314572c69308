var generateParenthesis = function (n) {
  let level = [''];
  for (let k = 1; k <= n; k++) {
    const next = [];
    for (const s of level) for (let i = 0; i <= s.length; i++) next.push(s.slice(0, i) + '()' + s.slice(i));
    level = next;
  }
  return level;
};
