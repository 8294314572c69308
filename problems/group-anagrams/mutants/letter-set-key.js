var groupAnagrams = function (strs) {
  const groups = new Map();
  for (const word of strs) {
    const key = Array.from(new Set(word)).sort().join('');
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return Array.from(groups.values());
};
