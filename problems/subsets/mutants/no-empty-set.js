var subsets = function (nums) {
  const result = [];
  const chosen = [];
  const decide = (index) => {
    if (index === nums.length) {
      if (chosen.length > 0) result.push([...chosen]);
      return;
    }
    chosen.push(nums[index]);
    decide(index + 1);
    chosen.pop();
    decide(index + 1);
  };
  decide(0);
  return result;
};
