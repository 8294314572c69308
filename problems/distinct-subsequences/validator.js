/** LeetCode 115, Distinct Subsequences: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s, t]) {
  text('s', s, 1, 1000, /[A-Za-z]/, 'English letters');
  text('t', t, 1, 1000, /[A-Za-z]/, 'English letters');
  // The guarantee: the count fits in a 32-bit signed integer. Counts only grow along the DP, so
  // capping every cell at 2^31 keeps each cell below the cap exact and tells "too large" apart.
  const cap = 2147483648;
  const ways = new Array(t.length + 1).fill(0);
  ways[0] = 1;
  for (let i = 0; i < s.length; i++) {
    for (let j = t.length; j >= 1; j--) {
      if (s[i] === t[j - 1]) ways[j] = Math.min(cap, ways[j] + ways[j - 1]);
    }
  }
  if (ways[t.length] >= cap) fail('the answer must fit in a 32-bit signed integer (it is at least 2^31)');
  return true;
}
