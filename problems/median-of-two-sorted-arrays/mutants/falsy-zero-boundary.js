var findMedianSortedArrays = function (nums1, nums2) {
  if (nums1.length > nums2.length) return findMedianSortedArrays(nums2, nums1);
  const m = nums1.length;
  const n = nums2.length;
  const half = Math.floor((m + n + 1) / 2);
  let lo = 0;
  let hi = m;
  while (lo <= hi) {
    const i = Math.floor((lo + hi) / 2);
    const j = half - i;
    const left1 = nums1[i - 1] || -Infinity;
    const right1 = nums1[i] || Infinity;
    const left2 = nums2[j - 1] || -Infinity;
    const right2 = nums2[j] || Infinity;
    if (left1 > right2) {
      hi = i - 1;
    } else if (left2 > right1) {
      lo = i + 1;
    } else {
      const leftMax = Math.max(left1, left2);
      if ((m + n) % 2 === 1) return leftMax;
      return (leftMax + Math.min(right1, right2)) / 2;
    }
  }
  return 0;
};
