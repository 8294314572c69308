// Plain recursion on the last letters, without remembering results: O(3^(m + n)).
var minDistance = function (word1, word2) {
  const distance = (i, j) => {
    if (i === 0) return j;
    if (j === 0) return i;
    if (word1[i - 1] === word2[j - 1]) return distance(i - 1, j - 1);
    return 1 + Math.min(distance(i - 1, j - 1), distance(i - 1, j), distance(i, j - 1));
  };
  return distance(word1.length, word2.length);
};
