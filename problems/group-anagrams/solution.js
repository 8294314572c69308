/**
 * @param {string[]} strs
 * @return {string[][]}
 */
var groupAnagrams = function (strs) {
  // Anagrams share their letters in sorted order, so that sorted form names the group.
  const groups = new Map();
  for (const word of strs) {
    const key = word.split('').sort().join('');
    const group = groups.get(key);
    if (group) group.push(word);
    else groups.set(key, [word]);
  }
  return Array.from(groups.values());
};
