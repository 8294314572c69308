var checkInclusion = function (s1, s2) {
  if (s1.length > s2.length) return false;
  let target = 0;
  let sum = 0;
  for (let i = 0; i < s1.length; i++) {
    target += s1.charCodeAt(i);
    sum += s2.charCodeAt(i);
  }
  for (let i = s1.length; ; i++) {
    if (sum === target) return true;
    if (i === s2.length) return false;
    sum += s2.charCodeAt(i) - s2.charCodeAt(i - s1.length);
  }
};
