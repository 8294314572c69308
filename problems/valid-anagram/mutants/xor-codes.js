var isAnagram = function (s, t) {
  if (s.length !== t.length) return false;
  let x = 0;
  for (let i = 0; i < s.length; i++) x ^= s.charCodeAt(i) ^ t.charCodeAt(i);
  return x === 0;
};
