/**
 * @param {string} s1
 * @param {string} s2
 * @return {boolean}
 */
var checkInclusion = function (s1, s2) {
  if (s1.length > s2.length) return false;
  // balance[c] = count of c in s1 minus its count in the current window of s2; all zero means a match.
  const balance = new Array(26).fill(0);
  for (let i = 0; i < s1.length; i++) {
    balance[s1.charCodeAt(i) - 97]++;
    balance[s2.charCodeAt(i) - 97]--;
  }
  let zeros = balance.filter((b) => b === 0).length;
  for (let right = s1.length; ; right++) {
    if (zeros === 26) return true;
    if (right === s2.length) return false;
    const entering = s2.charCodeAt(right) - 97;
    const leaving = s2.charCodeAt(right - s1.length) - 97;
    if (balance[entering] === 0) zeros--;
    balance[entering]--;
    if (balance[entering] === 0) zeros++;
    if (balance[leaving] === 0) zeros--;
    balance[leaving]++;
    if (balance[leaving] === 0) zeros++;
  }
};
