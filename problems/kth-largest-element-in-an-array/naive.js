var findKthLargest = function (nums, k) {
  // Take the maximum out k times.
  const rest = nums.slice();
  let answer = 0;
  for (let round = 0; round < k; round++) {
    let best = 0;
    for (let i = 1; i < rest.length; i++) if (rest[i] > rest[best]) best = i;
    answer = rest[best];
    rest[best] = rest[rest.length - 1];
    rest.pop();
  }
  return answer;
};
