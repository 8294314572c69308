var minDistance = function (word1, word2) {
  const shorter = Math.min(word1.length, word2.length);
  let distance = Math.abs(word1.length - word2.length);
  for (let i = 0; i < shorter; i++) if (word1[i] !== word2[i]) distance++;
  return distance;
};
