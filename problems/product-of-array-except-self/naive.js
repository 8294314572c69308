var productExceptSelf = function (nums) {
  const answer = [];
  for (let i = 0; i < nums.length; i++) {
    let product = 1;
    for (let j = 0; j < nums.length; j++) if (j !== i) product *= nums[j];
    answer.push(product === 0 ? 0 : product);
  }
  return answer;
};
