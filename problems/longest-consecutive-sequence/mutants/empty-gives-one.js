var longestConsecutive = function (nums) {
  const present = new Set(nums);
  let longest = 1;
  for (const x of present) {
    if (present.has(x - 1)) continue;
    let length = 1;
    while (present.has(x + length)) length++;
    if (length > longest) longest = length;
  }
  return longest;
};
