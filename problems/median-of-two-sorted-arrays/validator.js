/** LeetCode 4, Median of Two Sorted Arrays: true for an input the statement allows, otherwise throws the broken constraint. */
function validate([nums1, nums2]) {
  ints('nums1', nums1, 0, 1000, -1e6, 1e6);
  ints('nums2', nums2, 0, 1000, -1e6, 1e6);
  const total = nums1.length + nums2.length;
  if (total < 1 || total > 2000) fail('1 <= m + n <= 2000');
  const sorted = (a) => a.every((v, i) => i === 0 || a[i - 1] <= v);
  if (!sorted(nums1) || !sorted(nums2)) fail('nums1 and nums2 are sorted in non-decreasing order');
  return true;
}
