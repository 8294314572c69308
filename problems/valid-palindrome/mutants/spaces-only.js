var isPalindrome = function (s) {
  const cleaned = s.toLowerCase().split(' ').join('');
  return cleaned === cleaned.split('').reverse().join('');
};
