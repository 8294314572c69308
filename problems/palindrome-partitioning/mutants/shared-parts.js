var partition = function (s) {
  const isPal = (l, r) => {
    while (l < r) if (s[l++] !== s[r--]) return false;
    return true;
  };
  const result = [];
  const parts = [];
  const extend = (start) => {
    if (start === s.length) {
      result.push(parts);
      return;
    }
    for (let end = start; end < s.length; end++) {
      if (!isPal(start, end)) continue;
      parts.push(s.slice(start, end + 1));
      extend(end + 1);
      parts.pop();
    }
  };
  extend(0);
  return result;
};
