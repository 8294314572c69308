var groupAnagrams = function (strs) {
  const sameLetters = (a, b) => {
    if (a.length !== b.length) return false;
    const count = new Array(26).fill(0);
    for (let i = 0; i < a.length; i++) {
      count[a.charCodeAt(i) - 97]++;
      count[b.charCodeAt(i) - 97]--;
    }
    return count.every((c) => c === 0);
  };
  const groups = [];
  for (const word of strs) {
    const group = groups.find((g) => sameLetters(g[0], word));
    if (group) group.push(word);
    else groups.push([word]);
  }
  return groups;
};
