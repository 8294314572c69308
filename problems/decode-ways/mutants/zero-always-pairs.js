var numDecodings = function (s) {
  let twoBack = 1;
  let oneBack = s[0] === '0' ? 0 : 1;
  for (let i = 1; i < s.length; i++) {
    let current = 0;
    if (s[i] !== '0') current += oneBack;
    const pair = Number(s.slice(i - 1, i + 1));
    if ((pair >= 10 && pair <= 26) || (s[i] === '0' && s[i - 1] !== '0')) current += twoBack;
    twoBack = oneBack;
    oneBack = current;
  }
  return oneBack;
};
