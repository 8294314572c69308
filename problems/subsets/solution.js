/**
 * @param {number[]} nums
 * @return {number[][]}
 */
var subsets = function (nums) {
  const result = [];
  const chosen = [];
  // Each element is either in or out; walking the decisions in index order reaches every subset once.
  const decide = (index) => {
    if (index === nums.length) {
      result.push([...chosen]);
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
