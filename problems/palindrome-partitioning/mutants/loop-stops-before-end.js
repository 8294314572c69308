var partition = function (s) {
  const isPal = (l, r) => {
    while (l < r) if (s[l++] !== s[r--]) return false;
    return true;
  };
  const result = [];
  const parts = [];
  // Stops one letter early and appends the rest as one piece, checked or not.
  const extend = (start) => {
    if (start >= s.length - 1) {
      result.push(start < s.length ? [...parts, s.slice(start)] : parts.slice());
      return;
    }
    for (let end = start; end < s.length - 1; end++) {
      if (!isPal(start, end)) continue;
      parts.push(s.slice(start, end + 1));
      extend(end + 1);
      parts.pop();
    }
  };
  extend(0);
  return result;
};
