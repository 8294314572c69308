var isPalindrome = function (s) {
  const isAlphanumeric = (code) =>
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const a = s.charCodeAt(lo);
    const b = s.charCodeAt(hi);
    if (!isAlphanumeric(a)) lo++;
    else if (!isAlphanumeric(b)) hi--;
    else {
      const gap = Math.abs(a - b);
      if (gap !== 0 && gap !== 32) return false;
      lo++;
      hi--;
    }
  }
  return true;
};
