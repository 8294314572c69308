/** LeetCode 76, Minimum Window Substring: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s, t]) {
  text('s', s, 1, 1e5, /[A-Za-z]/, 'uppercase and lowercase English letters');
  text('t', t, 1, 1e5, /[A-Za-z]/, 'uppercase and lowercase English letters');
  // The answer is unique: at most one window of the minimum length covers t. For each right end the
  // shortest covering window is unique, so count the right ends whose shortest window has that length.
  const need = new Map();
  for (const c of t) need.set(c, (need.get(c) ?? 0) + 1);
  let missing = t.length;
  let left = 0;
  let best = Infinity;
  let ties = 0;
  for (let right = 0; right < s.length; right++) {
    const r = s[right];
    if (need.has(r)) {
      if (need.get(r) > 0) missing--;
      need.set(r, need.get(r) - 1);
    }
    while (missing === 0 && (!need.has(s[left]) || need.get(s[left]) < 0)) {
      if (need.has(s[left])) need.set(s[left], need.get(s[left]) + 1);
      left++;
    }
    if (missing !== 0) continue;
    const length = right - left + 1;
    if (length < best) {
      best = length;
      ties = 1;
    } else if (length === best) {
      ties++;
    }
  }
  if (ties > 1) fail(`the answer must be unique, but ${ties} windows of the minimum length ${best} contain t`);
  return true;
}
