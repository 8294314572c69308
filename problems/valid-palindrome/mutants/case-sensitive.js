var isPalindrome = function (s) {
  const cleaned = s.replace(/[^a-zA-Z0-9]/g, '');
  return cleaned === cleaned.split('').reverse().join('');
};
