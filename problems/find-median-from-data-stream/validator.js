/** LeetCode 295, Find Median from Data Stream: true for a call sequence the statement allows, otherwise throws the broken constraint. */
function validate(test) {
  const [ops, args] = design(test, 'MedianFinder', { MedianFinder: 0, addNum: 1, findMedian: 0 }, 5e4);
  let added = 0;
  for (let i = 1; i < ops.length; i++) {
    if (ops[i] === 'addNum') {
      int(`arguments[${i}][0] (num)`, args[i][0], -1e5, 1e5);
      added++;
    } else if (added === 0) {
      fail(`operations[${i}]: findMedian() is called before any addNum`);
    }
  }
  return true;
}
