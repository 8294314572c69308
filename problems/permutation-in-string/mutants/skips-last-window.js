var checkInclusion = function (s1, s2) {
  const key = [...s1].sort().join('');
  for (let i = 0; i + s1.length < s2.length; i++) {
    if ([...s2.slice(i, i + s1.length)].sort().join('') === key) return true;
  }
  return false;
};
