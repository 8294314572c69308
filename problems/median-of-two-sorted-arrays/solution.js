/**
 * Binary search for the partition of the shorter array: take i of its values and j = half - i of the
 * other's so that the left parts together hold half of all values. The split is right when each left
 * part's last value is at most the other right part's first value; the median is then read off the
 * four values at the cut. O(log(min(m, n))) time, O(1) space.
 * @param {number[]} nums1
 * @param {number[]} nums2
 * @return {number}
 */
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
    const left1 = i > 0 ? nums1[i - 1] : -Infinity;
    const right1 = i < m ? nums1[i] : Infinity;
    const left2 = j > 0 ? nums2[j - 1] : -Infinity;
    const right2 = j < n ? nums2[j] : Infinity;
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
  throw new Error('the inputs are not sorted');
};
