var partition = function (s) {
  // Treats a piece as a palindrome when its first and last letters match.
  const result = [];
  const parts = [];
  const extend = (start) => {
    if (start === s.length) {
      result.push(parts.slice());
      return;
    }
    for (let end = start; end < s.length; end++) {
      if (s[start] !== s[end]) continue;
      parts.push(s.slice(start, end + 1));
      extend(end + 1);
      parts.pop();
    }
  };
  extend(0);
  return result;
};
