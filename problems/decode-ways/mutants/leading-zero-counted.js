var numDecodings = function (s) {
  let twoBack = 1;
  let oneBack = 1;
  for (let i = 1; i < s.length; i++) {
    let current = 0;
    if (s[i] !== '0') current += oneBack;
    const pair = Number(s.slice(i - 1, i + 1));
    if (pair >= 10 && pair <= 26) current += twoBack;
    twoBack = oneBack;
    oneBack = current;
  }
  return s === '0' ? 0 : oneBack;
};
