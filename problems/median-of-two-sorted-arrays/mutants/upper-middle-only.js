var findMedianSortedArrays = function (nums1, nums2) {
  const all = nums1.concat(nums2).sort((a, b) => a - b);
  return all[Math.floor(all.length / 2)];
};
