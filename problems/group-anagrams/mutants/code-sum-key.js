var groupAnagrams = function (strs) {
  const groups = new Map();
  for (const word of strs) {
    let sum = 0;
    for (let i = 0; i < word.length; i++) sum += word.charCodeAt(i);
    const key = word.length + ':' + sum;
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return Array.from(groups.values());
};
