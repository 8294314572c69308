/**
 * @param {string} s
 * @return {number}
 */
var numDecodings = function (s) {
  // ways ending two letters back and one letter back; a prefix of length 0 has one (empty) decoding.
  let twoBack = 1;
  let oneBack = s[0] === '0' ? 0 : 1;
  for (let i = 1; i < s.length; i++) {
    let current = 0;
    if (s[i] !== '0') current += oneBack;
    const pair = Number(s.slice(i - 1, i + 1));
    if (pair >= 10 && pair <= 26) current += twoBack;
    twoBack = oneBack;
    oneBack = current;
  }
  return oneBack;
};
