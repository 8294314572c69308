/** Naive: grow a window from every start, keeping letter counts and the largest count, O(n^2). */
var characterReplacement = function (s, k) {
  let best = 0;
  for (let start = 0; start < s.length; start++) {
    const counts = new Array(26).fill(0);
    let largest = 0;
    for (let end = start; end < s.length; end++) {
      const c = s.charCodeAt(end) - 65;
      counts[c]++;
      if (counts[c] > largest) largest = counts[c];
      if (end - start + 1 - largest > k) break;
      if (end - start + 1 > best) best = end - start + 1;
    }
  }
  return best;
};
