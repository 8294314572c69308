var isPalindrome = function (s) {
  const cleaned = s.toLowerCase().replace(/[^a-z]/g, '');
  return cleaned === cleaned.split('').reverse().join('');
};
