var productExceptSelf = function (nums) {
  const n = nums.length;
  const answer = new Array(n);
  let left = 1;
  for (let i = 0; i < n; i++) {
    left *= nums[i];
    answer[i] = left;
  }
  let right = 1;
  for (let i = n - 1; i >= 0; i--) {
    answer[i] *= right;
    right *= nums[i];
  }
  for (let i = 0; i < n; i++) if (answer[i] === 0) answer[i] = 0;
  return answer;
};
