/** LeetCode 146, LRU Cache: true for a call sequence the statement allows, otherwise throws the broken constraint. */
function validate(test) {
  const [ops, args] = design(test, 'LRUCache', { LRUCache: 1, get: 1, put: 2 }, 2e5);
  int('capacity', args[0][0], 1, 3000);
  for (let i = 1; i < ops.length; i++) {
    int(`arguments[${i}][0] (key)`, args[i][0], 0, 1e4);
    if (ops[i] === 'put') int(`arguments[${i}][1] (value)`, args[i][1], 0, 1e5);
  }
  return true;
}
