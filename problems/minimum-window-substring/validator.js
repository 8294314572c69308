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

// Helpers shared by the bank's validators (the same text in each file).

function fail(message) {
  throw new Error(message);
}

/** LeetCode's notation for a bound: 10000 → "10^4", 50000 → "5 * 10^4", 2147483647 → "2^31 - 1". */
function show(n) {
  if (n === 2147483647) return '2^31 - 1';
  if (n === -2147483648) return '-2^31';
  if (n === 2147483646) return '2^31 - 2';
  for (let e = 4; e <= 9; e++) {
    const k = Math.abs(n) / 10 ** e;
    if (Number.isInteger(k) && k >= 1 && k < 10) return `${n < 0 ? '-' : ''}${k === 1 ? '' : `${k} * `}10^${e}`;
  }
  return String(n);
}

/** A string of minLength..maxLength characters, each matching `allowed` (a one-character RegExp). */
function text(name, s, minLength, maxLength, allowed, described) {
  if (typeof s !== 'string') fail(`${name} must be a string`);
  if (s.length < minLength || s.length > maxLength) fail(`${name}.length must be between ${show(minLength)} and ${show(maxLength)}`);
  for (let i = 0; i < s.length; i++) {
    if (!allowed.test(s[i])) fail(`${name} must consist of ${described} (${name}[${i}] is ${JSON.stringify(s[i])})`);
  }
}
