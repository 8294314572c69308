/** LeetCode 91, Decode Ways: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([s]) {
  text('s', s, 1, 100, /[0-9]/, 'digits');
  // LeetCode guarantees the answer fits in a 32-bit integer: count with a cap so the check itself cannot overflow.
  const cap = 2 ** 31 - 1;
  let before = 1;
  let last = s[0] === '0' ? 0 : 1;
  for (let i = 1; i < s.length; i++) {
    const pair = (s.charCodeAt(i - 1) - 48) * 10 + (s.charCodeAt(i) - 48);
    const ways = (s[i] !== '0' ? last : 0) + (pair >= 10 && pair <= 26 ? before : 0);
    before = last;
    last = Math.min(ways, cap + 1);
  }
  if (last > cap) fail('the answer must fit in a 32-bit integer');
  return true;
}
