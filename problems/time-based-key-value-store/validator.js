/** LeetCode 981, Time Based Key-Value Store: true for a call sequence the statement allows, otherwise throws the broken constraint. */
function validate(test) {
  const [ops, args] = design(test, 'TimeMap', { TimeMap: 0, set: 3, get: 2 }, 2e5);
  let lastSet = 0;
  for (let i = 1; i < ops.length; i++) {
    const a = args[i];
    text(`arguments[${i}][0] (key)`, a[0], 1, 100, /[a-z0-9]/, 'lowercase English letters and digits');
    if (ops[i] === 'set') {
      text(`arguments[${i}][1] (value)`, a[1], 1, 100, /[a-z0-9]/, 'lowercase English letters and digits');
      int(`arguments[${i}][2] (timestamp)`, a[2], 1, 1e7);
      if (a[2] <= lastSet) fail(`operations[${i}]: the timestamps passed to set must be strictly increasing`);
      lastSet = a[2];
    } else {
      int(`arguments[${i}][1] (timestamp)`, a[1], 1, 1e7);
    }
  }
  return true;
}
