var longestPalindrome = function (s) {
  const isPalindrome = (i, j) => {
    while (i < j) if (s[i++] !== s[j--]) return false;
    return true;
  };
  let best = '';
  for (let i = 0; i < s.length; i++) {
    for (let j = i; j < s.length; j++) {
      if (isPalindrome(i, j) && j - i + 1 > best.length) best = s.slice(i, j + 1);
    }
  }
  return best;
};
