var isAnagram = function (s, t) {
  if (s.length !== t.length) return false;
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += s.charCodeAt(i) - t.charCodeAt(i);
  return sum === 0;
};
