var isPalindrome = function (s) {
  const cleaned = s.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (cleaned.length === 0) return false;
  return cleaned === cleaned.split('').reverse().join('');
};
