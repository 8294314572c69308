/**
 * @param {string} s
 * @return {boolean}
 */
var isPalindrome = function (s) {
  const isAlphanumeric = (code) =>
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  // Fold uppercase letters only: digits and punctuation must keep their own codes.
  const fold = (code) => (code >= 65 && code <= 90 ? code + 32 : code);
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const a = s.charCodeAt(lo);
    const b = s.charCodeAt(hi);
    if (!isAlphanumeric(a)) lo++;
    else if (!isAlphanumeric(b)) hi--;
    else {
      if (fold(a) !== fold(b)) return false;
      lo++;
      hi--;
    }
  }
  return true;
};
