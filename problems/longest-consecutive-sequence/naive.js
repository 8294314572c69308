var longestConsecutive = function (nums) {
  const present = new Set(nums);
  let longest = 0;
  for (const x of nums) {
    let length = 1;
    while (present.has(x + length)) length++;
    if (length > longest) longest = length;
  }
  return longest;
};
