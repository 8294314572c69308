/** LeetCode 155, Min Stack: true for a call sequence the statement allows, otherwise throws the broken constraint. */
function validate(test) {
  const [ops, args] = design(test, 'MinStack', { MinStack: 0, push: 1, pop: 0, top: 0, getMin: 0 }, 3e4);
  let size = 0;
  for (let i = 1; i < ops.length; i++) {
    if (ops[i] === 'push') {
      int(`arguments[${i}][0] (val)`, args[i][0], -(2 ** 31), 2 ** 31 - 1);
      size++;
    } else {
      if (size === 0) fail(`operations[${i}]: ${ops[i]}() is called on an empty stack`);
      if (ops[i] === 'pop') size--;
    }
  }
  return true;
}
