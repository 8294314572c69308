/** LeetCode 167, Two Sum II - Input Array Is Sorted: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([numbers, target]) {
  ints('numbers', numbers, 2, 3e4, -1000, 1000);
  int('target', target, -1000, 1000);
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i] < numbers[i - 1]) fail(`numbers must be sorted in non-decreasing order (numbers[${i - 1}] > numbers[${i}])`);
  }
  // Counts pairs i < j reaching the target, stopping at two: the statement promises exactly one.
  const seen = new Map();
  let pairs = 0;
  for (const x of numbers) {
    pairs += seen.get(target - x) ?? 0;
    if (pairs > 1) break;
    seen.set(x, (seen.get(x) ?? 0) + 1);
  }
  if (pairs !== 1) fail(`exactly one pair of indices i < j must have numbers[i] + numbers[j] == target (found ${pairs === 0 ? 'none' : 'several'})`);
  return true;
}
