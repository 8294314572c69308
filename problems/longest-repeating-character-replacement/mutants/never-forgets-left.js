var characterReplacement = function (s, k) {
  const counts = new Array(26).fill(0);
  let mostFrequent = 0;
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const letter = s.charCodeAt(right) - 65;
    counts[letter]++;
    mostFrequent = Math.max(mostFrequent, counts[letter]);
    while (right - left + 1 - mostFrequent > k) left++;
    best = Math.max(best, right - left + 1);
  }
  return best;
};
