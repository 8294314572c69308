var numDecodings = function (s) {
  let twoBack = 1;
  let oneBack = s[0] === '0' ? 0 : 1;
  for (let i = 1; i < s.length; i++) {
    let current = 0;
    if (s[i] !== '0') current += oneBack;
    if (s[i - 1] === '1' || s[i - 1] === '2') current += twoBack;
    twoBack = oneBack;
    oneBack = current;
  }
  return oneBack;
};
