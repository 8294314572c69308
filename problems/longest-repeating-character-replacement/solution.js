/**
 * @param {string} s
 * @param {number} k
 * @return {number}
 */
var characterReplacement = function (s, k) {
  const counts = new Array(26).fill(0);
  // The highest count any letter has reached in a window so far. It never needs to drop: a window
  // only beats the best length seen when some letter's count beats this value.
  let mostFrequent = 0;
  let left = 0;
  let best = 0;
  for (let right = 0; right < s.length; right++) {
    const letter = s.charCodeAt(right) - 65;
    counts[letter]++;
    mostFrequent = Math.max(mostFrequent, counts[letter]);
    while (right - left + 1 - mostFrequent > k) {
      counts[s.charCodeAt(left) - 65]--;
      left++;
    }
    best = Math.max(best, right - left + 1);
  }
  return best;
};
